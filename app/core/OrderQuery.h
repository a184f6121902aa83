#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Filters and sort for List orders. validate() names the field and what is allowed.
struct OrderQuery {
    Q_DECLARE_TR_FUNCTIONS(OrderQuery)

public:
    QString status; // one of statuses(), or empty for all
    QString search;
    QString sort; // a field, "-field" for descending; empty for the API's default
    int pageSize = 1000;

    static QStringList statuses();
    static QStringList sortFields();
    static constexpr int kMaxPageSize = 1000;

    // Empty when the query can be sent, else a message naming the field.
    QString validate() const;
    QUrlQuery toUrlQuery(qint64 offset) const;
};
