#include "OrderListCall.h"

OrderListCall::OrderListCall(CertCentralClient *client, const OrderQuery &query, qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("order/certificate"), query.toUrlQuery(offset))
    , m_offset(offset) {}

QString OrderListCall::decode(const QByteArray &body, int) {
    QString error;
    return OrderPage::fromJson(body, &m_page, &error) ? QString() : error;
}
