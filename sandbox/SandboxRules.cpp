#include "sandbox/SandboxRules.h"

#include <QDate>

namespace {

struct Step {
    qint64 from; // Julian day
    int certificateDays;
    int domainReuseDays;
};

const Step *stepOn(qint64 julianDay) {
    static const Step steps[] = {
        {QDate(2026, 2, 24).toJulianDay(), 199, 199},
        {QDate(2027, 3, 15).toJulianDay(), 99, 99},
        {QDate(2029, 3, 15).toJulianDay(), 46, 10},
    };
    const Step *found = nullptr;
    for (const Step &step : steps)
        if (julianDay >= step.from)
            found = &step;
    return found;
}

} // namespace

int SandboxRules::maxCertificateDays(qint64 julianDay) {
    const Step *step = stepOn(julianDay);
    return step ? step->certificateDays : 397;
}

int SandboxRules::domainValidationReuseDays(qint64 julianDay) {
    const Step *step = stepOn(julianDay);
    return step ? step->domainReuseDays : 397;
}
