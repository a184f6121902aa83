#include "Product.h"

#include "JsonRead.h"

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
    }
    return {};
}

bool Product::listFromJson(const QByteArray &body, QList<Product> *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("products"), &items, &paging, error))
        return false;
    out->clear();
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject o = value.toObject();
        Product p;
        p.nameId = JsonRead::string(o.value(QLatin1String("name_id"))).trimmed();
        if (p.nameId.isEmpty())
            continue;
        p.name = JsonRead::string(o.value(QLatin1String("name")), p.nameId);
        p.type = JsonRead::string(o.value(QLatin1String("type")));
        p.validationType = JsonRead::string(o.value(QLatin1String("validation_type"))).toLower();
        for (const QJsonValue &y :
             o.value(QLatin1String("allowed_order_validity_years")).toArray()) {
            const int years = JsonRead::bounded(y, 0, 10, 0);
            if (years > 0)
                p.allowedYears << years;
        }
        out->append(p);
    }
    return true;
}

bool Product::isNameId(const QString &nameId) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(nameId).hasMatch();
}
