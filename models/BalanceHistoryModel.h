#pragma once

#include "core/BalanceAdjustment.h"

#include "models/RowTableModel.h"

#include <QList>
#include <QLocale>

// The balance history of the Finance page: date, division, type, amount (credits positive,
// debits negative, in the user's locale), balance after, order and note (an invoice paid in
// the console shows here as "Payment for invoice #100001").
class BalanceHistoryModel : public RowTableModel<BalanceAdjustment> {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        DivisionColumn,
        TypeColumn,
        AmountColumn,
        BalanceAfterColumn,
        OrderColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { AdjustmentIdRole = Qt::UserRole + 1, SortRole };

    explicit BalanceHistoryModel(QObject *parent = nullptr);

    void appendAdjustments(const QList<BalanceAdjustment> &adjustments) { appendRows(adjustments); }
    const BalanceAdjustment &adjustmentAt(int row) const { return rowAt(row); }
    const QList<BalanceAdjustment> &adjustments() const { return rows(); }
    // The transaction types of the loaded rows, sorted, each once (the type filter's choices).
    QStringList transactionTypes() const;
    // Amounts and dates are written the way this locale writes them (tests pin it).
    void setLocale(const QLocale &locale);
    // The rows as CSV (RFC 4180 via OrderCsv, a header line, credit and debit as the API's
    // decimal strings, dates in ISO 8601 UTC) for a spreadsheet.
    // With a type, only the rows of that transaction type (case-insensitive).
    QByteArray toCsv(const QString &transactionType = {}) const;

protected:
    QVariant rowData(const BalanceAdjustment &adjustment, int column, int role) const override;

private:
    // The columns read the locale through this pointer, set before any row is shown.
    static QList<ColumnSpec> columns(const QLocale *locale);

    QLocale m_locale;
};
