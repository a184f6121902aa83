#include "sandbox/SandboxBodyReader.h"

#include <cmath>

SandboxBodyReader::SandboxBodyReader(const QJsonObject &object, const QString &prefix)
    : m_object(object)
    , m_prefix(prefix)
    , m_state(std::make_shared<State>()) {}

SandboxBodyReader::SandboxBodyReader(const QJsonObject &object, const QString &prefix,
                                     std::shared_ptr<State> state, bool present)
    : m_object(object)
    , m_prefix(prefix)
    , m_state(std::move(state))
    , m_present(present) {}

bool SandboxBodyReader::has(const QString &key) const {
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it.value().isNull() && !it.value().isUndefined();
}

QString SandboxBodyReader::path(const QString &key) const {
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void SandboxBodyReader::fail(int status, const QString &code, const QString &message) {
    if (m_state->failed)
        return;
    m_state->failed = true;
    m_state->reply = SandboxReply::error(status, code, message);
}

void SandboxBodyReader::missing(const QString &key) {
    fail(400, QStringLiteral("missing_param|") + path(key),
         QStringLiteral("%1 is required").arg(path(key)));
}

void SandboxBodyReader::invalid(const QString &key, const QString &message) {
    fail(400, QStringLiteral("invalid_value|") + path(key),
         QStringLiteral("%1: %2").arg(path(key), message));
}

QString SandboxBodyReader::string(const QString &key, Need need, int maxLength) {
    if (!ok())
        return QString();
    if (!has(key)) {
        if (need == Required)
            missing(key);
        return QString();
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        invalid(key, QStringLiteral("must be a string"));
        return QString();
    }
    const QString text = value.toString();
    if (text.isEmpty() && need == Required) {
        missing(key);
        return QString();
    }
    if (maxLength > 0 && text.size() > maxLength) {
        invalid(key, QStringLiteral("must be at most %1 characters").arg(maxLength));
        return QString();
    }
    return text;
}

QString SandboxBodyReader::oneOf(const QString &key, const QStringList &allowed, Need need) {
    const QString text = string(key, need);
    if (!ok() || text.isEmpty())
        return text;
    if (!allowed.contains(text)) {
        invalid(key, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return QString();
    }
    return text;
}

std::optional<qint64> SandboxBodyReader::integer(const QString &key, qint64 min, qint64 max,
                                                 Need need) {
    if (!ok())
        return std::nullopt;
    if (!has(key)) {
        if (need == Required)
            missing(key);
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    qint64 number = 0;
    bool valid = false;
    if (value.isDouble()) {
        const double d = value.toDouble();
        valid = std::floor(d) == d && std::fabs(d) < 1e15;
        number = qint64(d);
    } else if (value.isString()) {
        QString text = value.toString();
        const bool negative = text.startsWith(QLatin1Char('-'));
        if (negative)
            text.remove(0, 1);
        valid = !text.isEmpty() && text.size() <= 15;
        for (const QChar c : text)
            valid = valid && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        number = valid ? text.toLongLong() * (negative ? -1 : 1) : 0;
    }
    if (!valid) {
        invalid(key, QStringLiteral("must be a whole number"));
        return std::nullopt;
    }
    if (number < min || number > max) {
        invalid(key, QStringLiteral("must be from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> SandboxBodyReader::boolean(const QString &key, Need need) {
    if (!ok())
        return std::nullopt;
    if (!has(key)) {
        if (need == Required)
            missing(key);
        return std::nullopt;
    }
    const QJsonValue value = m_object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    invalid(key, QStringLiteral("must be true or false"));
    return std::nullopt;
}

QJsonArray SandboxBodyReader::array(const QString &key, Need need, int maxItems) {
    if (!ok())
        return QJsonArray();
    if (!has(key)) {
        if (need == Required)
            missing(key);
        return QJsonArray();
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        invalid(key, QStringLiteral("must be an array"));
        return QJsonArray();
    }
    const QJsonArray items = value.toArray();
    if (need == Required && items.isEmpty()) {
        missing(key);
        return QJsonArray();
    }
    if (maxItems > 0 && items.size() > maxItems) {
        invalid(key, QStringLiteral("must have at most %1 entries").arg(maxItems));
        return QJsonArray();
    }
    return items;
}

QStringList SandboxBodyReader::stringList(const QString &key, Need need, int maxItems) {
    const QJsonArray items = array(key, need, maxItems);
    QStringList list;
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            invalid(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be a string"));
            return QStringList();
        }
        list << items.at(i).toString();
    }
    return list;
}

SandboxBodyReader SandboxBodyReader::child(const QString &key, Need need) {
    if (ok() && has(key) && !m_object.value(key).isObject())
        invalid(key, QStringLiteral("must be an object"));
    else if (ok() && !has(key) && need == Required)
        missing(key);
    const bool present = has(key) && m_object.value(key).isObject();
    return SandboxBodyReader(m_object.value(key).toObject(), path(key), m_state, present);
}

SandboxBodyReader SandboxBodyReader::element(const QString &key, const QJsonArray &array,
                                             int index) {
    const QString elementPath = QStringLiteral("%1[%2]").arg(path(key)).arg(index);
    const QJsonValue value = array.at(index);
    if (ok() && !value.isObject())
        fail(400, QStringLiteral("invalid_value|") + elementPath,
             QStringLiteral("%1 must be an object").arg(elementPath));
    return SandboxBodyReader(value.toObject(), elementPath, m_state, value.isObject());
}
