#pragma once

#include "ApiCall.h"
#include "BalanceAdjustment.h"
#include "BalanceHistoryQuery.h"

// "List balance history" (dev.digicert.com): GET finance/balance-history with container_id,
// filters[transaction_date], sort, limit and offset. One page of a division's adjustments.
// Documentation: certcentral-docs.md 11.2 "List balance history".
class BalanceHistoryCall : public ApiCall {
    Q_OBJECT
public:
    BalanceHistoryCall(CertCentralClient *client, const BalanceHistoryQuery &query, qint64 offset,
                       const QDate &today);

signals:
    void received(const BalanceHistoryPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    BalanceHistoryPage m_page;
};
