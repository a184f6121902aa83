#include "services/FinanceService.h"

#include "api/BalanceHistoryJob.h"
#include "api/CertCentralClient.h"
#include "api/FinanceEndpoints.h"

Reply<AccountBalance> FinanceService::balance(qint64 containerId) const {
    return m_client->call(FinanceEndpoints::balance(containerId));
}

Reply<QList<BalanceAdjustment>, qint64, qint64>
FinanceService::history(const BalanceHistoryQuery &query, const QDate &today) const {
    return {m_client->startList<BalanceHistoryJob>(query, today), &BalanceHistoryJob::pageLoaded};
}

Reply<BalanceHistoryBatch> FinanceService::historyPage(const BalanceHistoryQuery &query,
                                                       qint64 offset, const QDate &today) const {
    return m_client->call(FinanceEndpoints::historyPage(query, offset, today));
}

Reply<FundsTransfer> FinanceService::transfer(const FundsTransfer &transfer) const {
    return m_client->call(FinanceEndpoints::transfer(transfer));
}

Reply<QList<PaymentProfile>> FinanceService::paymentProfiles() const {
    return m_client->call(FinanceEndpoints::paymentProfiles());
}
