#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Filters and sort for List orders. validate() names the field and what is allowed.
struct OrderQuery {
    Q_DECLARE_TR_FUNCTIONS(OrderQuery)

public:
    // One of statuses(), or empty for all. "expired" is CertDesk's: it is sent as issued with a
    // valid_till before today.
    QString status;
    QString search;
    QString sort;              // a field, "-field" for descending; empty for the API's default
    QString productNameId;     // empty: every product
    qint64 organizationId = 0; // 0: every organization
    qint64 containerId = 0;    // 0: every container
    // Certificates ending on or after validTillFrom and on or before validTillTo; an invalid
    // date leaves that end open. Orders without an end date never match a range.
    QDate validTillFrom;
    QDate validTillTo;
    int pageSize = 1000;
    // The day "expired" counts from; invalid: today in UTC.
    QDate today;

    static QStringList statuses();
    static QStringList sortFields();
    static constexpr int kMaxPageSize = 1000;

    // Empty when the query can be sent, else a message naming the field.
    QString validate() const;
    QUrlQuery toUrlQuery(qint64 offset) const;
    // The filters[status] value sent for status.
    QString apiStatus() const;
    // filters[valid_till] for the range: "a...b", ">day-before-from", "<day-after-to", or empty.
    // For "expired" the range ends yesterday at the latest.
    QString validTillFilter() const;
    bool hasFilters() const;
};
