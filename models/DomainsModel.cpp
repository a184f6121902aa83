#include "DomainsModel.h"

#include <QLocale>

DomainsModel::DomainsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int DomainsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_domains.size());
}

int DomainsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DomainsModel::validationText(const Domain &domain, const QString &type) {
    const DomainValidation *v = domain.validation(type);
    if (!v)
        return {};
    if (v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return tr("Valid until %1")
            .arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    if (v->status == QLatin1String("completed"))
        return tr("Completed");
    if (v->status == QLatin1String("pending"))
        return tr("Pending");
    if (v->status == QLatin1String("expired"))
        return tr("Expired");
    return v->status;
}

QString DomainsModel::dcvMethodText(const QString &method) {
    if (method == QLatin1String("email"))
        return tr("E-mail");
    if (method == QLatin1String("dns-txt-token"))
        return tr("DNS TXT record");
    if (method == QLatin1String("dns-cname-token"))
        return tr("DNS CNAME record");
    if (method == QLatin1String("http-token"))
        return tr("File on the web server");
    return method;
}

QVariant DomainsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain &d = m_domains.at(index.row());
    if (role == DomainIdRole)
        return d.id;
    if (role == SortRole) {
        switch (index.column()) {
        case OvColumn:
            return d.validation(QStringLiteral("ov"))
                       ? d.validation(QStringLiteral("ov"))->validatedUntil
                       : QDate();
        case EvColumn:
            return d.validation(QStringLiteral("ev"))
                       ? d.validation(QStringLiteral("ev"))->validatedUntil
                       : QDate();
        case DcvApprovedColumn:
            return d.dcvApproved;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return d.name;
    case OrganizationColumn:
        return d.organizationName;
    case StatusColumn:
        return d.isActive ? d.status : tr("inactive");
    case OvColumn:
        return validationText(d, QStringLiteral("ov"));
    case EvColumn:
        return validationText(d, QStringLiteral("ev"));
    case DcvMethodColumn:
        return dcvMethodText(d.dcvMethod);
    case DcvApprovedColumn:
        return d.dcvApproved.isValid()
                   ? QLocale().toString(d.dcvApproved.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case LockingColumn:
        return d.lockingStatus;
    default:
        return {};
    }
}

QVariant DomainsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Domain");
    case OrganizationColumn:
        return tr("Organization");
    case StatusColumn:
        return tr("Status");
    case OvColumn:
        return tr("OV validation");
    case EvColumn:
        return tr("EV validation");
    case DcvMethodColumn:
        return tr("DCV method");
    case DcvApprovedColumn:
        return tr("DCV approved");
    case LockingColumn:
        return tr("Domain lock");
    default:
        return {};
    }
}

void DomainsModel::appendDomains(const QList<Domain> &domains) {
    if (domains.isEmpty())
        return;
    const int first = int(m_domains.size());
    beginInsertRows({}, first, first + int(domains.size()) - 1);
    m_domains += domains;
    endInsertRows();
}

void DomainsModel::clear() {
    beginResetModel();
    m_domains.clear();
    endResetModel();
}

void DomainsModel::removeDomain(qint64 domainId) {
    for (int row = 0; row < m_domains.size(); ++row) {
        if (m_domains.at(row).id == domainId) {
            beginRemoveRows({}, row, row);
            m_domains.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}
