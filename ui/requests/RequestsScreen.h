#pragma once

#include "core/ApprovalRequest.h"
#include "core/RequestDecision.h"
#include "core/RolePolicy.h"
#include "services/RequestService.h"
#include "ui/common/ListScreen.h"

#include <QPointer>

#include <optional>

class CertCentralClient;
class RequestDecisionDialog;
class RequestDetailsPane;
class RequestsModel;
class QComboBox;
class QLabel;
class QPushButton;

// The Requests page: the approvals queue (pending first), filters by status and type, the
// selected request's details, and Approve / Reject for one or several at once. Without the
// approver role the queue is still readable but the decisions are disabled with the reason.
class RequestsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit RequestsScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~RequestsScreen() override;

    RequestsModel *model() const { return m_model; }
    RequestDetailsPane *details() const { return m_details; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    bool isLoading() const { return m_job.isRunning(); }
    void setRolePolicy(const RolePolicy &roles);
    // Selects these requests (those in the list); for tests and links.
    void selectRequests(const QList<qint64> &requestIds);
    QList<ApprovalRequest> selectedRequests() const;

public slots:
    void refresh();
    // Opens the decision dialog for the selected pending requests (window-modal).
    RequestDecisionDialog *decideSelected(RequestDecision::Outcome outcome);
    RequestDecisionDialog *approveSelected() {
        return decideSelected(RequestDecision::Outcome::Approve);
    }
    RequestDecisionDialog *rejectSelected() {
        return decideSelected(RequestDecision::Outcome::Reject);
    }

signals:
    void requestsLoaded(int count);
    // The pending count as last loaded (for the navigation badge); -1 while unknown.
    void pendingCountChanged(int count);
    // A decision round ended (the list reloads).
    void decisionsMade(const QList<qint64> &changed, const QList<qint64> &stale);

private:
    void fillFilters();
    void setUpColumns();
    void connectControls();
    void updateActions();
    void showCurrent();

    CertCentralClient *m_client;
    RequestsModel *m_model;
    QComboBox *m_status;
    QComboBox *m_type;
    QPushButton *m_approve;
    QPushButton *m_reject;
    RequestDetailsPane *m_details;
    QLabel *m_roleNote;
    Reply<QList<ApprovalRequest>, qint64, qint64> m_job;
    std::optional<RolePolicy> m_roles;
};
