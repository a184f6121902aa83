#include "OrderInfoCall.h"

#include <QJsonDocument>

OrderInfoCall::OrderInfoCall(CertCentralClient *client, qint64 orderId)
    : ApiCall(client, "GET", QStringLiteral("order/certificate/%1").arg(orderId))
    , m_orderId(orderId) {}

QString OrderInfoCall::decode(const QByteArray &body, int) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return tr("Expected a JSON object for order %1").arg(m_orderId);
    QString error;
    if (!Order::fromJson(doc.object(), &m_order, &error))
        return error;
    m_details = OrderDetails::fromJson(doc.object());
    return {};
}

void OrderInfoCall::deliver() {
    emit received(m_order);
    emit detailsReceived(m_order, m_details);
}
