#pragma once

#include <QHash>

#include <deque>

// Per-key sliding windows: a request is admitted only when every window still has room, and
// only admitted requests are remembered, so rejected ones never count.
class SandboxRateLimiter {
public:
    struct Window {
        int requests = 0;
        qint64 milliseconds = 0;
    };

    SandboxRateLimiter() = default;
    SandboxRateLimiter(Window shortWindow, Window longWindow);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // nowMs comes from a monotonic clock. keyId identifies the API key (never the key itself).
    bool admit(int keyId, qint64 nowMs);

private:
    struct History {
        std::deque<qint64> shortTimes;
        std::deque<qint64> longTimes;
    };

    static bool hasRoom(std::deque<qint64> &times, const Window &window, qint64 nowMs);

    bool m_enabled = true;
    Window m_short{100, 5000};
    Window m_long{1000, 180000};
    QHash<int, History> m_history;
};
