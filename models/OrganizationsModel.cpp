#include "OrganizationsModel.h"

#include <QLocale>

OrganizationsModel::OrganizationsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int OrganizationsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrganizationsModel::validationType(int column) {
    switch (column) {
    case OvColumn:
        return QStringLiteral("ov");
    case EvColumn:
        return QStringLiteral("ev");
    case CsColumn:
        return QStringLiteral("cs");
    case EvCsColumn:
        return QStringLiteral("ev_cs");
    default:
        return {};
    }
}

QString OrganizationsModel::statusText(const QString &status) {
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("inactive"))
        return tr("Inactive");
    return status;
}

QString OrganizationsModel::validationText(const Organization &organization, const QString &type) {
    const OrganizationValidation *v = organization.validation(type);
    if (!v)
        return {};
    if (v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return tr("Valid until %1")
            .arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    if (v->status == QLatin1String("expired") && v->validatedUntil.isValid())
        return tr("Expired %1").arg(QLocale().toString(v->validatedUntil, QLocale::ShortFormat));
    return statusText(v->status);
}

QString OrganizationsModel::validationCellText(const Organization &organization,
                                               const QString &type) {
    const OrganizationValidation *v = organization.validation(type);
    if (v && v->status == QLatin1String("completed") && v->validatedUntil.isValid())
        return QLocale().toString(v->validatedUntil, QLocale::ShortFormat);
    return v ? statusText(v->status) : QString();
}

QVariant OrganizationsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &o = m_organizations.at(index.row());
    if (role == OrganizationIdRole)
        return o.id;
    const QString type = validationType(index.column());
    if (role == SortRole) {
        if (!type.isEmpty()) {
            // Valid ones by their end; pending and expired ones after them.
            const OrganizationValidation *v = o.validation(type);
            if (!v)
                return QString();
            return v->validatedUntil.isValid() ? v->validatedUntil.toString(Qt::ISODate)
                                               : QStringLiteral("~") + v->status;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case OrganizationContactColumn:
            return o.organizationContact.email.isEmpty() ? QVariant() : o.organizationContact.email;
        case TechnicalContactColumn:
            return o.technicalContact.email.isEmpty() ? QVariant() : o.technicalContact.email;
        case AddressColumn:
            return o.oneLineAddress();
        default:
            if (!type.isEmpty() && o.validation(type))
                return QStringLiteral("%1: %2").arg(o.validation(type)->description.isEmpty()
                                                        ? o.validation(type)->name
                                                        : o.validation(type)->description,
                                                    validationText(o, type));
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (!type.isEmpty())
        return validationCellText(o, type);
    switch (index.column()) {
    case NameColumn:
        return o.name;
    case AssumedNameColumn:
        return o.assumedName;
    case AddressColumn:
        return o.oneLineAddress();
    case StatusColumn:
        return statusText(o.isActive ? o.status : QStringLiteral("inactive"));
    case OrganizationContactColumn:
        return o.organizationContact.displayName();
    case TechnicalContactColumn:
        return o.technicalContact.displayName();
    default:
        return {};
    }
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organization");
    case AssumedNameColumn:
        return tr("Assumed name");
    case AddressColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case OvColumn:
        return tr("OV");
    case EvColumn:
        return tr("EV");
    case CsColumn:
        return tr("CS");
    case EvCsColumn:
        return tr("EV CS");
    case OrganizationContactColumn:
        return tr("Organization contact");
    case TechnicalContactColumn:
        return tr("Technical contact");
    default:
        return {};
    }
}

void OrganizationsModel::appendOrganizations(const QList<Organization> &organizations) {
    if (organizations.isEmpty())
        return;
    const int first = int(m_organizations.size());
    beginInsertRows({}, first, first + int(organizations.size()) - 1);
    m_organizations += organizations;
    endInsertRows();
}

int OrganizationsModel::rowOfOrganization(qint64 organizationId) const {
    for (int row = 0; row < m_organizations.size(); ++row)
        if (m_organizations.at(row).id == organizationId)
            return row;
    return -1;
}

void OrganizationsModel::updateOrganization(const Organization &organization) {
    const int row = rowOfOrganization(organization.id);
    if (row < 0)
        return;
    Organization merged = organization;
    if (!merged.hasValidations && merged.validations.isEmpty()) {
        merged.validations = m_organizations.at(row).validations;
        merged.hasValidations = m_organizations.at(row).hasValidations;
    }
    m_organizations[row] = merged;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OrganizationsModel::removeOrganization(qint64 organizationId) {
    const int row = rowOfOrganization(organizationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_organizations.removeAt(row);
    endRemoveRows();
}

void OrganizationsModel::clear() {
    beginResetModel();
    m_organizations.clear();
    endResetModel();
}
