#pragma once

#include <QList>
#include <QtGlobal>

#include <deque>

// Client-side sliding-window limits (CertCentral: 100 requests / 5 s and 1000 / 3 min per key).
// Times are milliseconds on a monotonic clock supplied by the caller, so tests can drive it.
class RateLimiter {
public:
    struct Window {
        int limit;
        qint64 lengthMs;
    };

    RateLimiter();
    explicit RateLimiter(QList<Window> windows);

    // The defaults with a small margin, so clocks that tick differently never trip the server.
    static QList<Window> certCentralWindows();

    // 0 when a request may be sent at nowMs, else how long to wait.
    qint64 delayUntilAllowed(qint64 nowMs) const;
    // Records a request sent at nowMs.
    void record(qint64 nowMs);
    // Requests in the first window at nowMs, for "37/100 per 5 s".
    int usedInFirstWindow(qint64 nowMs) const;
    const QList<Window> &windows() const { return m_windows; }

private:
    void prune(qint64 nowMs) const;

    QList<Window> m_windows;
    mutable std::deque<qint64> m_sent; // send times, oldest first
    qint64 m_longestMs = 0;
};
