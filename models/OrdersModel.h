#pragma once

#include "core/Order.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>
#include <QList>
#include <QSet>

// The loaded orders as a table. Rows arrive in batches (one per page) and are appended with a
// single beginInsertRows; a refreshed order replaces its row in place.
class OrdersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        OrderIdColumn,
        AlternativeIdColumn,
        CommonNameColumn,
        SanCountColumn,
        ProductColumn,
        StatusColumn,
        OrganizationColumn,
        ContainerColumn,
        RequesterColumn,
        DateCreatedColumn,
        ValidFromColumn,
        ValidTillColumn,
        DaysRemainingColumn,
        AutoRenewColumn,
        ColumnCount
    };
    // Rows within this many days of expiry are marked (with colour, icon and words).
    static constexpr int kExpiringDays = 30;
    enum Role {
        SearchTextRole = Qt::UserRole + 1, // lower-case text the search box matches
        StatusRole,                        // status identifier ("issued")
        OrderIdRole,
    };

    explicit OrdersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendOrders(const QList<Order> &orders);
    // Room for this many rows, so appending pages never copies the rows already loaded.
    void reserve(int rows);
    void clear();
    // Replaces the row with the same id (details fetched later), if it is loaded.
    void updateOrder(const Order &order);
    const Order &orderAt(int row) const { return m_orders.at(row); }
    int rowOfOrder(qint64 orderId) const;
    // The issued, unexpired certificate that ends soonest (null when there is none).
    const Order *nextToExpire(const QDate &today) const;

    // <0, 0 or >0 as source row a sorts before, with or after row b on a column (ascending).
    int compareRows(int a, int b, int column) const;
    // The lower-case text the search box matches for a row: id, common name and SANs.
    const QString &searchText(int row) const { return m_searchText.at(row); }

    // The CSV column id of a table column (OrderCsv), for exports that match the CLI.
    static QString columnKey(int column);
    // Columns shown until the user chooses otherwise.
    static bool visibleByDefault(int column);
    // Days until expiry (-1 unknown), from the API or from valid till and today.
    int daysRemaining(const Order &order) const;
    // expired, expiring (within kExpiringDays) or empty.
    QString expiryState(const Order &order) const;

    // Human words for a status identifier ("reissue_pending" -> "Reissue pending").
    static QString statusText(const QString &status);
    // new_request, reissue, duplicate, revoke in words.
    static QString requestTypeText(const QString &type);
    // The status's icon (issued, expired, stopped, pending); never colour alone.
    static QIcon statusIcon(const QString &status);
    // Today for "days remaining" when the API did not say; tests set it.
    void setToday(const QDate &today) { m_today = today; }

private:
    QVariant displayData(const Order &order, int column) const;

    // Repeated values (products, organizations, statuses...) share one string.
    QString intern(const QString &value);
    static QIcon icon(const QString &name);

    QList<Order> m_orders;
    QSet<QString> m_strings;
    QList<QString> m_searchText; // per row, lower case
    QList<QString> m_nameKey;    // per row, the common name in lower case, for sorting
    QHash<qint64, int> m_rowById;
    QDate m_today;
};
