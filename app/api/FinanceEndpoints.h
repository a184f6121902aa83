#pragma once

#include "api/Endpoint.h"
#include "core/AccountBalance.h"
#include "core/BalanceAdjustment.h"
#include "core/BalanceHistoryQuery.h"
#include "core/FundsTransfer.h"
#include "core/PaymentProfile.h"

#include <QDate>

// Money: balances, their history, transfers between divisions and the stored cards. Each
// function describes one request; CertCentralClient::call() sends it.
namespace FinanceEndpoints {

// GET finance/balance[?container_id=N]: the funds of the caller's container (containerId 0),
// or of another container (division) of the account.
// Documentation: certcentral-docs.md 11.1 "View balance".
Endpoint<AccountBalance> balance(qint64 containerId = 0);

// "List balance history" (dev.digicert.com): GET finance/balance-history with container_id,
// filters[transaction_date], sort, limit and offset. One page of a division's adjustments
// (today: the end of an open date range).
// Documentation: certcentral-docs.md 11.2 "List balance history".
Endpoint<BalanceHistoryBatch> historyPage(const BalanceHistoryQuery &query, qint64 offset,
                                          const QDate &today);

// "Transfer funds" (dev.digicert.com): POST finance/transfer with amount, from_container_id and
// to_container_id, answered 204 with no body; the result is the transfer sent. A write: sent
// once, never retried; a lost reply is ApiError::isOutcomeUnknown(), and the balances tell
// whether the funds moved.
// Documentation: certcentral-docs.md 11.3 "Transfer funds".
Endpoint<FundsTransfer> transfer(const FundsTransfer &transfer);

// "List payment profiles" (dev.digicert.com, older pages): GET finance/payment-profile, the
// account's stored cards, read only.
// Documentation: certcentral-docs.md 11.5 "List payment profiles".
Endpoint<QList<PaymentProfile>> paymentProfiles();

} // namespace FinanceEndpoints
