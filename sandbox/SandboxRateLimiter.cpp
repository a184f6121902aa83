#include "sandbox/SandboxRateLimiter.h"

SandboxRateLimiter::SandboxRateLimiter(Window shortWindow, Window longWindow)
    : m_short(shortWindow)
    , m_long(longWindow) {}

bool SandboxRateLimiter::hasRoom(std::deque<qint64> &times, const Window &window, qint64 nowMs) {
    // A request made exactly one window ago has left it.
    while (!times.empty() && times.front() <= nowMs - window.milliseconds)
        times.pop_front();
    return qsizetype(times.size()) < window.requests;
}

bool SandboxRateLimiter::admit(int keyId, qint64 nowMs) {
    if (!m_enabled)
        return true;
    History &history = m_history[keyId];
    const bool shortOk = hasRoom(history.shortTimes, m_short, nowMs);
    const bool longOk = hasRoom(history.longTimes, m_long, nowMs);
    if (!shortOk || !longOk)
        return false;
    history.shortTimes.push_back(nowMs);
    history.longTimes.push_back(nowMs);
    return true;
}
