#include "OrdersFilterProxy.h"

#include "OrdersModel.h"

OrdersFilterProxy::OrdersFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(OrdersModel::SortRole);
    setDynamicSortFilter(true);
}

void OrdersFilterProxy::setSearchText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateRowsFilter();
}

void OrdersFilterProxy::setStatus(const QString &status) {
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool OrdersFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && idx.data(OrdersModel::StatusRole).toString() != m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    return idx.data(OrdersModel::SearchTextRole).toString().contains(m_search);
}

bool OrdersFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant l = left.data(OrdersModel::SortRole);
    const QVariant r = right.data(OrdersModel::SortRole);
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}
