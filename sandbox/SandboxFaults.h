#pragma once

#include <QJsonObject>
#include <QString>

// Faults a test arms through /__sandbox/faults: extra latency, the next N API requests failing
// with a chosen status, or the next N API requests closing the connection without a reply.
class SandboxFaults {
public:
    enum class Action { None, Fail, Close };

    static constexpr int kMaxCount = 100000;

    explicit SandboxFaults(int baselineLatencyMs = 0);

    int latencyMs() const { return m_latencyMs; }

    // Applies a POST body; keys it does not name keep their value. All-or-nothing: on a bad
    // body nothing changes and errorCode/errorMessage say why.
    bool apply(const QJsonObject &body, QString *errorCode, QString *errorMessage);
    // Back to the state at start-up (latency returns to --latency-ms).
    void clear();
    QJsonObject toJson() const;

    // Consumes one armed fault for an API request. Close faults go first, then fail faults.
    Action take(int *failStatus);

    static bool isSupportedStatus(int status);

private:
    int m_baselineLatencyMs = 0;
    int m_latencyMs = 0;
    int m_failStatus = 0;
    int m_failCount = 0;
    int m_closeCount = 0;
};
