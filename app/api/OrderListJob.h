#pragma once

#include "core/ApiError.h"
#include "core/OrderBatch.h"
#include "core/OrderQuery.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class CertCentralClient;

// Lists every order that matches a query: the first page tells the total, then the remaining
// pages are requested at once and the client's rate limiter paces them. Pages are delivered in
// offset order, so the server's sort holds. A page that still fails after its retries is
// reported at the end; the pages that arrived stay delivered. Deletes itself after finished().
class OrderListJob : public QObject {
    Q_OBJECT
public:
    OrderListJob(CertCentralClient *client, const OrderQuery &query);

    void start();
    void cancel();

    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }
    // Orders on pages that could not be fetched.
    qint64 missing() const { return m_missing; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

signals:
    void pageLoaded(const QList<Order> &orders, qint64 loaded, qint64 total);
    // The job ended with an error (the whole job or some pages); rows already delivered stay.
    void failed(const ApiError &error);
    void finished();

private:
    void requestPage(qint64 offset);
    void onPage(qint64 offset, const OrderBatch &page);
    void onPageFailed(qint64 offset, const ApiError &error);
    void flush();
    void scheduleFlush();
    void finishIfDone();

    CertCentralClient *m_client;
    OrderQuery m_query;
    QMap<qint64, OrderBatch> m_arrived; // pages waiting for an earlier one
    QMap<qint64, QPointer<ApiCall>> m_pending;
    QList<qint64> m_failedOffsets;
    qint64 m_nextOffset = 0; // next offset to deliver
    qint64 m_loaded = 0;
    qint64 m_total = -1;
    qint64 m_missing = 0;
    ApiError m_error;
    bool m_finished = false;
    bool m_cancelled = false;
    QTimer m_deliveryTimer;
};
