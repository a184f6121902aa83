#include "core/TlsLimits.h"

namespace {

struct Step {
    QDate from;
    int certificateDays;
    int domainReuseDays;
};

// From each day on (UTC), until the next step.
const Step kSteps[] = {
    {QDate(2026, 2, 24), 199, 199},
    {QDate(2027, 3, 15), 99, 99},
    {QDate(2029, 3, 15), 46, 10},
};
constexpr int kBeforeCertificateDays = 397;
constexpr int kBeforeDomainReuseDays = 397;

const Step *stepOn(const QDate &day) {
    const Step *found = nullptr;
    for (const Step &step : kSteps)
        if (day >= step.from)
            found = &step;
    return found;
}

} // namespace

int TlsLimits::maxCertificateDays(const QDate &issueDay) {
    const Step *step = stepOn(issueDay);
    return step ? step->certificateDays : kBeforeCertificateDays;
}

int TlsLimits::domainValidationReuseDays(const QDate &day) {
    const Step *step = stepOn(day);
    return step ? step->domainReuseDays : kBeforeDomainReuseDays;
}
