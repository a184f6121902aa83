#pragma once

#include "Domain.h"

#include <QAbstractTableModel>
#include <QList>

// The account's domains as a table: each validation with its status and end, the DCV method
// and when it was last approved, and domain locking.
class DomainsModel : public QAbstractTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void appendDomains(const QList<Domain> &domains);
    void clear();
    void removeDomain(qint64 domainId);
    const Domain &domainAt(int row) const { return m_domains.at(row); }

    // "Completed until 29 Dec 2026", "Pending", "Expired" or empty for a validation type.
    static QString validationText(const Domain &domain, const QString &type);
    static QString dcvMethodText(const QString &method);

private:
    QList<Domain> m_domains;
};
