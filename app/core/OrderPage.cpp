#include "OrderPage.h"

#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

bool OrderPage::fromJson(const QByteArray &body, OrderPage *out, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QCoreApplication::translate("OrderPage", "Invalid JSON at byte %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : QCoreApplication::translate("OrderPage",
                                                       "Expected a JSON object with \"orders\"");
        }
        return false;
    }
    const QJsonObject root = doc.object();
    OrderPage page;
    // An empty page may leave out "orders" altogether.
    const QJsonArray orders = root.value(QLatin1String("orders")).toArray();
    page.orders.reserve(orders.size());
    for (const QJsonValue &value : orders) {
        Order order;
        if (value.isObject() && Order::fromJson(value.toObject(), &order))
            page.orders.append(std::move(order));
        else
            ++page.skipped;
    }
    const QJsonObject paging = root.value(QLatin1String("page")).toObject();
    page.total = qMax<qint64>(0, JsonRead::integer(paging.value(QLatin1String("total")), 0));
    page.limit = JsonRead::bounded(paging.value(QLatin1String("limit")), 0, 1000000, 0);
    page.offset = qMax<qint64>(0, JsonRead::integer(paging.value(QLatin1String("offset"))));
    if (!paging.contains(QLatin1String("total")))
        page.total = page.offset + page.orders.size() + page.skipped;
    *out = std::move(page);
    return true;
}
