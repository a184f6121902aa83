#include "core/PlacedOrder.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>

bool PlacedOrder::waitsForApproval() const {
    for (const auto &request : requests)
        if (request.second == QLatin1String("pending"))
            return true;
    return false;
}

bool PlacedOrder::fromPlaceReply(const QByteArray &body, PlacedOrder *out, QString *error) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    PlacedOrder p;
    p.orderId = JsonRead::integer(o.value(QLatin1String("id")));
    if (p.orderId <= 0) {
        *error = QCoreApplication::translate("PlacedOrder", "The reply has no order id");
        return false;
    }
    p.certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
    const QJsonArray requests = o.value(QLatin1String("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject r = value.toObject();
        p.requests.append({JsonRead::integer(r.value(QLatin1String("id"))),
                           JsonRead::string(r.value(QLatin1String("status")))});
    }
    p.dcvRandomValue = JsonRead::string(o.value(QLatin1String("dcv_random_value")));
    p.organizationId = JsonRead::integer(
        o.value(QLatin1String("organization")).toObject().value(QLatin1String("id")));
    *out = p;
    return true;
}

bool PlacedOrder::listFromLookup(const QByteArray &body, QList<PlacedOrder> *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("orders"), &items, &paging, error))
        return false;
    out->clear();
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject o = value.toObject();
        PlacedOrder p;
        p.orderId = JsonRead::integer(o.value(QLatin1String("order_id")));
        if (p.orderId <= 0)
            p.orderId = JsonRead::integer(o.value(QLatin1String("id")));
        if (p.orderId <= 0)
            continue;
        p.certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
        p.status = JsonRead::string(o.value(QLatin1String("status")));
        out->append(p);
    }
    return true;
}
