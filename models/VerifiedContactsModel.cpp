#include "models/VerifiedContactsModel.h"

#include "models/OrganizationsModel.h"

VerifiedContactsModel::VerifiedContactsModel(QObject *parent)
    : RowTableModel(columns(), -1, parent) {}

QList<VerifiedContactsModel::ColumnSpec> VerifiedContactsModel::columns() {
    using C = const VerifiedContact &;
    return {
        {[] { return tr("Name"); },
         [](C c) {
             return c.contact.displayName();
         }},
        {[] { return tr("E-mail"); },
         [](C c) {
             return c.contact.email;
         }},
        {[] { return tr("Telephone"); },
         [](C c) {
             return telephoneText(c.contact);
         }},
        {[] { return tr("Job title"); },
         [](C c) {
             return c.contact.jobTitle;
         }},
        {[] { return tr("Validations"); },
         [](C c) {
             return validationsText(c);
         }},
    };
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

QVariant VerifiedContactsModel::rowData(const VerifiedContact &contact, int, int role) const {
    return role == ContactIdRole ? QVariant(contact.id()) : QVariant();
}
