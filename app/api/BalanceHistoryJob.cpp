#include "api/BalanceHistoryJob.h"

#include "api/CertCentralClient.h"
#include "api/FinanceEndpoints.h"
#include "api/Reply.h"

BalanceHistoryJob::BalanceHistoryJob(CertCentralClient *client, const BalanceHistoryQuery &query,
                                     const QDate &today)
    : SequentialListJob(client)
    , m_query(query)
    , m_today(today) {}

ApiCall *BalanceHistoryJob::makeCall(qint64 offset) {
    auto *call = client()->call(FinanceEndpoints::historyPage(m_query, offset, m_today));
    Reply<BalanceHistoryBatch>(call).onResult(this, [this](const BalanceHistoryBatch &page) {
        const qint64 loaded = addLoaded(page.adjustments.size());
        emit pageLoaded(page.adjustments, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.adjustments.size() + page.skipped, page.total);
    });
    return call;
}
