#include "core/NewDomain.h"

#include "core/DnsName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList NewDomain::dcvMethods() {
    return {QStringLiteral("email"), QStringLiteral("dns-txt-token"),
            QStringLiteral("dns-cname-token"), QStringLiteral("http-token")};
}

QString NewDomain::normalizedName(const QString &name) {
    return DnsName::normalized(name);
}

QString NewDomain::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (normalizedName(name).startsWith(QStringLiteral("*.")))
        return fail("name", tr("Add the domain without \"*.\": validating %1 covers its "
                               "wildcard")
                                .arg(normalizedName(name).mid(2)));
    const QString nameProblem = DnsName::problem(name, false);
    if (!nameProblem.isEmpty())
        return fail("name", nameProblem);
    if (organizationId <= 0)
        return fail("organization", tr("Choose the organization the domain belongs to"));
    for (const QString &type : validationTypes) {
        if (type != QLatin1String("ov") && type != QLatin1String("ev"))
            return fail("validations",
                        tr("Validation \"%1\" is not known; use ov or ev").arg(type));
    }
    if (!dcvMethod.isEmpty() && !dcvMethods().contains(dcvMethod))
        return fail("dcv_method", tr("DCV method \"%1\" is not known; use one of: %2")
                                      .arg(dcvMethod, dcvMethods().join(QStringLiteral(", "))));
    return {};
}

QByteArray NewDomain::toJson() const {
    QJsonObject root{
        {QStringLiteral("name"), normalizedName(name)},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("id"), organizationId}}}};
    if (!validationTypes.isEmpty()) {
        QJsonArray validations;
        for (const QString &type : validationTypes)
            validations.append(QJsonObject{{QStringLiteral("type"), type}});
        root.insert(QStringLiteral("validations"), validations);
    }
    if (!dcvMethod.isEmpty())
        root.insert(QStringLiteral("dcv_method"), dcvMethod);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
