#include "RequestsModel.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int RequestsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestsModel::statusText(const QString &status) {
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("submitted"))
        return tr("Submitted");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString RequestsModel::otherNames(const ApprovalRequest &request) {
    QStringList names;
    for (const QString &name : request.dnsNames) {
        if (name.compare(request.commonName, Qt::CaseInsensitive) != 0)
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

bool RequestsModel::lessThan(const ApprovalRequest &a, const ApprovalRequest &b) {
    const bool pa = a.isPending();
    const bool pb = b.isPending();
    if (pa != pb)
        return pa;
    if (a.date != b.date)
        return pa ? a.date < b.date : a.date > b.date;
    return pa ? a.id < b.id : a.id > b.id;
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApprovalRequest &r = m_requests.at(index.row());
    if (role == RequestIdRole)
        return r.id;
    if (role == PendingRole)
        return r.isPending();
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        if (r.isPending())
            return QIcon(QStringLiteral(":/models/icons/status-pending.svg"));
        return QIcon(r.status == QLatin1String("approved")
                         ? QStringLiteral(":/models/icons/status-ok.svg")
                         : QStringLiteral(":/models/icons/status-stopped.svg"));
    }
    if (role == Qt::ToolTipRole && index.column() == CommentColumn && !r.comments.isEmpty())
        return r.comments;
    if (role == Qt::ToolTipRole && index.column() == DateColumn && r.date.isValid())
        return QLocale().toString(r.date.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ToolTipRole && index.column() == OtherNamesColumn)
        return r.dnsNames.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return statusText(r.status);
    case TypeColumn: {
        const QString label = ApprovalRequest::typeLabel(r.type);
        return label.left(1).toUpper() + label.mid(1);
    }
    case DateColumn:
        return r.date.isValid()
                   ? QLocale().toString(r.date.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case RequesterColumn:
        return r.requester.displayName();
    case ProductColumn:
        return r.productName.isEmpty() ? r.productNameId : r.productName;
    case CommonNameColumn:
        return r.commonName;
    case OtherNamesColumn:
        return otherNames(r);
    case OrganizationColumn:
        return r.organizationName;
    case CommentColumn:
        return QString(r.comments).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case DateColumn:
        return tr("Requested");
    case RequesterColumn:
        return tr("Requester");
    case ProductColumn:
        return tr("Product");
    case CommonNameColumn:
        return tr("Common name");
    case OtherNamesColumn:
        return tr("Other names");
    case OrganizationColumn:
        return tr("Organization");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

void RequestsModel::setRequests(QList<ApprovalRequest> requests) {
    std::stable_sort(requests.begin(), requests.end(), &RequestsModel::lessThan);
    beginResetModel();
    m_requests = std::move(requests);
    endResetModel();
}

void RequestsModel::clear() {
    setRequests({});
}

int RequestsModel::rowOfRequest(qint64 requestId) const {
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == requestId)
            return row;
    }
    return -1;
}

int RequestsModel::pendingCount() const {
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const ApprovalRequest &r) { return r.isPending(); }));
}
