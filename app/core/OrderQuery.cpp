#include "core/OrderQuery.h"

#include "core/PlainText.h"
#include "core/Product.h"
#include "core/SearchFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

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
    if (PlainText::forbiddenAt(search, false) >= 0)
        return tr("Search text must be printable characters on one line, without control "
                  "characters");
    if (!productNameId.isEmpty() && !Product::isNameId(productNameId))
        return tr("Product \"%1\" is not a product name id (lower-case letters, digits and _, "
                  "for example ssl_basic)")
            .arg(productNameId);
    if (organizationId < 0)
        return tr("Organization id must be a positive number");
    if (containerId < 0)
        return tr("Container id must be a positive number");
    if (validTillFrom.isValid() && validTillTo.isValid() && validTillFrom > validTillTo)
        return tr("Valid till: the first day (%1) is after the last day (%2)")
            .arg(validTillFrom.toString(Qt::ISODate), validTillTo.toString(Qt::ISODate));
    return {};
}

QUrlQuery OrderQuery::toUrlQuery(qint64 offset) const {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), apiStatus());
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"), SearchFilter::contains(search));
    if (!productNameId.isEmpty())
        query.addQueryItem(QStringLiteral("filters[product_name_id]"), productNameId);
    if (organizationId > 0)
        query.addQueryItem(QStringLiteral("filters[organization_id]"),
                           QString::number(organizationId));
    if (containerId > 0)
        query.addQueryItem(QStringLiteral("filters[container_id]"), QString::number(containerId));
    const QString validTill = validTillFilter();
    if (!validTill.isEmpty())
        query.addQueryItem(QStringLiteral("filters[valid_till]"),
                           QString::fromLatin1(QUrl::toPercentEncoding(validTill)));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), sort);
    return query;
}

QString OrderQuery::apiStatus() const {
    // "expired" is not a filter value (certcentral-docs.md 3.2): it is "issued" with a
    // valid_till in the past, which validTillFilter() adds.
    return status == QLatin1String("expired") ? QStringLiteral("issued") : status;
}

QString OrderQuery::validTillFilter() const {
    const auto day = [](const QDate &d) {
        return d.toString(QStringLiteral("yyyy-MM-dd"));
    };
    QDate to = validTillTo;
    if (status == QLatin1String("expired")) {
        const QDate lastExpired =
            (today.isValid() ? today : QDateTime::currentDateTimeUtc().date()).addDays(-1);
        if (!to.isValid() || to > lastExpired)
            to = lastExpired;
    }
    if (validTillFrom.isValid() && to.isValid())
        return day(validTillFrom) + QStringLiteral("...") + day(to);
    if (validTillFrom.isValid())
        return QLatin1Char('>') + day(validTillFrom.addDays(-1));
    if (to.isValid())
        return QLatin1Char('<') + day(to.addDays(1));
    return {};
}

bool OrderQuery::hasFilters() const {
    return !status.isEmpty() || !search.trimmed().isEmpty() || !productNameId.isEmpty() ||
           organizationId > 0 || containerId > 0 || validTillFrom.isValid() ||
           validTillTo.isValid();
}
