#include "core/Order.h"

#include "core/FastJsonValue.h"
#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}

// One body for Qt's QJsonObject and simdjson's FastJsonValue: both offer value(key),
// toObject(), toArray() and the type tests, and JsonRead reads both by the same rules.
template <typename Object> bool readOrder(const Object &o, Order *out, QString *error) {
    Order order;
    order.id = JsonRead::integer(o.value(key("id")));
    if (order.id <= 0) {
        // Order info for an order reached by alternate id may name it "order_id".
        order.id = JsonRead::integer(o.value(key("order_id")));
    }
    if (order.id <= 0) {
        if (error)
            *error = QCoreApplication::translate("Order", "An order without a valid \"id\"");
        return false;
    }
    const auto cert = o.value(key("certificate")).toObject();
    order.certificateId = JsonRead::integer(cert.value(key("id")));
    order.commonName = JsonRead::string(cert.value(key("common_name"))).trimmed();
    order.dnsNames = JsonRead::stringList(cert.value(key("dns_names")));
    order.validFrom = JsonRead::date(cert.value(key("valid_from")));
    order.validTill = JsonRead::date(cert.value(key("valid_till")));
    if (cert.contains(key("days_remaining")))
        order.daysRemaining = JsonRead::bounded(cert.value(key("days_remaining")), 0, 1000000, -1);
    order.serialNumber = JsonRead::string(cert.value(key("serial_number")));
    order.thumbprint = JsonRead::string(cert.value(key("thumbprint")));
    order.keySize = JsonRead::bounded(cert.value(key("key_size")), 0, 65536, 0);
    order.signatureHash = JsonRead::string(cert.value(key("signature_hash")));
    order.serverPlatform =
        JsonRead::string(cert.value(key("server_platform")).toObject().value(key("name")));

    order.status = JsonRead::string(o.value(key("status"))).toLower();
    const auto product = o.value(key("product")).toObject();
    order.productNameId = JsonRead::string(product.value(key("name_id")));
    if (order.productNameId.isEmpty())
        order.productNameId = JsonRead::string(o.value(key("product_name_id")));
    order.productName = JsonRead::string(product.value(key("name")));
    order.productType = JsonRead::string(product.value(key("type")));
    order.validationType = JsonRead::string(product.value(key("validation_type")));

    const auto org = o.value(key("organization")).toObject();
    order.organizationId = JsonRead::integer(org.value(key("id")));
    order.organizationName = JsonRead::string(org.value(key("name")));
    const auto container = o.value(key("container")).toObject();
    order.containerId = JsonRead::integer(container.value(key("id")));
    order.containerName = JsonRead::string(container.value(key("name")));

    order.dateCreated = JsonRead::dateTime(o.value(key("date_created")));
    order.alternativeOrderId = JsonRead::string(o.value(key("alternative_order_id")));
    const auto validity = o.value(key("order_validity")).toObject();
    order.orderValidityYears = JsonRead::bounded(validity.value(key("years")), 0, 100, 0);
    if (order.orderValidityYears == 0)
        order.orderValidityYears = JsonRead::bounded(o.value(key("validity_years")), 0, 100, 0);
    order.price = JsonRead::decimal(o.value(key("price")));
    order.currency = JsonRead::string(o.value(key("currency")));
    order.paymentMethod = JsonRead::string(o.value(key("payment_method")));

    const auto autoRenew = o.value(key("auto_renew"));
    if (autoRenew.isBool())
        order.autoRenew = autoRenew.toBool() ? 1 : 0;
    else if (!autoRenew.isUndefined() && !autoRenew.isNull())
        order.autoRenew = JsonRead::bounded(autoRenew, 0, 1000, -1);
    const auto user = o.value(key("user")).toObject();
    const QString first = JsonRead::string(user.value(key("first_name")));
    const QString last = JsonRead::string(user.value(key("last_name")));
    order.requesterName = (first + QLatin1Char(' ') + last).trimmed();
    order.requesterEmail = JsonRead::string(user.value(key("email")));

    const auto requests = o.value(key("requests")).toArray();
    for (const auto &value : requests) {
        const auto r = value.toObject();
        OrderRequest request;
        request.id = JsonRead::integer(r.value(key("id")));
        request.date = JsonRead::dateTime(r.value(key("date")));
        request.type = JsonRead::string(r.value(key("type")));
        request.status = JsonRead::string(r.value(key("status")));
        request.comments = JsonRead::string(r.value(key("comments")));
        if (request.id > 0)
            order.requests << request;
    }
    *out = std::move(order);
    return true;
}
} // namespace

bool Order::fromJson(const QJsonObject &o, Order *out, QString *error) {
    return readOrder(o, out, error);
}

bool Order::fromJson(const FastJsonValue &o, Order *out, QString *error) {
    return readOrder(o, out, error);
}

QStringList Order::allNames() const {
    QStringList names;
    if (!commonName.isEmpty())
        names << commonName;
    for (const QString &name : dnsNames) {
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    }
    return names;
}

int Order::sanCount() const {
    int count = 0;
    for (const QString &name : dnsNames) {
        if (name.compare(commonName, Qt::CaseInsensitive) != 0)
            ++count;
    }
    return count;
}
