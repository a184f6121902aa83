#include "PurchaseOrderListCall.h"

namespace {
QUrlQuery purchaseOrderQuery(const PurchaseOrderListCall::Filter &filter, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), filter.status);
    if (filter.containerId > 0)
        query.addQueryItem(QStringLiteral("container_id"), QString::number(filter.containerId));
    return query;
}
} // namespace

PurchaseOrderListCall::PurchaseOrderListCall(CertCentralClient *client, const Filter &filter,
                                             qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("finance/purchase-order"),
              purchaseOrderQuery(filter, offset)) {}

QString PurchaseOrderListCall::decode(const QByteArray &body, int) {
    QString error;
    return PurchaseOrderPage::fromJson(body, &m_page, &error) ? QString() : error;
}
