#include "OrderPage.h"

#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

bool OrderPage::fromJson(const QByteArray &body, OrderPage *out, QString *error) {
    QJsonArray orders;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("orders"), &orders, &paging, error))
        return false;
    OrderPage page;
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
