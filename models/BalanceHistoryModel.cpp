#include "BalanceHistoryModel.h"

#include "Money.h"
#include "OrderCsv.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace {
QString signedAmount(const BalanceAdjustment &a) {
    if (!a.credit.isEmpty())
        return a.credit;
    return a.debit.startsWith(QLatin1Char('-')) ? a.debit.mid(1) : QStringLiteral("-") + a.debit;
}

} // namespace

BalanceHistoryModel::BalanceHistoryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int BalanceHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BalanceHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BalanceAdjustment &a = m_rows.at(index.row());
    switch (role) {
    case AdjustmentIdRole:
        return a.id;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return a.transactionDate;
        case AmountColumn: {
            qint64 cents = 0;
            return a.signedCents(&cents) ? cents : 0;
        }
        case BalanceAfterColumn: {
            qint64 cents = 0;
            return Money::parseCents(a.balanceAfter, &cents) ? cents : 0;
        }
        case OrderColumn:
            return a.orderId.toLongLong();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return a.transactionDate.isValid()
                       ? m_locale.toString(a.transactionDate.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case DivisionColumn:
            return a.containerName.isEmpty() && a.containerId > 0 ? QString::number(a.containerId)
                                                                  : a.containerName;
        case TypeColumn:
            return a.transactionType;
        case AmountColumn:
            return Money::formatText(signedAmount(a), a.currency, m_locale);
        case BalanceAfterColumn:
            return Money::formatText(a.balanceAfter, a.currency, m_locale);
        case OrderColumn:
            return a.orderId == QLatin1String("0") ? QString() : a.orderId;
        case NoteColumn:
            return a.note;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TypeColumn && a.expirationDate.isValid())
            return tr("These funds expire on %1")
                .arg(
                    m_locale.toString(a.expirationDate.toLocalTime().date(), QLocale::ShortFormat));
        if (index.column() == NoteColumn && !a.note.isEmpty())
            return a.note;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == AmountColumn && a.credit.isEmpty())
            return QBrush(QColor(0xa0, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BalanceAfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BalanceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DivisionColumn:
        return tr("Division");
    case TypeColumn:
        return tr("Type");
    case AmountColumn:
        return tr("Amount");
    case BalanceAfterColumn:
        return tr("Balance after");
    case OrderColumn:
        return tr("Order");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void BalanceHistoryModel::appendAdjustments(const QList<BalanceAdjustment> &adjustments) {
    if (adjustments.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + adjustments.size()) - 1);
    m_rows += adjustments;
    endInsertRows();
}

void BalanceHistoryModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QStringList BalanceHistoryModel::transactionTypes() const {
    QSet<QString> seen;
    QStringList types;
    for (const BalanceAdjustment &a : m_rows)
        if (!a.transactionType.isEmpty() && !seen.contains(a.transactionType)) {
            seen.insert(a.transactionType);
            types << a.transactionType;
        }
    types.sort(Qt::CaseInsensitive);
    return types;
}

void BalanceHistoryModel::setLocale(const QLocale &locale) {
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QByteArray BalanceHistoryModel::toCsv(const QString &transactionType) const {
    QString out = OrderCsv::line(
        {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("division_id"),
         QStringLiteral("division"), QStringLiteral("type"), QStringLiteral("credit"),
         QStringLiteral("debit"), QStringLiteral("currency"), QStringLiteral("balance_after"),
         QStringLiteral("order_id"), QStringLiteral("receipt_id"),
         QStringLiteral("expiration_date"), QStringLiteral("note")});
    for (const BalanceAdjustment &a : m_rows) {
        if (!transactionType.isEmpty() &&
            a.transactionType.compare(transactionType, Qt::CaseInsensitive) != 0)
            continue;
        out += OrderCsv::line({
            a.id,
            a.transactionDate.isValid() ? a.transactionDate.toString(Qt::ISODate) : QString(),
            a.containerId > 0 ? QString::number(a.containerId) : QString(),
            a.containerName,
            a.transactionType,
            a.credit,
            a.debit,
            a.currency,
            a.balanceAfter,
            a.orderId,
            a.receiptId,
            a.expirationDate.isValid() ? a.expirationDate.toString(Qt::ISODate) : QString(),
            a.note,
        });
    }
    return out.toUtf8();
}
