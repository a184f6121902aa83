#include "PaymentProfileCall.h"

PaymentProfileCall::PaymentProfileCall(CertCentralClient *client)
    : ApiCall(client, "GET", QStringLiteral("finance/payment-profile")) {}

QString PaymentProfileCall::decode(const QByteArray &body, int) {
    QString error;
    return PaymentProfile::listFromJson(body, &m_profiles, &error) ? QString() : error;
}
