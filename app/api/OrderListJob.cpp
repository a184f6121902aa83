#include "api/OrderListJob.h"

#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "api/Reply.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOrderList, "certdesk.api.orders", QtInfoMsg)

OrderListJob::OrderListJob(CertCentralClient *client, const OrderQuery &query)
    : QObject(client)
    , m_client(client)
    , m_query(query) {
    // A timer object, not a queued call: zero timers are dispatched with the other timers, so
    // every page handed to the UI is followed by a chance for repaints, input and other timers.
    // Queued calls and decoded replies all run in one batch of posted events.
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setInterval(0);
    connect(&m_deliveryTimer, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        flush();
        finishIfDone();
    });
}

void OrderListJob::start() {
    const QString problem = m_query.validate();
    if (!problem.isEmpty()) {
        m_error = ApiError::usage(problem);
        m_finished = true;
        emit failed(m_error);
        emit finished();
        deleteLater();
        return;
    }
    requestPage(0);
}

void OrderListJob::cancel() {
    if (m_finished)
        return;
    m_cancelled = true;
    const auto pending = m_pending;
    m_pending.clear();
    for (const QPointer<ApiCall> &call : pending) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
    m_error = ApiError::cancelled();
    m_finished = true;
    emit failed(m_error);
    emit finished();
    deleteLater();
}

void OrderListJob::requestPage(qint64 offset) {
    auto *call = m_client->call(OrderEndpoints::page(m_query, offset));
    m_pending.insert(offset, call);
    Reply<OrderBatch>(call)
        .onResult(this, [this, offset](const OrderBatch &page) { onPage(offset, page); })
        .onFailed(this, [this, offset](const ApiError &error) { onPageFailed(offset, error); });
}

void OrderListJob::onPage(qint64 offset, const OrderBatch &page) {
    m_pending.remove(offset);
    if (m_cancelled)
        return;
    if (offset == 0) {
        m_total = page.total;
        const qint64 pageSize = m_query.pageSize;
        // Every other page at once; the client's limiter and connection cap pace them.
        for (qint64 next = pageSize; next < m_total; next += pageSize)
            requestPage(next);
        qCDebug(lcOrderList) << "total" << m_total << "pages"
                             << (m_total + pageSize - 1) / pageSize;
    }
    if (page.skipped > 0)
        qCWarning(lcOrderList) << page.skipped << "unreadable entries on the page at" << offset;
    m_arrived.insert(offset, page);
    scheduleFlush();
}

void OrderListJob::onPageFailed(qint64 offset, const ApiError &error) {
    m_pending.remove(offset);
    if (m_cancelled)
        return;
    m_error = error;
    if (offset == 0) {
        // Without the first page there is no total: the whole job failed.
        m_finished = true;
        emit failed(error);
        emit finished();
        deleteLater();
        return;
    }
    m_failedOffsets << offset;
    m_missing += qMin<qint64>(m_query.pageSize, m_total - offset);
    scheduleFlush();
}

void OrderListJob::scheduleFlush() {
    if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start();
}

void OrderListJob::flush() {
    // One page per turn of the event loop: a burst of pages never blocks the UI for long.
    while (m_failedOffsets.contains(m_nextOffset))
        m_nextOffset += m_query.pageSize;
    auto it = m_arrived.find(m_nextOffset);
    if (it == m_arrived.end())
        return;
    const OrderBatch page = it.value();
    m_arrived.erase(it);
    m_nextOffset += m_query.pageSize;
    m_loaded += page.orders.size();
    emit pageLoaded(page.orders, m_loaded, qMax(m_total, m_loaded));
    if (m_arrived.contains(m_nextOffset) || m_failedOffsets.contains(m_nextOffset))
        scheduleFlush();
}

void OrderListJob::finishIfDone() {
    if (m_finished || !m_pending.isEmpty() || !m_arrived.isEmpty())
        return;
    m_deliveryTimer.stop();
    m_finished = true;
    if (m_missing > 0)
        emit failed(m_error);
    emit finished();
    deleteLater();
}
