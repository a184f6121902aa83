#include "PurchaseOrdersModel.h"

#include "Money.h"

#include <QIcon>

PurchaseOrdersModel::PurchaseOrdersModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int PurchaseOrdersModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_purchaseOrders.size());
}

int PurchaseOrdersModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PurchaseOrdersModel::statusText(const QString &status) {
    if (status == QLatin1String("pending"))
        return tr("Pending approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status.isEmpty())
        return {};
    QString text = status;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

QVariant PurchaseOrdersModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PurchaseOrder &p = m_purchaseOrders.at(index.row());
    switch (role) {
    case PurchaseOrderIdRole:
        return p.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return p.number.isEmpty() ? QString::number(p.id) : p.number;
        case StatusColumn:
            return statusText(p.status);
        case DivisionColumn:
            return p.containerName.isEmpty() && p.containerId > 0 ? QString::number(p.containerId)
                                                                  : p.containerName;
        case DateColumn:
            return p.dateCreated.isValid()
                       ? m_locale.toString(p.dateCreated.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        case AmountColumn:
            return Money::formatText(p.amount, p.currency, m_locale);
        case InvoiceColumn:
            return p.invoiceId > 0 ? QString::number(p.invoiceId) : QString();
        case NoteColumn:
            if (!p.rejectionReason.isEmpty())
                return p.note.isEmpty() ? tr("Rejected: %1").arg(p.rejectionReason)
                                        : tr("Rejected: %1 (%2)").arg(p.rejectionReason, p.note);
            return p.note;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn) {
            static const QIcon approved(QStringLiteral(":/models/icons/status-ok.svg"));
            static const QIcon rejected(QStringLiteral(":/models/icons/status-stopped.svg"));
            static const QIcon pending(QStringLiteral(":/models/icons/status-pending.svg"));
            if (p.status == QLatin1String("approved"))
                return approved;
            if (p.status == QLatin1String("rejected"))
                return rejected;
            return pending;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PurchaseOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("PO number");
    case StatusColumn:
        return tr("Status");
    case DivisionColumn:
        return tr("Division");
    case DateColumn:
        return tr("Date");
    case AmountColumn:
        return tr("Amount");
    case InvoiceColumn:
        return tr("Invoice");
    case NoteColumn:
        return tr("Note / rejection reason");
    default:
        return {};
    }
}

void PurchaseOrdersModel::setPurchaseOrders(const QList<PurchaseOrder> &purchaseOrders) {
    beginResetModel();
    m_purchaseOrders = purchaseOrders;
    endResetModel();
}

void PurchaseOrdersModel::appendPurchaseOrders(const QList<PurchaseOrder> &purchaseOrders) {
    if (purchaseOrders.isEmpty())
        return;
    beginInsertRows({}, int(m_purchaseOrders.size()),
                    int(m_purchaseOrders.size() + purchaseOrders.size()) - 1);
    m_purchaseOrders += purchaseOrders;
    endInsertRows();
}

void PurchaseOrdersModel::clear() {
    setPurchaseOrders({});
}

int PurchaseOrdersModel::rowOfNumber(const QString &number) const {
    for (int row = 0; row < m_purchaseOrders.size(); ++row)
        if (m_purchaseOrders.at(row).number == number)
            return row;
    return -1;
}

void PurchaseOrdersModel::setLocale(const QLocale &locale) {
    beginResetModel();
    m_locale = locale;
    endResetModel();
}
