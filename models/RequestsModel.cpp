#include "models/RequestsModel.h"

#include <QIcon>
#include <QLocale>

#include <algorithm>

RequestsModel::RequestsModel(QObject *parent)
    : RowTableModel(columns(), -1, parent) {}

QList<RequestsModel::ColumnSpec> RequestsModel::columns() {
    using R = const ApprovalRequest &;
    return {
        {[] { return tr("Status"); },
         [](R r) {
             return statusText(r.status);
         }},
        {[] { return tr("Type"); },
         [](R r) {
             const QString label = ApprovalRequest::typeLabel(r.type);
             return label.left(1).toUpper() + label.mid(1);
         }},
        {[] { return tr("Requested"); },
         [](R r) {
             return r.date.isValid()
                        ? QLocale().toString(r.date.toLocalTime().date(), QLocale::ShortFormat)
                        : QString();
         },
         {},
         [](R r) {
             return r.date.isValid()
                        ? QVariant(QLocale().toString(r.date.toLocalTime(), QLocale::LongFormat))
                        : QVariant();
         }},
        {[] { return tr("Requester"); },
         [](R r) {
             return r.requester.displayName();
         }},
        {[] { return tr("Product"); },
         [](R r) {
             return r.productName.isEmpty() ? r.productNameId : r.productName;
         }},
        {[] { return tr("Common name"); },
         [](R r) {
             return r.commonName;
         }},
        {[] { return tr("Other names"); },
         [](R r) { return otherNames(r); },
         {},
         [](R r) {
             return r.dnsNames.join(QLatin1Char('\n'));
         }},
        {[] { return tr("Organization"); },
         [](R r) {
             return r.organizationName;
         }},
        {[] { return tr("Comment"); },
         [](R r) { return QString(r.comments).replace(QLatin1Char('\n'), QLatin1Char(' ')); },
         {},
         [](R r) {
             return r.comments.isEmpty() ? QVariant() : QVariant(r.comments);
         }},
    };
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

QVariant RequestsModel::rowData(const ApprovalRequest &r, int column, int role) const {
    if (role == RequestIdRole)
        return r.id;
    if (role == PendingRole)
        return r.isPending();
    if (role == Qt::DecorationRole && column == StatusColumn) {
        if (r.isPending())
            return QIcon(QStringLiteral(":/models/icons/status-pending.svg"));
        return QIcon(r.status == QLatin1String("approved")
                         ? QStringLiteral(":/models/icons/status-ok.svg")
                         : QStringLiteral(":/models/icons/status-stopped.svg"));
    }
    return {};
}

void RequestsModel::setRequests(QList<ApprovalRequest> requests) {
    std::stable_sort(requests.begin(), requests.end(), &RequestsModel::lessThan);
    setRows(std::move(requests));
}

int RequestsModel::rowOfRequest(qint64 requestId) const {
    return findRow([requestId](const ApprovalRequest &r) { return r.id == requestId; });
}

int RequestsModel::pendingCount() const {
    return int(std::count_if(rows().cbegin(), rows().cend(),
                             [](const ApprovalRequest &r) { return r.isPending(); }));
}
