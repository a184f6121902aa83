#include "VerifiedContactsModel.h"

#include "OrganizationsModel.h"

VerifiedContactsModel::VerifiedContactsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int VerifiedContactsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int VerifiedContactsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString VerifiedContactsModel::validationsText(const VerifiedContact &contact) {
    QStringList parts;
    for (const VerifiedContact::Validation &v : contact.validations)
        parts << tr("%1: %2").arg(v.name, OrganizationsModel::statusText(v.status));
    return parts.join(QStringLiteral(", "));
}

QString VerifiedContactsModel::telephoneText(const OrganizationContact &contact) {
    if (contact.telephoneExtension.isEmpty())
        return contact.telephone;
    return tr("%1 ext. %2").arg(contact.telephone, contact.telephoneExtension);
}

QVariant VerifiedContactsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VerifiedContact &c = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return c.id();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.contact.displayName();
    case EmailColumn:
        return c.contact.email;
    case TelephoneColumn:
        return telephoneText(c.contact);
    case JobTitleColumn:
        return c.contact.jobTitle;
    case ValidationsColumn:
        return validationsText(c);
    default:
        return {};
    }
}

QVariant VerifiedContactsModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case TelephoneColumn:
        return tr("Telephone");
    case JobTitleColumn:
        return tr("Job title");
    case ValidationsColumn:
        return tr("Validations");
    default:
        return {};
    }
}

void VerifiedContactsModel::setContacts(const QList<VerifiedContact> &contacts) {
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

void VerifiedContactsModel::clear() {
    setContacts({});
}
