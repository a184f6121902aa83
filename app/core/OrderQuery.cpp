#include "OrderQuery.h"

#include <QCoreApplication>

QStringList OrderQuery::statuses() {
    return {QStringLiteral("pending"),         QStringLiteral("issued"),
            QStringLiteral("revoked"),         QStringLiteral("expired"),
            QStringLiteral("rejected"),        QStringLiteral("canceled"),
            QStringLiteral("reissue_pending"), QStringLiteral("waiting_pickup")};
}

QStringList OrderQuery::sortFields() {
    return {QStringLiteral("id"),         QStringLiteral("date_created"),
            QStringLiteral("valid_till"), QStringLiteral("common_name"),
            QStringLiteral("status"),     QStringLiteral("product_name_id")};
}

QString OrderQuery::validate() const {
    if (!status.isEmpty() && !statuses().contains(status))
        return tr("Status \"%1\" is not known; use one of: %2")
            .arg(status, statuses().join(QStringLiteral(", ")));
    const QString field = sort.startsWith(QLatin1Char('-')) ? sort.mid(1) : sort;
    if (!sort.isEmpty() && !sortFields().contains(field))
        return tr("Sort field \"%1\" is not known; use one of: %2 (prefix - for descending)")
            .arg(field, sortFields().join(QStringLiteral(", ")));
    if (pageSize < 1 || pageSize > kMaxPageSize)
        return tr("Page size must be between 1 and %1").arg(kMaxPageSize);
    if (search.size() > 255)
        return tr("Search text must be at most 255 characters");
    return {};
}

QUrlQuery OrderQuery::toUrlQuery(qint64 offset) const {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), status);
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"),
                           QString::fromLatin1(QUrl::toPercentEncoding(search.trimmed())));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), sort);
    return query;
}
