#include "core/OrganizationContact.h"

#include "core/JsonRead.h"
#include "core/PlainText.h"

#include <QCoreApplication>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}
} // namespace

QString OrganizationContact::displayName() const {
    const QString name =
        QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? email : name;
}

OrganizationContact OrganizationContact::fromJson(const QJsonObject &o) {
    OrganizationContact c;
    c.id = JsonRead::integer(o.value(key("id")));
    c.firstName = JsonRead::string(o.value(key("first_name"))).trimmed();
    c.lastName = JsonRead::string(o.value(key("last_name"))).trimmed();
    c.email = JsonRead::string(o.value(key("email"))).trimmed();
    c.jobTitle = JsonRead::string(o.value(key("job_title"))).trimmed();
    c.telephone = JsonRead::string(o.value(key("telephone"))).trimmed();
    c.telephoneExtension = JsonRead::string(o.value(key("telephone_extension"))).trimmed();
    c.userId = JsonRead::integer(o.value(key("user_id")));
    return c;
}

QJsonObject OrganizationContact::toJson() const {
    QJsonObject json{{QStringLiteral("first_name"), firstName.trimmed()},
                     {QStringLiteral("last_name"), lastName.trimmed()},
                     {QStringLiteral("email"), email.trimmed()}};
    if (!jobTitle.trimmed().isEmpty())
        json.insert(QStringLiteral("job_title"), jobTitle.trimmed());
    if (!telephone.trimmed().isEmpty())
        json.insert(QStringLiteral("telephone"), telephone.trimmed());
    if (!telephoneExtension.trimmed().isEmpty())
        json.insert(QStringLiteral("telephone_extension"), telephoneExtension.trimmed());
    return json;
}

FieldErrors OrganizationContact::validate(const QString &prefix,
                                          bool requireJobAndTelephone) const {
    FieldErrors errors;
    auto check = [&](const QString &value, const char *field, int max, bool required) {
        const QString v = value.trimmed();
        if (required && v.isEmpty())
            errors << FieldError{prefix + QLatin1String(field), tr("Required.")};
        else if (v.size() > max)
            errors << FieldError{prefix + QLatin1String(field),
                                 tr("At most %1 characters; this has %2.").arg(max).arg(v.size())};
        else if (const QString problem = PlainText::problem(value, false); !problem.isEmpty())
            errors << FieldError{prefix + QLatin1String(field), problem};
    };
    check(firstName, "first_name", 128, true);
    check(lastName, "last_name", 128, true);
    check(email, "email", 255, true);
    const QString mail = email.trimmed();
    if (!mail.isEmpty() && mail.size() <= 255 && PlainText::forbiddenAt(mail, false) < 0 &&
        (!mail.contains(QLatin1Char('@')) || mail.startsWith(QLatin1Char('@')) ||
         mail.endsWith(QLatin1Char('@')) || mail.contains(QLatin1Char(' '))))
        errors << FieldError{prefix + QLatin1String("email"),
                             tr("Enter an e-mail address such as name@example.com.")};
    check(jobTitle, "job_title", 64, requireJobAndTelephone);
    check(telephone, "telephone", 32, requireJobAndTelephone);
    check(telephoneExtension, "telephone_extension", 16, false);
    return errors;
}
