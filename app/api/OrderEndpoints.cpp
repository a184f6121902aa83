#include "api/OrderEndpoints.h"

#include "core/DnsName.h"
#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

// The messages keep the translation context of the classes these entries replaced
// (OrderInfoCall, OrderDcvCall, OrderNamesEditCall), so the shipped translations still apply.

namespace {

QString orderPath(qint64 orderId, const QString &tail = {}) {
    const QString base = QStringLiteral("order/certificate/%1").arg(orderId);
    return tail.isEmpty() ? base : base + QLatin1Char('/') + tail;
}

// Order info as the order and, when asked, what only Order info tells.
QString readOrderInfo(const QByteArray &body, qint64 orderId, Order *order, OrderDetails *details) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return QCoreApplication::translate("OrderInfoCall", "Expected a JSON object for order %1")
            .arg(orderId);
    QString error;
    if (!Order::fromJson(doc.object(), order, &error))
        return error;
    if (details)
        *details = OrderDetails::fromJson(doc.object());
    return {};
}

QString noRandomValue() {
    return QCoreApplication::translate("OrderDcvCall", "CertCentral sent no random value");
}

// Reads a DCV reply into *result (whose action is set): empty, or why it cannot be used.
QString readDcvReply(const QByteArray &body, OrderDcvResult *result) {
    if (body.trimmed().isEmpty()) {
        // 204: e-mails sent, or a method without a random value. The random value itself
        // always comes in a body.
        return result->action == OrderDcvAction::RandomValue ? noRandomValue() : QString();
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    result->randomValue = JsonRead::string(o.value(QLatin1String("dcv_random_value")));
    result->expires = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
    result->orderStatus = JsonRead::string(o.value(QLatin1String("order_status")));
    result->dcvStatus = JsonRead::string(o.value(QLatin1String("dcv_status")));
    result->certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
    const QJsonArray names = o.value(QLatin1String("dns_name_validations")).toArray();
    for (const QJsonValue &v : names) {
        const QJsonObject entry = v.toObject();
        if (JsonRead::string(entry.value(QLatin1String("status"))) == QLatin1String("approved"))
            result->approvedNames << JsonRead::string(entry.value(QLatin1String("dns_name")));
    }
    if (result->action == OrderDcvAction::RandomValue && result->randomValue.isEmpty())
        return noRandomValue();
    return {};
}

// The common name first, then the other names once each, all normalized.
QStringList allNames(const QString &commonName, const QStringList &dnsNames) {
    QStringList all{DnsName::normalized(commonName)};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !all.contains(name))
            all << name;
    }
    return all;
}

QByteArray namesBody(const QString &commonName, const QStringList &dnsNames) {
    const QStringList names = allNames(commonName, dnsNames);
    return QJsonDocument(QJsonObject{{QStringLiteral("certificate"),
                                      QJsonObject{{QStringLiteral("common_name"), names.first()},
                                                  {QStringLiteral("dns_names"),
                                                   QJsonArray::fromStringList(names)}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

namespace OrderEndpoints {

Endpoint<OrderBatch> page(const OrderQuery &query, qint64 offset) {
    return {EndpointRequest::get(QStringLiteral("order/certificate"), query.toUrlQuery(offset)),
            &OrderBatch::fromJson};
}

Endpoint<Order> info(qint64 orderId) {
    return {EndpointRequest::get(orderPath(orderId)),
            [orderId](const QByteArray &body, int, Order *order) {
                return readOrderInfo(body, orderId, order, nullptr);
            }};
}

Endpoint<Order, OrderDetails> details(qint64 orderId) {
    return {EndpointRequest::get(orderPath(orderId)),
            [orderId](const QByteArray &body, int, Order *order, OrderDetails *details) {
                return readOrderInfo(body, orderId, order, details);
            }};
}

Endpoint<OrderValidation> validation(qint64 orderId) {
    return {EndpointRequest::get(orderPath(orderId, QStringLiteral("validation"))),
            [orderId](const QByteArray &body, int, OrderValidation *validation) {
                QString error;
                if (!OrderValidation::fromJson(body, validation, &error))
                    return error;
                if (validation->orderId == 0)
                    validation->orderId = orderId;
                return QString();
            }};
}

Endpoint<QList<StatusChange>> statusChanges(int minutes) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("minutes"), QString::number(minutes));
    return {EndpointRequest::get(QStringLiteral("order/certificate/status-changes"), query),
            &StatusChange::fromJson};
}

Endpoint<PlacedOrder> place(const NewOrder &order) {
    const QString alternativeOrderId = order.alternativeOrderId;
    return {EndpointRequest::post(QStringLiteral("order/certificate/%1").arg(order.productNameId),
                                  order.toJson()),
            [alternativeOrderId](const QByteArray &body, int, PlacedOrder *placed) {
                QString error;
                if (!PlacedOrder::fromPlaceReply(body, placed, &error))
                    return error;
                placed->alternativeOrderId = alternativeOrderId;
                return QString();
            }};
}

Endpoint<QList<PlacedOrder>> byAlternativeId(const QString &alternativeOrderId) {
    const QString path = QStringLiteral("order/alternate/%1")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(alternativeOrderId)));
    return {EndpointRequest::get(path),
            [alternativeOrderId](const QByteArray &body, int, QList<PlacedOrder> *orders) {
                QString error;
                if (!PlacedOrder::listFromLookup(body, orders, &error))
                    return error;
                for (PlacedOrder &o : *orders)
                    o.alternativeOrderId = alternativeOrderId;
                return QString();
            }};
}

Endpoint<qint64> cancel(const OrderCancellation &cancellation) {
    return {EndpointRequest::put(orderPath(cancellation.orderId, QStringLiteral("status")),
                                 cancellation.toJson()),
            Endpoint<qint64>::answer(cancellation.orderId)};
}

QString dcvActionPath(OrderDcvAction action) {
    switch (action) {
    case OrderDcvAction::ChangeMethod:
        return QStringLiteral("dcv-method");
    case OrderDcvAction::RandomValue:
        return QStringLiteral("dcv-random-value");
    case OrderDcvAction::Check:
        return QStringLiteral("check-dcv");
    case OrderDcvAction::ResendEmails:
        return QStringLiteral("resend-emails");
    }
    return {};
}

Endpoint<OrderDcvResult> dcv(qint64 orderId, OrderDcvAction action, const QString &dcvMethod) {
    const QByteArray body =
        action == OrderDcvAction::ChangeMethod
            ? QJsonDocument(QJsonObject{{QStringLiteral("dcv_method"), dcvMethod}})
                  .toJson(QJsonDocument::Compact)
            : QByteArrayLiteral("{}");
    EndpointRequest request = EndpointRequest::put(orderPath(orderId, dcvActionPath(action)), body);
    // CertCentral hands back the order's valid random value (a new one only when it expired),
    // so asking again after a lost reply is safe: retried like a read.
    request.idempotent = action == OrderDcvAction::RandomValue;
    return {request, [action](const QByteArray &reply, int, OrderDcvResult *result) {
                result->action = action;
                return readDcvReply(reply, result);
            }};
}

Endpoint<qint64> editNames(qint64 orderId, const QString &commonName, const QStringList &dnsNames) {
    return {EndpointRequest::put(orderPath(orderId, QStringLiteral("dns-names")),
                                 namesBody(commonName, dnsNames)),
            Endpoint<qint64>::answer(orderId)};
}

QString namesProblem(const QString &commonName, const QStringList &dnsNames,
                     const QStringList &currentNames) {
    bool wildcard = false;
    for (const QString &n : currentNames)
        wildcard = wildcard || n.startsWith(QLatin1String("*."));
    const QStringList all = allNames(commonName, dnsNames);
    for (const QString &name : all) {
        const QString p = DnsName::problem(name, wildcard);
        if (!p.isEmpty())
            return p;
    }
    if (all.size() > currentNames.size())
        return QCoreApplication::translate(
                   "OrderNamesEditCall",
                   "A pending order keeps at most the %1 names it has; this has %2. Remove "
                   "names, or reissue after it is issued.")
            .arg(currentNames.size())
            .arg(all.size());
    return {};
}

} // namespace OrderEndpoints
