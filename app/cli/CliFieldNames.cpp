#include "cli/CliFieldNames.h"

#include <QLatin1StringView>

namespace {
struct FieldOption {
    const char *fieldPrefix;
    const char *option;
};

// Longer prefixes first where one starts another.
constexpr FieldOption kFieldOptions[] = {
    {"product", "--product"},
    {"certificate.common_name", "--cn"},
    {"certificate.dns_names", "--san"},
    {"certificate.csr", "--csr"},
    {"order_validity.custom_expiration_date", "--expires"},
    {"custom_expiration_date", "--expires"},
    {"order_validity.years", "--years"},
    {"dcv_method", "--dcv-method"},
    {"certificate_dcv_scope", "--dcv-scope"},
    {"dcv_scope", "--dcv-scope"},
    {"dcv_emails", "--dcv-email"},
    {"custom_fields", "--custom-field"},
    {"organization.id", "--organization"},
    {"payment_method", "--payment"},
    {"comments", "--comments"},
};
} // namespace

QString CliFieldNames::option(const QString &field) {
    for (const FieldOption &f : kFieldOptions) {
        const QLatin1StringView prefix(f.fieldPrefix);
        if (field == prefix ||
            (field.startsWith(prefix) && (field.at(prefix.size()) == QLatin1Char('[') ||
                                          field.at(prefix.size()) == QLatin1Char('.'))))
            return QLatin1StringView(f.option).toString();
    }
    return QString();
}

QString CliFieldNames::label(const QString &field) {
    const QString opt = option(field);
    return opt.isEmpty() ? field : QStringLiteral("%1 (%2)").arg(opt, field);
}
