#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

qint64 JsonRead::integer(const QJsonValue &value, qint64 fallback) {
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

int JsonRead::bounded(const QJsonValue &value, int min, int max, int fallback) {
    constexpr qint64 kMissing = std::numeric_limits<qint64>::min();
    const qint64 v = integer(value, kMissing);
    if (v == kMissing)
        return fallback;
    return int(std::clamp<qint64>(v, min, max));
}

QString JsonRead::string(const QJsonValue &value, const QString &fallback) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 asInt = integer(value, std::numeric_limits<qint64>::min());
        if (asInt != std::numeric_limits<qint64>::min())
            return QString::number(asInt);
    }
    return fallback;
}

bool JsonRead::boolean(const QJsonValue &value, bool fallback) {
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

QStringList JsonRead::stringList(const QJsonValue &value) {
    QStringList out;
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (!s.isEmpty())
            out << s;
        return out;
    }
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        // The API used to send [" "] as a placeholder for "no names".
        const QString s = item.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QDate JsonRead::date(const QJsonValue &value) {
    const QString s = value.toString().trimmed();
    if (s.size() < 10)
        return {};
    return QDate::fromString(s.left(10), Qt::ISODate);
}

QDateTime JsonRead::dateTime(const QJsonValue &value) {
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

QString JsonRead::decimal(const QJsonValue &value) {
    static const QRegularExpression kDecimal(QStringLiteral("^-?\\d{1,15}(\\.\\d{1,6})?$"));
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        return kDecimal.match(s).hasMatch() ? s : QString();
    }
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return QString::number(value.toDouble(), 'f', 2);
    return {};
}

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
    const QJsonObject p = root.value(QLatin1String("page")).toObject();
    paging->total = qMax<qint64>(0, integer(p.value(QLatin1String("total")), 0));
    paging->limit = bounded(p.value(QLatin1String("limit")), 0, 1000000, 0);
    paging->offset = qMax<qint64>(0, integer(p.value(QLatin1String("offset"))));
    if (!p.contains(QLatin1String("total")))
        paging->total = paging->offset + items->size();
    return true;
}
