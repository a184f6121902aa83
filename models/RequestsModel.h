#pragma once

#include "core/ApprovalRequest.h"

#include "models/RowTableModel.h"

#include <QList>

// The approvals queue: requests waiting for a decision first (oldest first, so nobody waits
// longest), then the decided ones, newest first. Status is written out, never shown by colour
// alone.
class RequestsModel : public RowTableModel<ApprovalRequest> {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        TypeColumn,
        DateColumn,
        RequesterColumn,
        ProductColumn,
        CommonNameColumn,
        OtherNamesColumn,
        OrganizationColumn,
        CommentColumn,
        ColumnCount
    };
    enum Role { RequestIdRole = Qt::UserRole + 1, PendingRole };

    explicit RequestsModel(QObject *parent = nullptr);

    // Sorts them (lessThan) and shows them instead of the rows before.
    void setRequests(QList<ApprovalRequest> requests);
    const ApprovalRequest &requestAt(int row) const { return rowAt(row); }
    int rowOfRequest(qint64 requestId) const;
    int pendingCount() const;

    // "Pending", "Approved", ... in the user's language.
    static QString statusText(const QString &status);
    // The names other than the common name, comma separated.
    static QString otherNames(const ApprovalRequest &request);
    // Pending first (oldest first), then the rest newest first.
    static bool lessThan(const ApprovalRequest &a, const ApprovalRequest &b);

protected:
    QVariant rowData(const ApprovalRequest &request, int column, int role) const override;

private:
    static QList<ColumnSpec> columns();
};
