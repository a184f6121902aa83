#include "services/FinanceService.h"

#include "BalanceCall.h"
#include "BalanceHistoryCall.h"
#include "BalanceHistoryJob.h"
#include "CertCentralClient.h"
#include "FundsTransferCall.h"
#include "PaymentProfileCall.h"

Reply<AccountBalance> FinanceService::balance(qint64 containerId) const {
    return {m_client->start<BalanceCall>(containerId), &BalanceCall::received};
}

Reply<QList<BalanceAdjustment>, qint64, qint64>
FinanceService::history(const BalanceHistoryQuery &query, const QDate &today) const {
    return {m_client->startList<BalanceHistoryJob>(query, today), &BalanceHistoryJob::pageLoaded};
}

Reply<BalanceHistoryPage> FinanceService::historyPage(const BalanceHistoryQuery &query,
                                                      qint64 offset, const QDate &today) const {
    return {m_client->start<BalanceHistoryCall>(query, offset, today),
            &BalanceHistoryCall::received};
}

Reply<FundsTransfer> FinanceService::transfer(const FundsTransfer &transfer) const {
    return {m_client->start<FundsTransferCall>(transfer), &FundsTransferCall::transferred};
}

Reply<QList<PaymentProfile>> FinanceService::paymentProfiles() const {
    return {m_client->start<PaymentProfileCall>(), &PaymentProfileCall::received};
}
