#include "core/OrderValidation.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>

bool OrderValidation::fromJson(const QByteArray &body, OrderValidation *out, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("OrderValidation",
                                             "The validation status is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    OrderValidation v;
    // The reference shows order_id as a string.
    v.orderId = JsonRead::integer(o.value(QLatin1String("order_id")));
    v.orderStatus = JsonRead::string(o.value(QLatin1String("order_status")));
    v.nameScope = JsonRead::string(o.value(QLatin1String("order_name_scope")));
    v.dcvMethod = JsonRead::string(o.value(QLatin1String("order_dcv_method")));
    const QJsonArray names = o.value(QLatin1String("dns_name_validations")).toArray();
    for (const QJsonValue &value : names) {
        const QJsonObject n = value.toObject();
        Name name;
        name.dnsNames = JsonRead::stringList(n.value(QLatin1String("dns_names")));
        name.dnsNames.removeAll(QString());
        if (name.dnsNames.isEmpty())
            continue;
        name.status = JsonRead::string(n.value(QLatin1String("status")));
        name.method = JsonRead::string(n.value(QLatin1String("method")));
        name.nameScope = JsonRead::string(n.value(QLatin1String("name_scope")));
        name.baseDomain = JsonRead::string(n.value(QLatin1String("base_domain")));
        name.domainId = JsonRead::integer(n.value(QLatin1String("domain_id")));
        v.names << name;
    }
    v.organizationId = JsonRead::integer(o.value(QLatin1String("organization_id")));
    v.organizationName = JsonRead::string(o.value(QLatin1String("organization_name")));
    const QJsonValue orgValidations = o.value(QLatin1String("organization_validations"));
    // One object or an array of them.
    const QJsonArray list =
        orgValidations.isArray() ? orgValidations.toArray() : QJsonArray{orgValidations};
    for (const QJsonValue &value : list) {
        const QJsonObject ov = value.toObject();
        Organization org;
        org.type = JsonRead::string(ov.value(QLatin1String("type")));
        org.name = JsonRead::string(ov.value(QLatin1String("name")));
        org.status = JsonRead::string(ov.value(QLatin1String("status")));
        org.validatedUntil = JsonRead::date(ov.value(QLatin1String("validated_until")));
        if (!org.type.isEmpty() || !org.name.isEmpty())
            v.organizationValidations << org;
    }
    v.riskStatus = JsonRead::string(o.value(QLatin1String("risk_status")));
    *out = std::move(v);
    return true;
}

int OrderValidation::approvedCount() const {
    int count = 0;
    for (const Name &name : names)
        count += name.status == QLatin1String("approved");
    return count;
}

QStringList OrderValidation::namesToProve() const {
    QStringList out;
    for (const Name &name : names) {
        if (name.status == QLatin1String("approved"))
            continue;
        QString target = name.nameScope;
        if (target.isEmpty())
            target = nameScope == QLatin1String("fqdn") || name.baseDomain.isEmpty()
                         ? name.dnsNames.value(0)
                         : name.baseDomain;
        if (target.startsWith(QStringLiteral("*.")))
            target = target.mid(2);
        if (!target.isEmpty() && !out.contains(target))
            out << target;
    }
    return out;
}
