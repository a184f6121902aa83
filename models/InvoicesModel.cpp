#include "InvoicesModel.h"

#include "Money.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace {
QIcon statusIcon(const Invoice &invoice) {
    static const QIcon paid(QStringLiteral(":/models/icons/status-ok.svg"));
    static const QIcon overdue(QStringLiteral(":/models/icons/status-expired.svg"));
    static const QIcon unpaid(QStringLiteral(":/models/icons/status-pending.svg"));
    if (invoice.isPaid())
        return paid;
    if (invoice.dueDate.isValid() && invoice.dueDate < QDate::currentDate())
        return overdue;
    return unpaid;
}
} // namespace

InvoicesModel::InvoicesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int InvoicesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoicesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoicesModel::statusText(const QString &status) {
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("unpaid"))
        return tr("Unpaid");
    if (status.isEmpty())
        return {};
    QString text = status;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QVariant InvoicesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &i = m_invoices.at(index.row());
    switch (role) {
    case InvoiceIdRole:
        return i.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return i.number.isEmpty() ? QString::number(i.id) : i.number;
        case PurchaseOrderColumn:
            return i.purchaseOrderNumber;
        case DivisionColumn:
            return i.containerName.isEmpty() && i.containerId > 0 ? QString::number(i.containerId)
                                                                  : i.containerName;
        case DateColumn:
            return i.dateCreated.isValid()
                       ? m_locale.toString(i.dateCreated.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case DueDateColumn:
            return i.dueDate.isValid() ? m_locale.toString(i.dueDate, QLocale::ShortFormat)
                                       : QString();
        case AmountColumn:
            return Money::formatText(i.amount, i.currency, m_locale);
        case AmountDueColumn: {
            qint64 due = 0;
            if (i.isPaid())
                return Money::format(0, i.currency, m_locale);
            return i.dueCents(&due) ? Money::format(due, i.currency, m_locale) : i.amountDue;
        }
        case StatusColumn:
            if (!i.isPaid() && i.dueDate.isValid() && i.dueDate < QDate::currentDate())
                return tr("Unpaid, overdue");
            return statusText(i.status);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(i);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && i.isPaid() && i.datePaid.isValid())
            return tr("Paid on %1")
                .arg(m_locale.toString(i.datePaid.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == AmountDueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant InvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case PurchaseOrderColumn:
        return tr("Purchase order");
    case DivisionColumn:
        return tr("Division");
    case DateColumn:
        return tr("Date");
    case DueDateColumn:
        return tr("Due date");
    case AmountColumn:
        return tr("Amount");
    case AmountDueColumn:
        return tr("Amount due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void InvoicesModel::setInvoices(const QList<Invoice> &invoices) {
    beginResetModel();
    m_invoices = invoices;
    endResetModel();
}

void InvoicesModel::appendInvoices(const QList<Invoice> &invoices) {
    if (invoices.isEmpty())
        return;
    beginInsertRows({}, int(m_invoices.size()), int(m_invoices.size() + invoices.size()) - 1);
    m_invoices += invoices;
    endInsertRows();
}

void InvoicesModel::clear() {
    setInvoices({});
}

int InvoicesModel::rowOf(qint64 invoiceId) const {
    for (int row = 0; row < m_invoices.size(); ++row)
        if (m_invoices.at(row).id == invoiceId)
            return row;
    return -1;
}

void InvoicesModel::setLocale(const QLocale &locale) {
    beginResetModel();
    m_locale = locale;
    endResetModel();
}
