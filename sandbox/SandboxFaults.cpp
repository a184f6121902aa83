#include "SandboxFaults.h"

#include "SandboxOptions.h"

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

SandboxFaults::SandboxFaults(int baselineLatencyMs)
    : m_baselineLatencyMs(baselineLatencyMs)
    , m_latencyMs(baselineLatencyMs) {}

bool SandboxFaults::isSupportedStatus(int status) {
    return status == 429 || status == 500 || status == 503;
}

bool SandboxFaults::apply(const QJsonObject &body, QString *errorCode, QString *errorMessage) {
    int latency = m_latencyMs;
    int failStatus = m_failStatus;
    int failCount = m_failCount;
    int closeCount = m_closeCount;

    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("latency_ms")) {
            if (!wholeNumber(value, 0, SandboxOptions::kMaxLatencyMs, &latency))
                return reject(errorCode, errorMessage, key,
                              QStringLiteral("latency_ms must be a whole number from 0 to %1")
                                  .arg(SandboxOptions::kMaxLatencyMs));
        } else if (key == QLatin1String("close_next")) {
            if (!wholeNumber(value, 0, kMaxCount, &closeCount))
                return reject(errorCode, errorMessage, key,
                              QStringLiteral("close_next must be a whole number from 0 to %1")
                                  .arg(kMaxCount));
        } else if (key == QLatin1String("fail_next")) {
            if (value.isNull()) {
                failStatus = 0;
                failCount = 0;
                continue;
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
            if (!wholeNumber(fail.value(QStringLiteral("status")), 100, 599, &failStatus) ||
                !isSupportedStatus(failStatus))
                return reject(errorCode, errorMessage, QStringLiteral("fail_next.status"),
                              QStringLiteral("fail_next.status must be one of 429, 500, 503"));
            failCount = 1;
            if (fail.contains(QStringLiteral("count")) &&
                !wholeNumber(fail.value(QStringLiteral("count")), 0, kMaxCount, &failCount))
                return reject(errorCode, errorMessage, QStringLiteral("fail_next.count"),
                              QStringLiteral("fail_next.count must be a whole number from 0 to %1")
                                  .arg(kMaxCount));
            if (failCount == 0)
                failStatus = 0;
        } else {
            return reject(errorCode, errorMessage, key,
                          QStringLiteral("unknown setting '%1'; use latency_ms, fail_next or "
                                         "close_next")
                              .arg(key));
        }
    }
    m_latencyMs = latency;
    m_failStatus = failStatus;
    m_failCount = failCount;
    m_closeCount = closeCount;
    return true;
}

void SandboxFaults::clear() {
    m_latencyMs = m_baselineLatencyMs;
    m_failStatus = 0;
    m_failCount = 0;
    m_closeCount = 0;
}

QJsonObject SandboxFaults::toJson() const {
    QJsonObject json{{QStringLiteral("latency_ms"), m_latencyMs},
                     {QStringLiteral("close_next"), m_closeCount}};
    if (m_failCount > 0)
        json.insert(QStringLiteral("fail_next"),
                    QJsonObject{{QStringLiteral("status"), m_failStatus},
                                {QStringLiteral("count"), m_failCount}});
    else
        json.insert(QStringLiteral("fail_next"), QJsonValue::Null);
    return json;
}

SandboxFaults::Action SandboxFaults::take(int *failStatus) {
    if (m_closeCount > 0) {
        --m_closeCount;
        return Action::Close;
    }
    if (m_failCount > 0) {
        *failStatus = m_failStatus;
        if (--m_failCount == 0)
            m_failStatus = 0;
        return Action::Fail;
    }
    return Action::None;
}
