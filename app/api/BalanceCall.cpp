#include "BalanceCall.h"

BalanceCall::BalanceCall(CertCentralClient *client)
    : ApiCall(client, "GET", QStringLiteral("finance/balance")) {}

QString BalanceCall::decode(const QByteArray &body, int) {
    QString error;
    return AccountBalance::fromJson(body, &m_balance, &error) ? QString() : error;
}
