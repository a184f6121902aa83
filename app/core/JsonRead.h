#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

class FastJsonValue;

// Lenient readers for API JSON: a missing key, a null or a value of the wrong type gives the
// fallback instead of failing, so one odd field never costs the rest of a page.
class JsonRead {
public:
    // The paging object of a list reply.
    struct Paging {
        qint64 total = 0;
        int limit = 0;
        qint64 offset = 0;
    };
    // A list reply: the array under collectionKey (which an empty page may leave out) and the
    // paging object. False, with a reason, for a body that is not a JSON object. A missing
    // total is counted from what arrived.
    static bool page(const QByteArray &body, QLatin1String collectionKey, QJsonArray *items,
                     Paging *paging, QString *error);
    // page(), then each entry read with Item::fromJson(const QJsonObject &, Item *): entries
    // that are not objects or not readable are counted in *skipped, not kept.
    template <typename Item>
    static bool typedPage(const QByteArray &body, QLatin1String collectionKey, QList<Item> *out,
                          int *skipped, Paging *paging, QString *error) {
        QJsonArray items;
        if (!page(body, collectionKey, &items, paging, error))
            return false;
        out->clear();
        *skipped = 0;
        for (const QJsonValue &value : std::as_const(items)) {
            Item item;
            if (value.isObject() && Item::fromJson(value.toObject(), &item))
                *out << item;
            else
                ++*skipped;
        }
        return true;
    }
    // Integral numbers and strings of digits; anything else (fractions, out of range) -> fallback.
    static qint64 integer(const QJsonValue &value, qint64 fallback = 0);
    // An integer clamped into [min, max]; fallback when absent or not an integer.
    static int bounded(const QJsonValue &value, int min, int max, int fallback);
    static QString string(const QJsonValue &value, const QString &fallback = {});
    // true/false, 0/1 and "true"/"false"/"0"/"1".
    static bool boolean(const QJsonValue &value, bool fallback = false);
    static QStringList stringList(const QJsonValue &value);
    static QJsonObject object(const QJsonValue &value) { return value.toObject(); }
    // yyyy-MM-dd, or the date part of an ISO 8601 date-time.
    static QDate date(const QJsonValue &value);
    // ISO 8601 with offset ("2016-02-10T17:06:15+00:00"), converted to UTC.
    static QDateTime dateTime(const QJsonValue &value);
    // Money stays a decimal string: "454.00". Numbers are turned into their shortest text.
    static QString decimal(const QJsonValue &value);
    // The paging object; a missing total is counted from the items that arrived.
    static Paging paging(const QJsonValue &page, qint64 items);

    // The same for values of a document parsed by simdjson.
    static qint64 integer(const FastJsonValue &value, qint64 fallback = 0);
    static int bounded(const FastJsonValue &value, int min, int max, int fallback);
    static QString string(const FastJsonValue &value, const QString &fallback = {});
    static bool boolean(const FastJsonValue &value, bool fallback = false);
    static QStringList stringList(const FastJsonValue &value);
    static QDate date(const FastJsonValue &value);
    static QDateTime dateTime(const FastJsonValue &value);
    static QString decimal(const FastJsonValue &value);
    static Paging paging(const FastJsonValue &page, qint64 items);
};
