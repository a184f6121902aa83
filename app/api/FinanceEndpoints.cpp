#include "api/FinanceEndpoints.h"

namespace FinanceEndpoints {

Endpoint<AccountBalance> balance(qint64 containerId) {
    QUrlQuery query;
    if (containerId > 0)
        query.addQueryItem(QStringLiteral("container_id"), QString::number(containerId));
    return {EndpointRequest::get(QStringLiteral("finance/balance"), query),
            &AccountBalance::fromJson};
}

Endpoint<BalanceHistoryBatch> historyPage(const BalanceHistoryQuery &query, qint64 offset,
                                          const QDate &today) {
    return {EndpointRequest::get(QStringLiteral("finance/balance-history"),
                                 query.urlQuery(offset, today)),
            &BalanceHistoryBatch::fromJson};
}

Endpoint<FundsTransfer> transfer(const FundsTransfer &transfer) {
    return {EndpointRequest::post(QStringLiteral("finance/transfer"), transfer.toJson()),
            Endpoint<FundsTransfer>::answer(transfer)};
}

Endpoint<QList<PaymentProfile>> paymentProfiles() {
    return {EndpointRequest::get(QStringLiteral("finance/payment-profile")),
            &PaymentProfile::listFromJson};
}

} // namespace FinanceEndpoints
