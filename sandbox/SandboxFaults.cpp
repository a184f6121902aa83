#include "sandbox/SandboxFaults.h"

#include "sandbox/SandboxOptions.h"

#include <QJsonValue>

#include <cmath>

namespace {

// JSON numbers are doubles; accept only whole numbers within [low, high].
bool wholeNumber(const QJsonValue &value, int low, int high, int *result) {
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < low || number > high)
        return false;
    *result = int(number);
    return true;
}

bool reject(QString *code, QString *message, const QString &field, const QString &text) {
    *code = QStringLiteral("invalid_value|") + field;
    *message = text;
    return false;
}

} // namespace

SandboxFaults::SandboxFaults(const Settings &baseline)
    : m_baseline(baseline)
    , m_settings(baseline) {}

bool SandboxFaults::isSupportedStatus(int status) {
    return status == 429 || status == 500 || status == 503;
}

bool SandboxFaults::every(int period, qint64 *counter) {
    if (period <= 0)
        return false;
    ++*counter;
    return *counter % period == 0;
}

bool SandboxFaults::apply(const QJsonObject &body, qint64 nowMs, QString *errorCode,
                          QString *errorMessage) {
    // All-or-nothing: the settings change on a copy, which replaces these only when every key
    // was accepted.
    SandboxFaults next = *this;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!next.applySetting(it.key(), it.value(), nowMs, errorCode, errorMessage))
            return false;
    }
    *this = next;
    return true;
}

bool SandboxFaults::applySetting(const QString &key, const QJsonValue &value, qint64 nowMs,
                                 QString *errorCode, QString *errorMessage) {
    struct CountKey {
        const char *name;
        int *target;
        int max;
    };
    const CountKey counts[] = {
        {"latency_ms", &m_settings.latencyMs, SandboxOptions::kMaxLatencyMs},
        {"close_next", &m_closeNext, kMaxCount},
        {"close_after_headers_next", &m_closeAfterHeadersNext, kMaxCount},
        {"truncate_body_next", &m_truncateBodyNext, kMaxCount},
        {"malformed_json_next", &m_malformedJsonNext, kMaxCount},
        {"wrong_content_type_next", &m_wrongContentTypeNext, kMaxCount},
        {"empty_ok_next", &m_emptyOkNext, kMaxCount},
        {"lose_reply_next", &m_loseReplyNext, kMaxCount},
        {"rate_limit_every", &m_settings.rateLimitEvery, kMaxCount},
        {"close_every", &m_settings.closeEvery, kMaxCount},
        {"close_after_headers_every", &m_settings.closeAfterHeadersEvery, kMaxCount},
        {"truncate_body_every", &m_settings.truncateBodyEvery, kMaxCount},
        {"malformed_json_every", &m_settings.malformedJsonEvery, kMaxCount},
        {"lose_reply_every", &m_settings.loseReplyEvery, kMaxCount},
    };
    for (const CountKey &count : counts) {
        if (key != QLatin1String(count.name))
            continue;
        if (!wholeNumber(value, 0, count.max, count.target))
            return reject(
                errorCode, errorMessage, key,
                QStringLiteral("%1 must be a whole number from 0 to %2").arg(key).arg(count.max));
        return true;
    }
    if (key == QLatin1String("unavailable_for_ms")) {
        int ms = 0;
        if (!wholeNumber(value, 0, kMaxMs, &ms))
            return reject(errorCode, errorMessage, key,
                          QStringLiteral("unavailable_for_ms must be a whole number from 0 "
                                         "to %1")
                              .arg(kMaxMs));
        m_unavailableUntilMs = ms > 0 ? nowMs + ms : 0;
        return true;
    }
    if (key == QLatin1String("unavailable_window"))
        return applyUnavailableWindow(value, errorCode, errorMessage);
    if (key == QLatin1String("fail_next"))
        return applyFailNext(value, errorCode, errorMessage);
    return reject(errorCode, errorMessage, key,
                  QStringLiteral("unknown setting '%1'; see the README for the fault "
                                 "settings")
                      .arg(key));
}

bool SandboxFaults::applyUnavailableWindow(const QJsonValue &value, QString *errorCode,
                                           QString *errorMessage) {
    if (value.isNull()) {
        m_settings.unavailableEveryMs = 0;
        m_settings.unavailableForMs = 0;
        return true;
    }
    const QJsonObject window = value.toObject();
    int period = 0;
    int duration = 0;
    if (!value.isObject() || window.size() != 2 ||
        !wholeNumber(window.value(QStringLiteral("every_ms")), 1, kMaxMs, &period) ||
        !wholeNumber(window.value(QStringLiteral("duration_ms")), 1, kMaxMs, &duration) ||
        duration > period)
        return reject(errorCode, errorMessage, QStringLiteral("unavailable_window"),
                      QStringLiteral("unavailable_window must be {\"every_ms\": N, "
                                     "\"duration_ms\": M} with 1 <= M <= N <= %1, or "
                                     "null")
                          .arg(kMaxMs));
    m_settings.unavailableEveryMs = period;
    m_settings.unavailableForMs = duration;
    return true;
}

bool SandboxFaults::applyFailNext(const QJsonValue &value, QString *errorCode,
                                  QString *errorMessage) {
    const QString key = QStringLiteral("fail_next");
    if (value.isNull()) {
        m_failStatus = 0;
        m_failCount = 0;
        return true;
    }
    if (!value.isObject())
        return reject(errorCode, errorMessage, key,
                      QStringLiteral("fail_next must be an object such as "
                                     "{\"status\": 503, \"count\": 2}, or null"));
    const QJsonObject fail = value.toObject();
    for (auto f = fail.constBegin(); f != fail.constEnd(); ++f) {
        if (f.key() != QLatin1String("status") && f.key() != QLatin1String("count"))
            return reject(errorCode, errorMessage, key + QLatin1Char('.') + f.key(),
                          QStringLiteral("fail_next accepts only status and count"));
    }
    if (!wholeNumber(fail.value(QStringLiteral("status")), 100, 599, &m_failStatus) ||
        !isSupportedStatus(m_failStatus))
        return reject(errorCode, errorMessage, QStringLiteral("fail_next.status"),
                      QStringLiteral("fail_next.status must be one of 429, 500, 503"));
    m_failCount = 1;
    if (fail.contains(QStringLiteral("count")) &&
        !wholeNumber(fail.value(QStringLiteral("count")), 0, kMaxCount, &m_failCount))
        return reject(
            errorCode, errorMessage, QStringLiteral("fail_next.count"),
            QStringLiteral("fail_next.count must be a whole number from 0 to %1").arg(kMaxCount));
    if (m_failCount == 0)
        m_failStatus = 0;
    return true;
}

void SandboxFaults::clear() {
    *this = SandboxFaults(m_baseline);
}

QJsonObject SandboxFaults::toJson(qint64 nowMs) const {
    QJsonObject json{
        {QStringLiteral("latency_ms"), m_settings.latencyMs},
        {QStringLiteral("close_next"), m_closeNext},
        {QStringLiteral("close_after_headers_next"), m_closeAfterHeadersNext},
        {QStringLiteral("truncate_body_next"), m_truncateBodyNext},
        {QStringLiteral("malformed_json_next"), m_malformedJsonNext},
        {QStringLiteral("wrong_content_type_next"), m_wrongContentTypeNext},
        {QStringLiteral("empty_ok_next"), m_emptyOkNext},
        {QStringLiteral("lose_reply_next"), m_loseReplyNext},
        {QStringLiteral("rate_limit_every"), m_settings.rateLimitEvery},
        {QStringLiteral("close_every"), m_settings.closeEvery},
        {QStringLiteral("close_after_headers_every"), m_settings.closeAfterHeadersEvery},
        {QStringLiteral("truncate_body_every"), m_settings.truncateBodyEvery},
        {QStringLiteral("malformed_json_every"), m_settings.malformedJsonEvery},
        {QStringLiteral("lose_reply_every"), m_settings.loseReplyEvery},
        {QStringLiteral("unavailable_for_ms"), int(qMax<qint64>(0, m_unavailableUntilMs - nowMs))}};
    if (m_failCount > 0)
        json.insert(QStringLiteral("fail_next"),
                    QJsonObject{{QStringLiteral("status"), m_failStatus},
                                {QStringLiteral("count"), m_failCount}});
    else
        json.insert(QStringLiteral("fail_next"), QJsonValue::Null);
    if (m_settings.unavailableEveryMs > 0)
        json.insert(QStringLiteral("unavailable_window"),
                    QJsonObject{{QStringLiteral("every_ms"), m_settings.unavailableEveryMs},
                                {QStringLiteral("duration_ms"), m_settings.unavailableForMs}});
    else
        json.insert(QStringLiteral("unavailable_window"), QJsonValue::Null);
    return json;
}

SandboxFaults::Action SandboxFaults::before(qint64 nowMs, int *failStatus) {
    ++m_requests;
    if (m_closeNext > 0) {
        --m_closeNext;
        return Action::Close;
    }
    if (m_failCount > 0) {
        *failStatus = m_failStatus;
        if (--m_failCount == 0)
            m_failStatus = 0;
        return Action::Fail;
    }
    const bool inWindow = m_settings.unavailableEveryMs > 0 &&
                          nowMs % m_settings.unavailableEveryMs < m_settings.unavailableForMs;
    if (nowMs < m_unavailableUntilMs || inWindow) {
        *failStatus = 503;
        return Action::Fail;
    }
    if (m_settings.rateLimitEvery > 0 && m_requests % m_settings.rateLimitEvery == 0) {
        *failStatus = 429;
        return Action::Fail;
    }
    if (every(m_settings.closeEvery, &m_closeCounter))
        return Action::Close;
    return Action::None;
}

SandboxFaults::Action SandboxFaults::after(bool isWrite, bool hasBody, bool isJson) {
    if (isWrite) {
        if (m_loseReplyNext > 0) {
            --m_loseReplyNext;
            return Action::LoseReply;
        }
        if (every(m_settings.loseReplyEvery, &m_loseCounter))
            return Action::LoseReply;
    }
    if (m_closeAfterHeadersNext > 0) {
        --m_closeAfterHeadersNext;
        return Action::CloseAfterHeaders;
    }
    if (every(m_settings.closeAfterHeadersEvery, &m_headersCounter))
        return Action::CloseAfterHeaders;
    if (hasBody) {
        if (m_truncateBodyNext > 0) {
            --m_truncateBodyNext;
            return Action::TruncateBody;
        }
        if (every(m_settings.truncateBodyEvery, &m_truncateCounter))
            return Action::TruncateBody;
    }
    if (isJson) {
        if (m_malformedJsonNext > 0) {
            --m_malformedJsonNext;
            return Action::MalformedJson;
        }
        if (every(m_settings.malformedJsonEvery, &m_malformedCounter))
            return Action::MalformedJson;
        if (m_wrongContentTypeNext > 0) {
            --m_wrongContentTypeNext;
            return Action::WrongContentType;
        }
        if (m_emptyOkNext > 0) {
            --m_emptyOkNext;
            return Action::EmptyOk;
        }
    }
    return Action::None;
}
