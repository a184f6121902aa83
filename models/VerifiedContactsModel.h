#pragma once

#include "core/VerifiedContact.h"

#include "models/RowTableModel.h"

#include <QList>

// The verified contacts of one organization: name, e-mail, telephone, job title and the
// validation types they approve with each one's state.
class VerifiedContactsModel : public RowTableModel<VerifiedContact> {
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

    void setContacts(const QList<VerifiedContact> &contacts) { setRows(contacts); }
    const VerifiedContact &contactAt(int row) const { return rowAt(row); }

    // "EV: Completed, CS: Pending".
    static QString validationsText(const VerifiedContact &contact);
    // "+1 555 0100 ext. 12".
    static QString telephoneText(const OrganizationContact &contact);

protected:
    QVariant rowData(const VerifiedContact &contact, int column, int role) const override;

private:
    static QList<ColumnSpec> columns();
};
