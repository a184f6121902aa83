#include "BalanceHistoryCall.h"

BalanceHistoryCall::BalanceHistoryCall(CertCentralClient *client, const BalanceHistoryQuery &query,
                                       qint64 offset, const QDate &today)
    : ApiCall(client, "GET", QStringLiteral("finance/balance-history"),
              query.urlQuery(offset, today)) {}

QString BalanceHistoryCall::decode(const QByteArray &body, int) {
    QString error;
    return BalanceHistoryPage::fromJson(body, &m_page, &error) ? QString() : error;
}
