#pragma once

#include "core/Organization.h"

#include "models/RowTableModel.h"

#include <QList>

// The account's organizations as a table: address on one line, each validation (OV, EV, CS,
// EV CS) with its state and end, and the two contacts once Organization info filled them in.
class OrganizationsModel : public RowTableModel<Organization> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AssumedNameColumn,
        AddressColumn,
        StatusColumn,
        OvColumn,
        EvColumn,
        CsColumn,
        EvCsColumn,
        OrganizationContactColumn,
        TechnicalContactColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, OrganizationIdRole };

    explicit OrganizationsModel(QObject *parent = nullptr);

    void appendOrganizations(const QList<Organization> &organizations) {
        appendRows(organizations);
    }
    // Replaces the row of the same id (Organization info: contacts and validations); a
    // summary without validations keeps the ones already known. Unknown ids are ignored.
    void updateOrganization(const Organization &organization);
    void removeOrganization(qint64 organizationId);
    const Organization &organizationAt(int row) const { return rowAt(row); }
    int rowOfOrganization(qint64 organizationId) const;

    // The validation type of a column (ov, ev, cs, ev_cs), or empty.
    static QString validationType(int column);
    // "Valid until 19 Nov 2027", "Pending", "Expired" or empty for a validation type.
    static QString validationText(const Organization &organization, const QString &type);
    // The table's short form: the end date of a completed validation ("19 Nov 2027", the
    // column says which type), else the state.
    static QString validationCellText(const Organization &organization, const QString &type);
    static QString statusText(const QString &status);

protected:
    QVariant rowData(const Organization &organization, int column, int role) const override;

private:
    static QList<ColumnSpec> columns();
    static ColumnSpec validationColumn(const char *header, const QString &type);
};
