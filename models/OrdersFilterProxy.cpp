#include "models/OrdersFilterProxy.h"

#include "models/OrdersModel.h"

#include <algorithm>

OrdersFilterProxy::OrdersFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent) {
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(0);
    connect(&m_insertTimer, &QTimer::timeout, this, &OrdersFilterProxy::flushPendingRows);
}

void OrdersFilterProxy::setInsertDelay(int delayMs) {
    m_insertTimer.setInterval(qMax(0, delayMs));
    if (delayMs <= 0)
        flushPendingRows();
}

void OrdersFilterProxy::flushPendingRows() {
    m_insertTimer.stop();
    if (m_pendingFirst < 0)
        return;
    const int first = m_pendingFirst;
    const int last = m_pendingLast;
    m_pendingFirst = m_pendingLast = -1;
    insertSourceRows(first, last);
}

void OrdersFilterProxy::setSourceModel(QAbstractItemModel *sourceModel) {
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_orders = qobject_cast<OrdersModel *>(sourceModel);
    Q_ASSERT_X(m_orders || !sourceModel, "OrdersFilterProxy", "the source must be an OrdersModel");
    QAbstractProxyModel::setSourceModel(m_orders);
    if (m_orders) {
        m_connections << connect(m_orders, &QAbstractItemModel::rowsInserted, this,
                                 &OrdersFilterProxy::onRowsInserted);
        m_connections << connect(m_orders, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_orders, &QAbstractItemModel::modelReset, this, [this] {
            refill();
            endResetModel();
        });
        m_connections << connect(m_orders, &QAbstractItemModel::dataChanged, this,
                                 &OrdersFilterProxy::onDataChanged);
        m_connections << connect(m_orders, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    refill();
    endResetModel();
}

void OrdersFilterProxy::refill() {
    // Every source row is looked at here, the waiting ones too.
    m_insertTimer.stop();
    m_pendingFirst = m_pendingLast = -1;
    m_rows.clear();
    if (m_orders) {
        const int count = m_orders->rowCount();
        m_rows.reserve(count);
        for (int r = 0; r < count; ++r)
            if (accepts(r))
                m_rows << r;
        sortRows();
    }
    reindex();
}

bool OrdersFilterProxy::accepts(int sourceRow) const {
    const Order &order = m_orders->orderAt(sourceRow);
    if (!m_status.isEmpty() && order.status != m_status)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        if (order.status != QLatin1String("issued") &&
            order.status != QLatin1String("reissue_pending"))
            return false;
        if (!order.validTill.isValid() || (m_from.isValid() && order.validTill < m_from) ||
            (m_to.isValid() && order.validTill > m_to))
            return false;
    }
    return m_search.isEmpty() || m_orders->searchText(sourceRow).contains(m_search);
}

bool OrdersFilterProxy::less(int a, int b) const {
    int c = m_orders->compareRows(a, b, m_sortColumn);
    if (c == 0)
        c = m_orders->compareRows(a, b, OrdersModel::OrderIdColumn);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void OrdersFilterProxy::sortRows() {
    if (m_sortColumn < 0)
        std::sort(m_rows.begin(), m_rows.end()); // the model's order
    else
        std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return less(a, b); });
}

void OrdersFilterProxy::reindex() {
    m_proxyOfRow.fill(-1, m_orders ? m_orders->rowCount() : 0);
    for (int p = 0; p < m_rows.size(); ++p)
        m_proxyOfRow[m_rows[p]] = p;
}

void OrdersFilterProxy::rebuild() {
    beginResetModel();
    refill();
    endResetModel();
}

void OrdersFilterProxy::setSearchText(const QString &text) {
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_search)
        return;
    m_search = normalized;
    rebuild();
}

void OrdersFilterProxy::setStatus(const QString &status) {
    if (status == m_status)
        return;
    m_status = status;
    rebuild();
}

void OrdersFilterProxy::setValidTillRange(const QDate &from, const QDate &to) {
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

void OrdersFilterProxy::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    flushPendingRows();
    m_sortColumn = column < 0 || column >= OrdersModel::ColumnCount ? -1 : column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows << m_rows.at(index.row());
    sortRows();
    reindex();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after << createIndex(m_proxyOfRow.at(sourceRows.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OrdersFilterProxy::onRowsInserted(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    // The model only appends: grow the reverse map, then place the accepted new rows, now or
    // (while rows are shown and a delay is set) together with the next ones.
    m_proxyOfRow.resize(m_orders->rowCount(), -1);
    if (m_insertTimer.interval() > 0 && (!m_rows.isEmpty() || m_pendingFirst >= 0)) {
        if (m_pendingFirst < 0)
            m_pendingFirst = first;
        m_pendingLast = last;
        if (!m_insertTimer.isActive())
            m_insertTimer.start();
        return;
    }
    if (m_pendingFirst >= 0) { // the delay was turned off with rows waiting
        first = m_pendingFirst;
        m_pendingFirst = m_pendingLast = -1;
        m_insertTimer.stop();
    }
    insertSourceRows(first, last);
}

void OrdersFilterProxy::insertSourceRows(int first, int last) {
    QList<int> fresh;
    for (int r = first; r <= last; ++r)
        if (accepts(r))
            fresh << r;
    if (fresh.isEmpty())
        return;
    if (m_sortColumn >= 0)
        std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return less(a, b); });
    const int count = int(m_rows.size());
    const bool afterAll =
        m_sortColumn < 0 || m_rows.isEmpty() || !less(fresh.first(), m_rows.last());
    const bool beforeAll = !afterAll && !less(m_rows.first(), fresh.last());
    if (afterAll || beforeAll) {
        // One contiguous block: the common case while a sorted list arrives page by page.
        const int at = afterAll ? count : 0;
        beginInsertRows({}, at, at + int(fresh.size()) - 1);
        if (afterAll)
            m_rows += fresh;
        else
            m_rows = fresh + m_rows;
        reindex();
        endInsertRows();
        return;
    }
    // Scattered: add the block at the end, then one layout change puts it in order.
    beginInsertRows({}, count, count + int(fresh.size()) - 1);
    m_rows += fresh;
    reindex();
    endInsertRows();
    const int column = m_sortColumn;
    m_sortColumn = -2; // force sort() to run
    sort(column, m_sortOrder);
}

void OrdersFilterProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles) {
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int p = m_proxyOfRow.value(r, -1);
        if (p >= 0)
            emit dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
    }
}

QModelIndex OrdersFilterProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!m_orders || !proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_orders->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex OrdersFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != m_orders)
        return {};
    const int p = m_proxyOfRow.value(sourceIndex.row(), -1);
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

QModelIndex OrdersFilterProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex OrdersFilterProxy::parent(const QModelIndex &) const {
    return {};
}

int OrdersFilterProxy::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersFilterProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_orders ? 0 : m_orders->columnCount();
}

bool OrdersFilterProxy::hasChildren(const QModelIndex &parent) const {
    return !parent.isValid() && !m_rows.isEmpty();
}
