#include "core/OrderContact.h"

#include "core/JsonRead.h"

OrderContact OrderContact::fromJson(const QJsonObject &o) {
    OrderContact c;
    c.firstName = JsonRead::string(o.value(QLatin1String("first_name"))).trimmed();
    c.lastName = JsonRead::string(o.value(QLatin1String("last_name"))).trimmed();
    c.email = JsonRead::string(o.value(QLatin1String("email"))).trimmed();
    c.jobTitle = JsonRead::string(o.value(QLatin1String("job_title"))).trimmed();
    c.telephone = JsonRead::string(o.value(QLatin1String("telephone"))).trimmed();
    return c;
}

QString OrderContact::name() const {
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

QString OrderContact::summary() const {
    QString text = name();
    if (!jobTitle.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + jobTitle;
    if (!email.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('<') + email +
                QLatin1Char('>');
    if (!telephone.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + telephone;
    return text;
}
