#pragma once

#include "Order.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QSet>

// The loaded orders as a table. Rows arrive in batches (one per page) and are appended with a
// single beginInsertRows; a refreshed order replaces its row in place.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        OrderIdColumn,
        CommonNameColumn,
        SanCountColumn,
        ProductColumn,
        StatusColumn,
        OrganizationColumn,
        ValidTillColumn,
        DaysRemainingColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        SearchTextRole,              // lower-case text the search box matches
        StatusRole,                  // status identifier ("issued")
        OrderIdRole,
    };

    explicit OrdersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendOrders(const QList<Order> &orders);
    void clear();
    // Replaces the row with the same id (details fetched later), if it is loaded.
    void updateOrder(const Order &order);
    const Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOfOrder(qint64 orderId) const;

    // <0, 0 or >0 as source row a sorts before, with or after row b on a column (ascending).
    int compareRows(int a, int b, int column) const;
    // The lower-case text the search box matches for a row: id, common name and SANs.
    const QString &searchText(int row) const { return m_searchText.at(row); }

    // Human words for a status identifier ("reissue_pending" -> "Reissue pending").
    static QString statusText(const QString &status);
    // Today for "days remaining" when the API did not say; tests set it.
    void setToday(const QDate &today) { m_today = today; }

private:
    QVariant displayData(const Order &order, int column) const;
    QVariant sortData(const Order &order, int column) const;
    int daysRemaining(const Order &order) const;

    // Repeated values (products, organizations, statuses...) share one string.
    QString intern(const QString &value);

    QList<Order> m_orders;
    QSet<QString> m_strings;
    QList<QString> m_searchText; // per row, lower case
    QHash<qint64, int> m_rowById;
    QDate m_today;
};
