#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Faults for testing clients, armed by command-line flags (the start-up settings) and through
// /__sandbox/faults: extra latency; the next N API requests failing with a chosen status; 429
// on every Nth request; 503 windows; connections closed before the reply, after the headers or
// in the middle of the body; malformed JSON; an HTML page instead of JSON; an empty 200; and a
// reply lost after a write was applied.
class SandboxFaults {
public:
    enum class Action {
        None,
        Fail,
        Close,
        CloseAfterHeaders,
        TruncateBody,
        MalformedJson,
        WrongContentType,
        EmptyOk,
        LoseReply
    };

    // Periodic faults: every Nth eligible request (0 = off).
    struct Settings {
        int latencyMs = 0;
        int rateLimitEvery = 0;
        int unavailableEveryMs = 0; // 503 window: the first unavailableForMs of every period
        int unavailableForMs = 0;
        int closeEvery = 0;
        int closeAfterHeadersEvery = 0;
        int truncateBodyEvery = 0;
        int malformedJsonEvery = 0;
        int loseReplyEvery = 0;
    };

    static constexpr int kMaxCount = 100000;
    static constexpr int kMaxMs = 3600000;

    SandboxFaults() = default;
    explicit SandboxFaults(const Settings &baseline);

    int latencyMs() const { return m_settings.latencyMs; }

    // Applies a POST body; keys it does not name keep their value. All-or-nothing: on a bad
    // body nothing changes and errorCode/errorMessage say why.
    bool apply(const QJsonObject &body, qint64 nowMs, QString *errorCode, QString *errorMessage);
    // Back to the start-up settings.
    void clear();
    QJsonObject toJson(qint64 nowMs) const;

    // Before routing an API request that passed the key check: Close or Fail (with the status),
    // or None. Counts the request for the periodic faults.
    Action before(qint64 nowMs, int *failStatus);
    // After the handler produced its reply: LoseReply (writes only), CloseAfterHeaders,
    // TruncateBody (replies with a body), MalformedJson (JSON bodies only) or None.
    Action after(bool isWrite, bool hasBody, bool isJson);

    static bool isSupportedStatus(int status);

private:
    static bool every(int period, qint64 *counter);
    // One key of an apply() body; false with the error set when the value is refused.
    bool applySetting(const QString &key, const QJsonValue &value, qint64 nowMs, QString *errorCode,
                      QString *errorMessage);
    bool applyUnavailableWindow(const QJsonValue &value, QString *errorCode, QString *errorMessage);
    bool applyFailNext(const QJsonValue &value, QString *errorCode, QString *errorMessage);

    Settings m_baseline;
    Settings m_settings;
    int m_failStatus = 0;
    int m_failCount = 0;
    int m_closeNext = 0;
    int m_closeAfterHeadersNext = 0;
    int m_truncateBodyNext = 0;
    int m_malformedJsonNext = 0;
    int m_wrongContentTypeNext = 0;
    int m_emptyOkNext = 0;
    int m_loseReplyNext = 0;
    qint64 m_unavailableUntilMs = 0;
    qint64 m_requests = 0;
    qint64 m_closeCounter = 0;
    qint64 m_headersCounter = 0;
    qint64 m_truncateCounter = 0;
    qint64 m_malformedCounter = 0;
    qint64 m_loseCounter = 0;
};
