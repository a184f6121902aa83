#include "core/Product.h"

#include "core/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

bool Product::isCodeSigning() const {
    return type.contains(QLatin1String("code_signing")) ||
           nameId.startsWith(QLatin1String("code_signing")) ||
           validationType == QLatin1String("cs") || validationType == QLatin1String("ev_cs");
}

bool Product::isWildcard() const {
    return nameId.contains(QLatin1String("wildcard"));
}

Product::Group Product::group() const {
    if (!isOrderable())
        return Group::Other;
    if (isCodeSigning())
        return validationType == QLatin1String("ev_cs") || nameId.endsWith(QLatin1String("_ev"))
                   ? Group::EvCodeSigning
                   : Group::CodeSigning;
    if (isWildcard())
        return Group::Wildcard;
    if (validationType == QLatin1String("ev"))
        return Group::Ev;
    if (validationType == QLatin1String("ov"))
        return Group::Ov;
    return Group::Dv;
}

QString Product::groupName(Group group) {
    switch (group) {
    case Group::Dv:
        return tr("Domain validated (DV)");
    case Group::Wildcard:
        return tr("Wildcard");
    case Group::Ov:
        return tr("Organization validated (OV)");
    case Group::Ev:
        return tr("Extended validation (EV)");
    case Group::CodeSigning:
        return tr("Code signing");
    case Group::EvCodeSigning:
        return tr("EV code signing");
    case Group::Other:
        return tr("Not ordered in CertDesk");
    }
    return {};
}

QString Product::groupExplanation(Group group) {
    switch (group) {
    case Group::Dv:
        return tr("Proves control of the names only; issued within minutes of DCV.");
    case Group::Wildcard:
        return tr("One certificate for every name one level under a domain (*.example.com).");
    case Group::Ov:
        return tr("Also names your validated organization in the certificate.");
    case Group::Ev:
        return tr("The strictest organization check, with a verified contact's approval.");
    case Group::CodeSigning:
        return tr("Signs software in your organization's name.");
    case Group::EvCodeSigning:
        return tr("Code signing with extended validation, on a hardware token.");
    case Group::Other:
        return tr("Document signing, Secure Email and private certificates are ordered in the "
                  "CertCentral console.");
    }
    return {};
}

Product Product::fromObject(const QJsonObject &o) {
    Product p;
    p.nameId = JsonRead::string(o.value(QLatin1String("name_id"))).trimmed();
    p.name = JsonRead::string(o.value(QLatin1String("name")), p.nameId);
    p.type = JsonRead::string(o.value(QLatin1String("type")));
    p.groupId = JsonRead::string(o.value(QLatin1String("group_name")));
    // The list does not carry validation_type (certcentral-docs.md 1.1): read it if it is
    // there, else guess from the group and the id until Product info says.
    p.validationType =
        validationTypeFrom(JsonRead::string(o.value(QLatin1String("validation_type"))));
    if (p.validationType.isEmpty())
        p.validationType = guessedValidationType(p.groupId, p.nameId, p.type);
    for (const QJsonValue &y : o.value(QLatin1String("allowed_order_validity_years")).toArray()) {
        const int years = JsonRead::bounded(y, 0, 10, 0);
        if (years > 0)
            p.allowedYears << years;
    }
    return p;
}

bool Product::infoFromJson(const QByteArray &body, Product *out, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = tr("Expected a JSON object for the product");
        return false;
    }
    const Product p = fromObject(doc.object());
    if (p.nameId.isEmpty()) {
        if (error)
            *error = tr("The product has no name_id");
        return false;
    }
    *out = p;
    return true;
}

bool Product::listFromJson(const QByteArray &body, QList<Product> *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("products"), &items, &paging, error))
        return false;
    out->clear();
    for (const QJsonValue &value : std::as_const(items)) {
        const Product p = fromObject(value.toObject());
        if (!p.nameId.isEmpty())
            out->append(p);
    }
    return true;
}

QString Product::validationTypeFrom(const QString &documented) {
    // DV, OV, EV, CS, EV CS, DS, Private SSL (Product info) to dv, ov, ev, cs, ev_cs, ds,
    // private_ssl; any case, spaces or underscores.
    QString type = documented.trimmed().toLower();
    type.replace(QLatin1Char(' '), QLatin1Char('_'));
    type.replace(QLatin1Char('-'), QLatin1Char('_'));
    return type;
}

QString Product::guessedValidationType(const QString &groupName, const QString &nameId,
                                       const QString &type) {
    // decisions.md, products: dv_ssl_certificate, *_ev_*, code_signing*.
    const QString group = groupName.toLower();
    const QString id = nameId.toLower();
    const auto hasPart = [&id](const char *part) {
        return id.split(QLatin1Char('_')).contains(QLatin1String(part));
    };
    if (group.contains(QLatin1String("code_signing")) ||
        id.startsWith(QLatin1String("code_signing")) ||
        type.contains(QLatin1String("code_signing")))
        return hasPart("ev") ? QStringLiteral("ev_cs") : QStringLiteral("cs");
    if (group.contains(QLatin1String("document_signing")) ||
        id.startsWith(QLatin1String("document_signing")) || id.startsWith(QLatin1String("ds_")))
        return QStringLiteral("ds");
    if (group.contains(QLatin1String("secure_email")) ||
        id.startsWith(QLatin1String("secure_email")))
        return QStringLiteral("smime");
    if (group.contains(QLatin1String("private")) || hasPart("private"))
        return QStringLiteral("private_ssl");
    if (group == QLatin1String("dv_ssl_certificate") || hasPart("dv"))
        return QStringLiteral("dv");
    if (hasPart("ev"))
        return QStringLiteral("ev");
    if (group == QLatin1String("ssl_certificate") || type == QLatin1String("ssl_certificate"))
        return QStringLiteral("ov");
    return {};
}

bool Product::isOrderable() const {
    static const QStringList kinds{QStringLiteral("dv"), QStringLiteral("ov"), QStringLiteral("ev"),
                                   QStringLiteral("cs"), QStringLiteral("ev_cs")};
    return kinds.contains(validationType);
}

bool Product::isNameId(const QString &nameId) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(nameId).hasMatch();
}
