#pragma once

#include <QSortFilterProxyModel>

// Instant local filtering of loaded orders: a search text (order id, common name or any SAN)
// and a status. Sorts on the model's raw values, not on the displayed text.
class OrdersFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OrdersFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStatus(const QString &status);
    QString status() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search; // lower case, trimmed
    QString m_status;
};
