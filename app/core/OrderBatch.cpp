#include "core/OrderBatch.h"

#include "core/FastJsonValue.h"
#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// simdjson's DOM: about three times faster than QJsonDocument on a 1,000-order page, which is
// most of the decoding thread's work while a large account loads. Returns false for anything
// it refuses (invalid JSON or UTF-8, a body that is not an object...): the caller then uses
// Qt's parser, so messages and leniency stay as they were.
bool fastPage(const QByteArray &body, OrderBatch *out) {
    FastJsonValue::Document document;
    if (!document.parse(body))
        return false;
    const FastJsonValue root = document.root();
    if (!root.isObject())
        return false;
    const QList<FastJsonValue> orders = root.value(QLatin1String("orders")).toArray();
    OrderBatch page;
    page.orders.reserve(orders.size());
    for (const FastJsonValue &value : orders) {
        Order order;
        if (value.isObject() && Order::fromJson(value, &order))
            page.orders.append(std::move(order));
        else
            ++page.skipped;
    }
    const JsonRead::Paging p = JsonRead::paging(root.value(QLatin1String("page")), orders.size());
    page.total = p.total;
    page.limit = p.limit;
    page.offset = p.offset;
    *out = std::move(page);
    return true;
}
} // namespace

bool OrderBatch::fromJson(const QByteArray &body, OrderBatch *out, QString *error) {
    if (fastPage(body, out))
        return true;
    QJsonArray orders;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("orders"), &orders, &paging, error))
        return false;
    OrderBatch page;
    page.orders.reserve(orders.size());
    for (const QJsonValue &value : std::as_const(orders)) {
        Order order;
        if (value.isObject() && Order::fromJson(value.toObject(), &order))
            page.orders.append(std::move(order));
        else
            ++page.skipped;
    }
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
