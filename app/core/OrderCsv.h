#pragma once

#include "core/Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// Orders as CSV (RFC 4180), the same for the orders page's export and certdesk-cli: one
// column id per field, dates as yyyy-MM-dd, and cells that a spreadsheet would run as a
// formula (starting with = + - @ or a tab) prefixed with an apostrophe.
class OrderCsv {
    Q_DECLARE_TR_FUNCTIONS(OrderCsv)

public:
    // Every column id, in the orders table's order.
    static QStringList allColumns();
    // The columns the CLI prints by default (the table's default visible columns).
    static QStringList defaultColumns();
    // Empty when every id is known, else a message naming the unknown one.
    static QString validateColumns(const QStringList &columns);

    // One cell; today fills days_remaining when the API did not send it.
    static QString value(const Order &order, const QString &column, const QDate &today);
    static QString escape(const QString &cell);
    static QString line(const QStringList &cells); // with CRLF

    // Parses CSV text into rows of cells (quotes, doubled quotes, CRLF or LF, apostrophe
    // prefixes removed). For tests and a later import.
    static QList<QStringList> parse(const QString &text);
};
