#include "sandbox/SandboxValidityReader.h"

#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxRules.h"

#include <optional>

namespace {

using Reader = SandboxBodyReader;

// The order validity as sent: a custom end date (and that date parsed), days or years.
struct ValidityChoice {
    QString custom;
    std::optional<qint64> customDay;
    std::optional<qint64> days;
    std::optional<qint64> years;
};

// Applies the first choice given (custom date > days > years) to validity. On a bad date, or
// when nothing is given, records the problem on reader and returns false.
bool applyChoice(Reader &reader, const ValidityChoice &choice, const QString &badDateMessage,
                 const QString &missingKey, qint64 today,
                 SandboxValidityReader::OrderValidity *validity) {
    using V = SandboxValidityReader;
    if (!choice.custom.isEmpty()) {
        if (!choice.customDay) {
            reader.invalid(QStringLiteral("custom_expiration_date"), badDateMessage);
            return false;
        }
        const qint64 day = *choice.customDay;
        if (day < today + V::kMinOrderDays || day > today + V::kMaxOrderDays) {
            reader.invalid(QStringLiteral("custom_expiration_date"),
                           QStringLiteral("must be between %1 and %2 days from today")
                               .arg(V::kMinOrderDays)
                               .arg(V::kMaxOrderDays));
            return false;
        }
        validity->endDay = day;
        validity->json = {
            {QStringLiteral("custom_expiration_date"), SandboxClock::formatDayMonthYear(day)}};
    } else if (choice.days) {
        validity->endDay = today + *choice.days;
        validity->json = {{QStringLiteral("days"), int(*choice.days)}};
    } else if (choice.years) {
        validity->endDay = today + 365 * *choice.years;
        validity->json = {{QStringLiteral("years"), int(*choice.years)}};
    } else {
        reader.missing(missingKey);
        return false;
    }
    return true;
}

} // namespace

void SandboxValidityReader::readOrderValidity(Reader &body, bool codeSigning, qint64 today,
                                              OrderValidity *validity) {
    Reader object = body.child(QStringLiteral("order_validity"));
    const int maxYears = kMaxTlsYears;
    if (object.present()) {
        // custom_expiration_date > days > years inside the object.
        ValidityChoice choice;
        choice.custom = object.string(QStringLiteral("custom_expiration_date"));
        choice.days = object.integer(QStringLiteral("days"), 1, kMaxOrderDays);
        choice.years = object.integer(QStringLiteral("years"), 1, maxYears);
        if (!body.ok())
            return;
        if (!choice.custom.isEmpty())
            choice.customDay = SandboxClock::parseDayMonthYear(choice.custom);
        if (!applyChoice(object, choice,
                         QStringLiteral("must be a date as dd MMM yyyy, for example 09 JUN 2027"),
                         QStringLiteral("years"), today, validity))
            return;
    } else {
        // The deprecated root fields: custom_expiration_date > validity_days > validity_years.
        ValidityChoice choice;
        choice.custom = body.string(QStringLiteral("custom_expiration_date"));
        choice.days = codeSigning ? std::nullopt
                                  : body.integer(QStringLiteral("validity_days"), 1, kMaxOrderDays);
        choice.years = body.integer(QStringLiteral("validity_years"), 1, maxYears);
        if (!body.ok())
            return;
        if (!choice.custom.isEmpty())
            choice.customDay = SandboxClock::parseDay(choice.custom);
        if (!applyChoice(body, choice, QStringLiteral("must be a date as yyyy-MM-dd"),
                         QStringLiteral("order_validity"), today, validity))
            return;
    }
    const qint64 orderDays = validity->endDay - today;
    validity->years = int(qBound(qint64(1), (orderDays + 364) / 365, qint64(maxYears)));
}

void SandboxValidityReader::readCertValidity(Reader &certificate, qint64 today, qint64 orderEndDay,
                                             CertValidity *validity) {
    Reader object = certificate.child(QStringLiteral("cert_validity"));
    if (!object.present())
        return;
    const int maximum = SandboxRules::maxCertificateDays(today);
    const QString custom = object.string(QStringLiteral("custom_expiration_date"));
    const auto days = object.integer(QStringLiteral("days"), 1, maximum);
    const auto years = object.integer(QStringLiteral("years"), 1, 1);
    if (!certificate.ok())
        return;
    qint64 certificateDays = 0;
    if (!custom.isEmpty()) {
        const auto day = SandboxClock::parseDayMonthYear(custom);
        if (!day || *day <= today || *day > today + maximum) {
            object.invalid(QStringLiteral("custom_expiration_date"),
                           QStringLiteral("must be a date as dd MMM yyyy within %1 days of "
                                          "today")
                               .arg(maximum));
            return;
        }
        certificateDays = *day - today;
        validity->json = {
            {QStringLiteral("custom_expiration_date"), SandboxClock::formatDayMonthYear(*day)}};
    } else if (days) {
        certificateDays = *days;
        validity->json = {{QStringLiteral("days"), int(*days)}};
    } else if (years) {
        certificateDays = qMin(365, maximum);
        validity->json = {{QStringLiteral("years"), 1}};
    } else {
        return;
    }
    if (today + certificateDays > orderEndDay) {
        object.invalid(certificate.has(QStringLiteral("custom_expiration_date"))
                           ? QStringLiteral("custom_expiration_date")
                           : QStringLiteral("days"),
                       QStringLiteral("the certificate cannot outlast the order"));
        return;
    }
    validity->days = int(certificateDays);
}
