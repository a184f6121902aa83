#pragma once

#include "VerifiedContact.h"

#include <QAbstractTableModel>
#include <QList>

// The verified contacts of one organization: name, e-mail, telephone, job title and the
// validation types they approve with each one's state.
class VerifiedContactsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EmailColumn,
        TelephoneColumn,
        JobTitleColumn,
        ValidationsColumn,
        ColumnCount
    };
    enum Role { ContactIdRole = Qt::UserRole + 1 };

    explicit VerifiedContactsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setContacts(const QList<VerifiedContact> &contacts);
    void clear();
    const VerifiedContact &contactAt(int row) const { return m_contacts.at(row); }

    // "EV: Completed, CS: Pending".
    static QString validationsText(const VerifiedContact &contact);
    // "+1 555 0100 ext. 12".
    static QString telephoneText(const OrganizationContact &contact);

private:
    QList<VerifiedContact> m_contacts;
};
