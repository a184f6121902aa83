#include "BalanceCall.h"

namespace {
QUrlQuery balanceQuery(qint64 containerId) {
    QUrlQuery query;
    if (containerId > 0)
        query.addQueryItem(QStringLiteral("container_id"), QString::number(containerId));
    return query;
}
} // namespace

BalanceCall::BalanceCall(CertCentralClient *client, qint64 containerId)
    : ApiCall(client, "GET", QStringLiteral("finance/balance"), balanceQuery(containerId))
    , m_containerId(containerId) {}

QString BalanceCall::decode(const QByteArray &body, int) {
    QString error;
    return AccountBalance::fromJson(body, &m_balance, &error) ? QString() : error;
}
