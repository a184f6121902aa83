#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUrlQuery>

// What the balance history shows: one division's adjustments in a date range, and of one
// transaction type. The division and the dates go to the API (container_id,
// filters[transaction_date]=from...to, "List balance history" on dev.digicert.com); the type
// is matched on the loaded rows, because the documented filters[adjust_type] takes codes whose
// mapping to transaction_type names is not on the stored pages ([inferred], ARCHITECTURE.md).
struct BalanceHistoryQuery {
    Q_DECLARE_TR_FUNCTIONS(BalanceHistoryQuery)

public:
    qint64 containerId = 0;  // 0: the caller's own division
    QDate from;              // null: no lower bound
    QDate to;                // null: today
    QString transactionType; // empty: every type

    // The earliest date sent when only the end of a range is given.
    static QDate earliest() { return QDate(2000, 1, 1); }

    // Reads "YYYY-MM-DD" (empty: no bound) into *date; false with the message naming field.
    static bool parseDate(const QString &text, const QString &field, QDate *date, QString *error);
    // Empty when the query can be sent, else the problem naming the field by its label
    // ("From" and "To" in the window, "--from" and "--to" in the CLI).
    QString validate(const QDate &today, const QString &fromLabel = QStringLiteral("From"),
                     const QString &toLabel = QStringLiteral("To")) const;
    // One page: container_id, filters[transaction_date], sort=-transaction_date, limit, offset.
    QUrlQuery urlQuery(qint64 offset, const QDate &today, int limit = 1000) const;
    // Whether an adjustment of this transaction type is shown (case-insensitive).
    bool matchesType(const QString &type) const;
};
