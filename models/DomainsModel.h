#pragma once

#include "core/Domain.h"

#include "models/RowTableModel.h"

#include <QList>

// The account's domains as a table: each validation with its status and end, the DCV method
// and when it was last approved, and domain locking.
class DomainsModel : public RowTableModel<Domain> {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OrganizationColumn,
        StatusColumn,
        OvColumn,
        EvColumn,
        DcvMethodColumn,
        DcvApprovedColumn,
        LockingColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, DomainIdRole };

    explicit DomainsModel(QObject *parent = nullptr);

    void appendDomains(const QList<Domain> &domains) { appendRows(domains); }
    void removeDomain(qint64 domainId);
    const Domain &domainAt(int row) const { return rowAt(row); }

    // "Completed until 29 Dec 2026", "Pending", "Expired" or empty for a validation type.
    static QString validationText(const Domain &domain, const QString &type);
    static QString dcvMethodText(const QString &method);

protected:
    QVariant rowData(const Domain &domain, int column, int role) const override;

private:
    static QList<ColumnSpec> columns();
};
