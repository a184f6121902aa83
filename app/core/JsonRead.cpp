#include "core/JsonRead.h"

#include "core/FastJsonValue.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

template <typename V> qint64 integerOf(const V &value, qint64 fallback) {
    if (value.isDouble()) {
        const double d = value.toDouble();
        // 2^53: beyond it a double no longer holds every integer exactly.
        constexpr double kExactLimit = 9007199254740992.0;
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kExactLimit)
            return fallback;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        return ok ? parsed : fallback;
    }
    return fallback;
}

template <typename V> int boundedOf(const V &value, int min, int max, int fallback) {
    constexpr qint64 kMissing = std::numeric_limits<qint64>::min();
    const qint64 v = integerOf(value, kMissing);
    if (v == kMissing)
        return fallback;
    return int(std::clamp<qint64>(v, min, max));
}

template <typename V> QString stringOf(const V &value, const QString &fallback) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 asInt = integerOf(value, std::numeric_limits<qint64>::min());
        if (asInt != std::numeric_limits<qint64>::min())
            return QString::number(asInt);
    }
    return fallback;
}

template <typename V> bool booleanOf(const V &value, bool fallback) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0"))
            return false;
    }
    return fallback;
}

template <typename V> QStringList stringListOf(const V &value) {
    QStringList out;
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (!s.isEmpty())
            out << s;
        return out;
    }
    const auto array = value.toArray();
    out.reserve(array.size());
    for (const auto &item : array) {
        // The API used to send [" "] as a placeholder for "no names".
        const QString s = item.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

template <typename V> QDate dateOf(const V &value) {
    const QString s = value.toString().trimmed();
    if (s.size() < 10)
        return {};
    return QDate::fromString(s.left(10), Qt::ISODate);
}

template <typename V> QDateTime dateTimeOf(const V &value) {
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid()) {
        // "2023-05-14 17:31:18" appears in some listings: read it as UTC.
        dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (dt.isValid())
            dt.setTimeSpec(Qt::UTC);
    }
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

template <typename V> QString decimalOf(const V &value) {
    static const QRegularExpression kDecimal(QStringLiteral("^-?\\d{1,15}(\\.\\d{1,6})?$"));
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        return kDecimal.match(s).hasMatch() ? s : QString();
    }
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return QString::number(value.toDouble(), 'f', 2);
    return {};
}

template <typename V> JsonRead::Paging pagingOf(const V &value, qint64 items) {
    const auto p = value.toObject();
    JsonRead::Paging paging;
    paging.total = qMax<qint64>(0, integerOf(p.value(QLatin1String("total")), 0));
    paging.limit = boundedOf(p.value(QLatin1String("limit")), 0, 1000000, 0);
    paging.offset = qMax<qint64>(0, integerOf(p.value(QLatin1String("offset")), 0));
    if (!p.contains(QLatin1String("total")))
        paging.total = paging.offset + items;
    return paging;
}

} // namespace

// The same rules for Qt's values and simdjson's (FastJsonValue).
#define CERTDESK_JSONREAD_FOR(V)                                                                   \
    qint64 JsonRead::integer(const V &value, qint64 fallback) {                                    \
        return integerOf(value, fallback);                                                         \
    }                                                                                              \
    int JsonRead::bounded(const V &value, int min, int max, int fallback) {                        \
        return boundedOf(value, min, max, fallback);                                               \
    }                                                                                              \
    QString JsonRead::string(const V &value, const QString &fallback) {                            \
        return stringOf(value, fallback);                                                          \
    }                                                                                              \
    bool JsonRead::boolean(const V &value, bool fallback) {                                        \
        return booleanOf(value, fallback);                                                         \
    }                                                                                              \
    QStringList JsonRead::stringList(const V &value) {                                             \
        return stringListOf(value);                                                                \
    }                                                                                              \
    QDate JsonRead::date(const V &value) {                                                         \
        return dateOf(value);                                                                      \
    }                                                                                              \
    QDateTime JsonRead::dateTime(const V &value) {                                                 \
        return dateTimeOf(value);                                                                  \
    }                                                                                              \
    QString JsonRead::decimal(const V &value) {                                                    \
        return decimalOf(value);                                                                   \
    }                                                                                              \
    JsonRead::Paging JsonRead::paging(const V &page, qint64 items) {                               \
        return pagingOf(page, items);                                                              \
    }

CERTDESK_JSONREAD_FOR(QJsonValue)
CERTDESK_JSONREAD_FOR(FastJsonValue)
#undef CERTDESK_JSONREAD_FOR

bool JsonRead::page(const QByteArray &body, QLatin1String collectionKey, QJsonArray *items,
                    Paging *paging, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("JsonRead", "Invalid JSON at byte %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())
                    : QCoreApplication::translate("JsonRead", "Expected a JSON object with \"%1\"")
                          .arg(collectionKey);
        }
        return false;
    }
    const QJsonObject root = doc.object();
    *items = root.value(collectionKey).toArray();
    *paging = JsonRead::paging(root.value(QLatin1String("page")), items->size());
    return true;
}
