#pragma once

#include "api/SequentialListJob.h"
#include "core/BalanceAdjustment.h"
#include "core/BalanceHistoryQuery.h"

#include <QDate>

// Every adjustment of a balance-history query (division, dates), one page after another. The
// transaction type is matched by whoever shows the rows (BalanceHistoryQuery::matchesType).
class BalanceHistoryJob : public SequentialListJob {
    Q_OBJECT
public:
    BalanceHistoryJob(CertCentralClient *client, const BalanceHistoryQuery &query,
                      const QDate &today);

signals:
    // The rows of one page; loaded and total count the API's rows.
    void pageLoaded(const QList<BalanceAdjustment> &adjustments, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    BalanceHistoryQuery m_query;
    QDate m_today;
};
