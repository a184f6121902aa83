#include "NewDomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

QStringList NewDomain::dcvMethods() {
    return {QStringLiteral("email"), QStringLiteral("dns-txt-token"),
            QStringLiteral("dns-cname-token"), QStringLiteral("http-token")};
}

QString NewDomain::normalizedName(const QString &name) {
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QByteArray ace = QUrl::toAce(n);
    return ace.isEmpty() ? n : QString::fromLatin1(ace);
}

QString NewDomain::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const QString n = normalizedName(name);
    if (n.isEmpty())
        return fail("name", tr("Enter the domain name, for example example.com"));
    if (n.contains(QStringLiteral("://")) || n.contains(QLatin1Char('/')))
        return fail("name", tr("Enter only the domain name, without http:// or a path"));
    if (n.startsWith(QStringLiteral("*.")))
        return fail("name", tr("Add the domain without \"*.\": validating %1 covers its "
                               "wildcard")
                                .arg(n.mid(2)));
    if (n.size() > 253)
        return fail("name",
                    tr("A domain name has at most 253 characters; this one has %1").arg(n.size()));
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = n.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return fail(
            "name",
            tr("\"%1\" needs a dot: enter a full domain such as example.com").arg(name.trimmed()));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return fail("name",
                        tr("\"%1\" is not a valid domain name: each part between dots has 1 to "
                           "63 letters, digits or hyphens, and no hyphen at either end")
                            .arg(name.trimmed()));
    }
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
