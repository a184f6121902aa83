#include "BalanceHistoryJob.h"

#include "BalanceHistoryCall.h"

BalanceHistoryJob::BalanceHistoryJob(CertCentralClient *client, const BalanceHistoryQuery &query,
                                     const QDate &today)
    : SequentialListJob(client)
    , m_query(query)
    , m_today(today) {}

ApiCall *BalanceHistoryJob::makeCall(qint64 offset) {
    auto *call = new BalanceHistoryCall(client(), m_query, offset, m_today);
    connect(call, &BalanceHistoryCall::received, this, [this](const BalanceHistoryPage &page) {
        const qint64 loaded = addLoaded(page.adjustments.size());
        emit pageLoaded(page.adjustments, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.adjustments.size() + page.skipped, page.total);
    });
    return call;
}
