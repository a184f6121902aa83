#pragma once

#include "PurchaseOrder.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// The purchase orders of the Finance page: number, status (in words with an icon), division,
// date, amount, the invoice once approved and the note or the reason for a rejection.
class PurchaseOrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        StatusColumn,
        DivisionColumn,
        DateColumn,
        AmountColumn,
        InvoiceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { PurchaseOrderIdRole = Qt::UserRole + 1 };

    explicit PurchaseOrdersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPurchaseOrders(const QList<PurchaseOrder> &purchaseOrders);
    void appendPurchaseOrders(const QList<PurchaseOrder> &purchaseOrders);
    void clear();
    const PurchaseOrder &purchaseOrderAt(int row) const { return m_purchaseOrders.at(row); }
    // The row of a purchase order number ("PO-8007"), or -1.
    int rowOfNumber(const QString &number) const;
    void setLocale(const QLocale &locale);

    // "Pending approval", "Approved", "Rejected" or the API's word.
    static QString statusText(const QString &status);

private:
    QList<PurchaseOrder> m_purchaseOrders;
    QLocale m_locale;
};
