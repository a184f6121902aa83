#pragma once

#include "Invoice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// The invoices of the Finance page: number, purchase order, division, dates, amounts (in the
// user's locale, from the API's decimal strings) and the status in words with an icon.
class InvoicesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        PurchaseOrderColumn,
        DivisionColumn,
        DateColumn,
        DueDateColumn,
        AmountColumn,
        AmountDueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { InvoiceIdRole = Qt::UserRole + 1 };

    explicit InvoicesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setInvoices(const QList<Invoice> &invoices);
    void appendInvoices(const QList<Invoice> &invoices);
    void clear();
    const Invoice &invoiceAt(int row) const { return m_invoices.at(row); }
    const QList<Invoice> &invoices() const { return m_invoices; }
    // The row of an invoice id, or -1.
    int rowOf(qint64 invoiceId) const;
    // Amounts and dates are written the way this locale writes them (tests pin it).
    void setLocale(const QLocale &locale);

    // "Paid", "Unpaid" or the API's word.
    static QString statusText(const QString &status);

private:
    QList<Invoice> m_invoices;
    QLocale m_locale;
};
