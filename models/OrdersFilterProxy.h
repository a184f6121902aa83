#pragma once

#include <QAbstractProxyModel>
#include <QDate>
#include <QList>
#include <QTimer>

class OrdersModel;

// The orders as shown: filtered by a search text (order id, common name or any SAN) and a
// status, sorted on any column. Built for 100,000 rows: it compares the model's values
// directly (no QVariant), filters with one scan, and tells views about a new filter with one
// reset and about a new order with one layout change, never with thousands of small signals.
// Rows appended to the model while loading join in sorted place.
class OrdersFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit OrdersFilterProxy(QObject *parent = nullptr);

    // Must be an OrdersModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatus(const QString &status);
    QString status() const { return m_status; }
    // Only live (issued) certificates whose valid till falls in [from, to]; invalid dates for
    // both turn the range off. Used by the dashboard's drill-down.
    void setValidTillRange(const QDate &from, const QDate &to);
    bool hasValidTillRange() const { return m_from.isValid() || m_to.isValid(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Rows the model appends are shown at most every delayMs once some rows are shown (0, the
    // default: at once). Each insert costs the view a layout and a repaint (6 ms at 100,000
    // rows), so a page of orders every 20 ms would spend a third of the UI thread on it.
    void setInsertDelay(int delayMs);
    // Shows the rows that are waiting now.
    void flushPendingRows();
    bool hasPendingRows() const { return m_pendingFirst >= 0; }
    static constexpr int kLoadingInsertDelayMs = 100;

private:
    bool accepts(int sourceRow) const;
    bool less(int sourceA, int sourceB) const;
    void rebuild();  // filter and sort everything; views get one reset
    void refill();   // the same without the reset signals
    void sortRows(); // m_rows by the current order
    void reindex();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void insertSourceRows(int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    OrdersModel *m_orders = nullptr;
    QList<int> m_rows;       // proxy row -> source row
    QList<int> m_proxyOfRow; // source row -> proxy row, or -1
    QString m_search;        // lower case, trimmed
    QString m_status;
    QDate m_from;
    QDate m_to;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_insertTimer;
    int m_pendingFirst = -1; // source rows appended but not shown yet, or -1
    int m_pendingLast = -1;
};
