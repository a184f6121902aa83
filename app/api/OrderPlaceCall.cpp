#include "OrderPlaceCall.h"

OrderPlaceCall::OrderPlaceCall(CertCentralClient *client, const NewOrder &order)
    : ApiCall(client, "POST", QStringLiteral("order/certificate/%1").arg(order.productNameId), {},
              order.toJson())
    , m_alternativeOrderId(order.alternativeOrderId) {}

QString OrderPlaceCall::decode(const QByteArray &body, int) {
    QString error;
    if (!PlacedOrder::fromPlaceReply(body, &m_placed, &error))
        return error;
    m_placed.alternativeOrderId = m_alternativeOrderId;
    return {};
}
