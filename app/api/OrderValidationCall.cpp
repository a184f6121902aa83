#include "OrderValidationCall.h"

OrderValidationCall::OrderValidationCall(CertCentralClient *client, qint64 orderId)
    : ApiCall(client, "GET", QStringLiteral("order/certificate/%1/validation").arg(orderId))
    , m_orderId(orderId) {}

QString OrderValidationCall::decode(const QByteArray &body, int) {
    QString error;
    if (!OrderValidation::fromJson(body, &m_validation, &error))
        return error;
    if (m_validation.orderId == 0)
        m_validation.orderId = m_orderId;
    return {};
}
