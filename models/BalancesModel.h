#pragma once

#include "core/AccountBalance.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// The funds of each division (container) of the account, one row each: balance, unpaid
// invoices, negative balance limit ("Unlimited" where the division may run an unlimited
// negative balance), credit other divisions used and the funds available for orders. A row is
// added when its division is known; its figures when its balance arrives (or why it did not).
class BalancesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DivisionColumn,
        BalanceColumn,
        UnpaidInvoicesColumn,
        NegativeLimitColumn,
        UsedByOthersColumn,
        AvailableColumn,
        ColumnCount
    };
    enum Role { ContainerIdRole = Qt::UserRole + 1 };

    explicit BalancesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces the rows: one per division, in this order, without figures yet.
    void setDivisions(const QList<QPair<qint64, QString>> &divisions);
    void setBalance(qint64 containerId, const AccountBalance &balance);
    // The division's balance could not be loaded: the row says so.
    void setError(qint64 containerId, const QString &message);
    void clear();
    int rowOf(qint64 containerId) const;
    qint64 containerIdAt(int row) const { return m_rows.at(row).containerId; }
    // The division's figures; false when they have not arrived.
    bool balance(qint64 containerId, AccountBalance *out) const;
    void setLocale(const QLocale &locale);

private:
    struct Row {
        qint64 containerId = 0;
        QString name;
        AccountBalance balance;
        bool loaded = false;
        QString error;
    };
    QString amount(const Row &row, const QString &text) const;

    QList<Row> m_rows;
    QLocale m_locale;
};
