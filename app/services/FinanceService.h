#pragma once

#include "api/Reply.h"
#include "core/AccountBalance.h"
#include "core/BalanceAdjustment.h"
#include "core/BalanceHistoryQuery.h"
#include "core/FundsTransfer.h"
#include "core/PaymentProfile.h"

#include <QDate>

class CertCentralClient;

// Money: balances, their history, transfers between divisions and the stored cards (the
// Finance screen, the order wizard's payment step, the dashboard, the command line).
class FinanceService {
public:
    explicit FinanceService(CertCentralClient *client)
        : m_client(client) {}

    // The account's balance, or a division's (containerId > 0).
    Reply<AccountBalance> balance(qint64 containerId = 0) const;
    // A division's balance history page by page (today: the end of an open range).
    Reply<QList<BalanceAdjustment>, qint64, qint64> history(const BalanceHistoryQuery &query,
                                                            const QDate &today) const;
    Reply<BalanceHistoryBatch> historyPage(const BalanceHistoryQuery &query, qint64 offset,
                                           const QDate &today) const;
    // Moves funds between two divisions: a write, sent once.
    Reply<FundsTransfer> transfer(const FundsTransfer &transfer) const;
    Reply<QList<PaymentProfile>> paymentProfiles() const;

private:
    CertCentralClient *m_client;
};
