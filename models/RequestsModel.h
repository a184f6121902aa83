#pragma once

#include "ApprovalRequest.h"

#include <QAbstractTableModel>
#include <QList>

// The approvals queue: requests waiting for a decision first (oldest first, so nobody waits
// longest), then the decided ones, newest first. Status is written out, never shown by colour
// alone.
class RequestsModel : public QAbstractTableModel {
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRequests(QList<ApprovalRequest> requests);
    void clear();
    const ApprovalRequest &requestAt(int row) const { return m_requests.at(row); }
    int rowOfRequest(qint64 requestId) const;
    int pendingCount() const;

    // "Pending", "Approved", ... in the user's language.
    static QString statusText(const QString &status);
    // The names other than the common name, comma separated.
    static QString otherNames(const ApprovalRequest &request);
    // Pending first (oldest first), then the rest newest first.
    static bool lessThan(const ApprovalRequest &a, const ApprovalRequest &b);

private:
    QList<ApprovalRequest> m_requests;
};
