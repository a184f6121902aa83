#include "models/OrdersModel.h"

#include "core/OrderRules.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QLocale>

OrdersModel::OrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate()) {}

int OrdersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::statusText(const QString &status) {
    return OrderRules::statusText(status);
}

QString OrdersModel::requestTypeText(const QString &type) {
    if (type == QLatin1String("new_request"))
        return tr("New order");
    if (type == QLatin1String("reissue"))
        return tr("Reissue");
    if (type == QLatin1String("duplicate"))
        return tr("Duplicate");
    if (type == QLatin1String("revoke"))
        return tr("Revocation");
    QString fallback = type;
    fallback.replace(QLatin1Char('_'), QLatin1Char(' '));
    return fallback;
}

QString OrdersModel::columnKey(int column) {
    switch (column) {
    case OrderIdColumn:
        return QStringLiteral("order_id");
    case AlternativeIdColumn:
        return QStringLiteral("alternative_order_id");
    case CommonNameColumn:
        return QStringLiteral("common_name");
    case SanCountColumn:
        return QStringLiteral("sans");
    case ProductColumn:
        return QStringLiteral("product_name_id");
    case StatusColumn:
        return QStringLiteral("status");
    case OrganizationColumn:
        return QStringLiteral("organization_name");
    case ContainerColumn:
        return QStringLiteral("container_name");
    case RequesterColumn:
        return QStringLiteral("requester");
    case DateCreatedColumn:
        return QStringLiteral("date_created");
    case ValidFromColumn:
        return QStringLiteral("valid_from");
    case ValidTillColumn:
        return QStringLiteral("valid_till");
    case DaysRemainingColumn:
        return QStringLiteral("days_remaining");
    case AutoRenewColumn:
        return QStringLiteral("auto_renew");
    default:
        return {};
    }
}

bool OrdersModel::visibleByDefault(int column) {
    switch (column) {
    case AlternativeIdColumn:
    case ContainerColumn:
    case RequesterColumn:
    case DateCreatedColumn:
    case ValidFromColumn:
    case AutoRenewColumn:
        return false;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

QString OrdersModel::expiryState(const Order &order) const {
    if (order.status == QLatin1String("expired"))
        return QStringLiteral("expired");
    if (order.status != QLatin1String("issued") && order.status != QLatin1String("reissue_pending"))
        return {};
    if (order.validTill.isValid() && order.validTill < m_today)
        return QStringLiteral("expired");
    const int days = daysRemaining(order);
    return days >= 0 && days <= kExpiringDays ? QStringLiteral("expiring") : QString();
}

QIcon OrdersModel::icon(const QString &name) {
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/models/icons/%1.svg").arg(name)));
    return it.value();
}

QIcon OrdersModel::statusIcon(const QString &status) {
    if (status == QLatin1String("issued"))
        return icon(QStringLiteral("status-ok"));
    if (status == QLatin1String("expired"))
        return icon(QStringLiteral("status-expired"));
    if (status == QLatin1String("revoked") || status == QLatin1String("rejected") ||
        status == QLatin1String("canceled"))
        return icon(QStringLiteral("status-stopped"));
    return icon(QStringLiteral("status-pending"));
}

int OrdersModel::daysRemaining(const Order &order) const {
    if (order.daysRemaining >= 0)
        return order.daysRemaining;
    if (order.validTill.isValid())
        return int(qMax<qint64>(0, m_today.daysTo(order.validTill)));
    return -1;
}

QVariant OrdersModel::displayData(const Order &order, int column) const {
    switch (column) {
    case OrderIdColumn:
        return QString::number(order.id);
    case AlternativeIdColumn:
        return order.alternativeOrderId;
    case CommonNameColumn:
        return order.commonName;
    case ContainerColumn:
        return order.containerName;
    case RequesterColumn:
        return order.requesterName;
    case DateCreatedColumn:
        return order.dateCreated.isValid()
                   ? QLocale().toString(order.dateCreated.toLocalTime().date(),
                                        QLocale::ShortFormat)
                   : QString();
    case ValidFromColumn:
        return order.validFrom.isValid() ? QLocale().toString(order.validFrom, QLocale::ShortFormat)
                                         : QString();
    case AutoRenewColumn:
        return order.autoRenew < 0 ? QString() : (order.autoRenew > 0 ? tr("On") : tr("Off"));
    case SanCountColumn:
        return order.sanCount();
    case ProductColumn:
        return order.productName.isEmpty() ? order.productNameId : order.productName;
    case StatusColumn:
        return statusText(order.status);
    case OrganizationColumn:
        return order.organizationName;
    case ValidTillColumn:
        return order.validTill.isValid() ? QLocale().toString(order.validTill, QLocale::ShortFormat)
                                         : QString();
    case DaysRemainingColumn: {
        const int days = daysRemaining(order);
        return days < 0 ? QVariant() : QVariant(days);
    }
    default:
        return {};
    }
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(order, index.column());
    case SearchTextRole:
        return m_searchText.at(index.row());
    case StatusRole:
        return order.status;
    case OrderIdRole:
        return order.id;
    case Qt::ToolTipRole:
        if (index.column() == SanCountColumn || index.column() == CommonNameColumn)
            return order.allNames().join(QLatin1Char('\n'));
        if (index.column() == DaysRemainingColumn || index.column() == ValidTillColumn) {
            const QString state = expiryState(order);
            if (state == QLatin1String("expired"))
                return tr("Expired");
            if (state == QLatin1String("expiring"))
                return tr("Expires within %1 days").arg(kExpiringDays);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OrderIdColumn || index.column() == SanCountColumn ||
            index.column() == DaysRemainingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysRemainingColumn || index.column() == ValidTillColumn) {
            const QString state = expiryState(order);
            if (state == QLatin1String("expired"))
                return QBrush(QColor(0xb7, 0x1c, 0x1c));
            if (state == QLatin1String("expiring"))
                return QBrush(QColor(0xb0, 0x4a, 0x00));
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(order.status);
        if (index.column() == DaysRemainingColumn) {
            const QString state = expiryState(order);
            if (state == QLatin1String("expired"))
                return icon(QStringLiteral("status-expired"));
            if (state == QLatin1String("expiring"))
                return icon(QStringLiteral("status-expiring"));
        }
        return {};
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrderIdColumn:
        return tr("Order");
    case AlternativeIdColumn:
        return tr("Alternative ID");
    case CommonNameColumn:
        return tr("Common name");
    case ContainerColumn:
        return tr("Container");
    case RequesterColumn:
        return tr("Requester");
    case DateCreatedColumn:
        return tr("Created");
    case ValidFromColumn:
        return tr("Valid from");
    case AutoRenewColumn:
        return tr("Auto-renew");
    case SanCountColumn:
        return tr("SANs");
    case ProductColumn:
        return tr("Product");
    case StatusColumn:
        return tr("Status");
    case OrganizationColumn:
        return tr("Organization");
    case ValidTillColumn:
        return tr("Valid till");
    case DaysRemainingColumn:
        return tr("Days left");
    default:
        return {};
    }
}

void OrdersModel::appendOrders(const QList<Order> &orders) {
    QList<Order> fresh;
    fresh.reserve(orders.size());
    for (const Order &order : orders) {
        const auto existing = m_rowById.constFind(order.id);
        if (existing != m_rowById.constEnd())
            updateOrder(order);
        else
            fresh << order;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_orders.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Order &order : fresh) {
        order.status = intern(order.status);
        order.productNameId = intern(order.productNameId);
        order.productName = intern(order.productName);
        order.productType = intern(order.productType);
        order.organizationName = intern(order.organizationName);
        order.containerName = intern(order.containerName);
        order.signatureHash = intern(order.signatureHash);
        order.currency = intern(order.currency);
        order.requesterName = intern(order.requesterName);
        order.requesterEmail = intern(order.requesterEmail);
        m_rowById.insert(order.id, int(m_orders.size()));
        m_searchText << (QString::number(order.id) + QLatin1Char(' ') +
                         order.allNames().join(QLatin1Char(' ')))
                            .toLower();
        m_nameKey << order.commonName.toLower();
        m_orders << std::move(order);
    }
    endInsertRows();
}

QString OrdersModel::intern(const QString &value) {
    if (value.isEmpty())
        return QString();
    const auto it = m_strings.constFind(value);
    if (it != m_strings.constEnd())
        return *it;
    m_strings.insert(value);
    return value;
}

int OrdersModel::compareRows(int a, int b, int column) const {
    const Order &x = m_orders.at(a);
    const Order &y = m_orders.at(b);
    auto cmp = [](auto l, auto r) {
        return l < r ? -1 : (r < l ? 1 : 0);
    };
    auto text = [](const QString &l, const QString &r) {
        return QString::compare(l, r, Qt::CaseInsensitive);
    };
    switch (column) {
    case OrderIdColumn:
        return cmp(x.id, y.id);
    case AlternativeIdColumn:
        return text(x.alternativeOrderId, y.alternativeOrderId);
    case CommonNameColumn:
        return QString::compare(m_nameKey.at(a), m_nameKey.at(b));
    case ContainerColumn:
        return text(x.containerName, y.containerName);
    case RequesterColumn:
        return text(x.requesterName, y.requesterName);
    case DateCreatedColumn:
        return cmp(x.dateCreated.isValid() ? x.dateCreated.toMSecsSinceEpoch() : qint64(-1),
                   y.dateCreated.isValid() ? y.dateCreated.toMSecsSinceEpoch() : qint64(-1));
    case ValidFromColumn:
        return cmp(x.validFrom.isValid() ? x.validFrom.toJulianDay() : qint64(-1),
                   y.validFrom.isValid() ? y.validFrom.toJulianDay() : qint64(-1));
    case AutoRenewColumn:
        return cmp(x.autoRenew, y.autoRenew);
    case SanCountColumn:
        return cmp(x.sanCount(), y.sanCount());
    case ProductColumn:
        return text(x.productName.isEmpty() ? x.productNameId : x.productName,
                    y.productName.isEmpty() ? y.productNameId : y.productName);
    case StatusColumn:
        return text(x.status, y.status);
    case OrganizationColumn:
        return text(x.organizationName, y.organizationName);
    case ValidTillColumn:
        return cmp(x.validTill.isValid() ? x.validTill.toJulianDay() : qint64(-1),
                   y.validTill.isValid() ? y.validTill.toJulianDay() : qint64(-1));
    case DaysRemainingColumn:
        return cmp(daysRemaining(x), daysRemaining(y));
    default:
        return 0;
    }
}

void OrdersModel::reserve(int rows) {
    if (rows <= m_orders.size())
        return;
    m_orders.reserve(rows);
    m_searchText.reserve(rows);
    m_nameKey.reserve(rows);
}

void OrdersModel::clear() {
    if (m_orders.isEmpty())
        return;
    beginResetModel();
    m_orders.clear();
    m_searchText.clear();
    m_nameKey.clear();
    m_rowById.clear();
    m_strings.clear();
    endResetModel();
}

int OrdersModel::rowOfOrder(qint64 orderId) const {
    return m_rowById.value(orderId, -1);
}

void OrdersModel::updateOrder(const Order &order) {
    const int row = rowOfOrder(order.id);
    if (row < 0)
        return;
    m_orders[row] = order;
    m_nameKey[row] = order.commonName.toLower();
    m_searchText[row] =
        (QString::number(order.id) + QLatin1Char(' ') + order.allNames().join(QLatin1Char(' ')))
            .toLower();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Order *OrdersModel::nextToExpire(const QDate &today) const {
    const Order *next = nullptr;
    for (const Order &o : m_orders) {
        if (o.status == QLatin1String("issued") && o.validTill.isValid() && o.validTill >= today &&
            (!next || o.validTill < next->validTill))
            next = &o;
    }
    return next;
}
