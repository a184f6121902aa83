#include "api/RateLimiter.h"

#include <algorithm>

RateLimiter::RateLimiter()
    : RateLimiter(certCentralWindows()) {}

RateLimiter::RateLimiter(QList<Window> windows)
    : m_windows(std::move(windows)) {
    for (const Window &w : m_windows)
        m_longestMs = std::max(m_longestMs, w.lengthMs);
}

QList<RateLimiter::Window> RateLimiter::certCentralWindows() {
    // 250 ms of margin on each window.
    return {{100, 5250}, {1000, 180250}};
}

void RateLimiter::prune(qint64 nowMs) const {
    while (!m_sent.empty() && m_sent.front() <= nowMs - m_longestMs)
        m_sent.pop_front();
}

qint64 RateLimiter::delayUntilAllowed(qint64 nowMs) const {
    prune(nowMs);
    qint64 wait = 0;
    for (const Window &w : m_windows) {
        if (w.limit <= 0)
            continue;
        // Requests inside (nowMs - length, nowMs].
        const auto first = std::upper_bound(m_sent.begin(), m_sent.end(), nowMs - w.lengthMs);
        const qint64 inside = m_sent.end() - first;
        if (inside >= w.limit) {
            // The oldest request that must leave the window before one more fits.
            const qint64 leaving = *(m_sent.end() - w.limit);
            wait = std::max(wait, leaving + w.lengthMs - nowMs + 1);
        }
    }
    return wait;
}

void RateLimiter::record(qint64 nowMs) {
    if (!m_sent.empty() && nowMs < m_sent.back())
        nowMs = m_sent.back(); // keep the list sorted even if a caller's clock steps back
    m_sent.push_back(nowMs);
    prune(nowMs);
}

int RateLimiter::usedInFirstWindow(qint64 nowMs) const {
    if (m_windows.isEmpty())
        return 0;
    prune(nowMs);
    const auto first =
        std::upper_bound(m_sent.begin(), m_sent.end(), nowMs - m_windows.first().lengthMs);
    return int(m_sent.end() - first);
}
