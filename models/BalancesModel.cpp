#include "models/BalancesModel.h"

#include "core/Money.h"

#include <QBrush>
#include <QColor>

BalancesModel::BalancesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int BalancesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalancesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString BalancesModel::amount(const Row &row, const QString &text) const {
    return text.isEmpty() ? QString() : Money::formatText(text, row.balance.currency, m_locale);
}

QVariant BalancesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const AccountBalance &b = r.balance;
    switch (role) {
    case ContainerIdRole:
        return r.containerId;
    case Qt::DisplayRole:
        if (index.column() == DivisionColumn)
            return r.name.isEmpty() ? QString::number(r.containerId) : r.name;
        if (!r.error.isEmpty())
            return index.column() == BalanceColumn ? tr("Not available") : QString();
        if (!r.loaded)
            return index.column() == BalanceColumn ? tr("Loading…") : QString();
        switch (index.column()) {
        case BalanceColumn:
            return amount(r, b.balance);
        case UnpaidInvoicesColumn:
            return amount(r, b.unpaidInvoiceBalance);
        case NegativeLimitColumn:
            return b.unlimitedNegativeBalance ? tr("Unlimited") : amount(r, b.negativeBalanceLimit);
        case UsedByOthersColumn:
            return amount(r, b.usedCreditFromOtherContainers);
        case AvailableColumn:
            return b.unlimitedNegativeBalance ? tr("Unlimited") : amount(r, b.totalAvailableFunds);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!r.error.isEmpty())
            return r.error;
        if (r.loaded && b.unlimitedNegativeBalance &&
            (index.column() == NegativeLimitColumn || index.column() == AvailableColumn))
            return tr("%1 may run an unlimited negative balance.").arg(r.name);
        return {};
    case Qt::ForegroundRole: {
        qint64 cents = 0;
        if (r.loaded && index.column() == BalanceColumn && Money::parseCents(b.balance, &cents) &&
            cents < 0)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() != DivisionColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BalancesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DivisionColumn:
        return tr("Division");
    case BalanceColumn:
        return tr("Balance");
    case UnpaidInvoicesColumn:
        return tr("Unpaid invoices");
    case NegativeLimitColumn:
        return tr("Negative balance limit");
    case UsedByOthersColumn:
        return tr("Credit used by other divisions");
    case AvailableColumn:
        return tr("Available funds");
    default:
        return {};
    }
}

void BalancesModel::setDivisions(const QList<QPair<qint64, QString>> &divisions) {
    beginResetModel();
    m_rows.clear();
    for (const auto &d : divisions) {
        Row r;
        r.containerId = d.first;
        r.name = d.second;
        m_rows << r;
    }
    endResetModel();
}

void BalancesModel::setBalance(qint64 containerId, const AccountBalance &balance) {
    const int row = rowOf(containerId);
    if (row < 0)
        return;
    m_rows[row].balance = balance;
    m_rows[row].loaded = true;
    m_rows[row].error.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BalancesModel::setError(qint64 containerId, const QString &message) {
    const int row = rowOf(containerId);
    if (row < 0)
        return;
    m_rows[row].loaded = false;
    m_rows[row].error = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BalancesModel::clear() {
    setDivisions({});
}

int BalancesModel::rowOf(qint64 containerId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).containerId == containerId)
            return row;
    return -1;
}

bool BalancesModel::balance(qint64 containerId, AccountBalance *out) const {
    const int row = rowOf(containerId);
    if (row < 0 || !m_rows.at(row).loaded)
        return false;
    *out = m_rows.at(row).balance;
    return true;
}

void BalancesModel::setLocale(const QLocale &locale) {
    beginResetModel();
    m_locale = locale;
    endResetModel();
}
