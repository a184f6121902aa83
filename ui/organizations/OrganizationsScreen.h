#pragma once

#include "core/ApiError.h"
#include "core/RolePolicy.h"
#include "services/OrganizationService.h"
#include "ui/common/ListScreen.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class CertCentralClient;
class NewOrganizationDialog;
class OrganizationContactsDialog;
class OrganizationsModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class SubmitOrganizationDialog;
struct Organization;

// The Organizations page: every organization with its address, OV/EV/CS/EV CS validations and
// contacts; instant search; details of the selected one. Create (optionally submitting for
// validation at once), submit for validation, change contacts and delete, each disabled with
// the reason when the signed-in role may not.
class OrganizationsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit OrganizationsScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~OrganizationsScreen() override;

    OrganizationsModel *model() const { return m_model; }
    bool isLoading() const { return m_job.isRunning(); }
    // Organization info requests still waiting or running (contacts for the table).
    int pendingDetails() const { return int(m_detailsQueue.size() + m_detailCalls.size()); }
    QString detailsText() const;
    // The roles of the signed-in user; until set, every action is offered and CertCentral
    // decides.
    void setRolePolicy(const RolePolicy &roles);
    // Selects the row of an organization (clearing the search if it hides it); false if it
    // is not loaded.
    bool selectOrganization(qint64 organizationId);

    // Why CertCentral refused a delete, in a sentence that says what to do.
    static QString deleteRefusalText(const ApiError &error, const QString &name);

public slots:
    void refresh();
    // The dialogs open window-modal and are returned for tests; they delete themselves.
    NewOrganizationDialog *showCreateDialog();
    SubmitOrganizationDialog *showSubmitDialog();
    OrganizationContactsDialog *showContactsDialog();
    // Deletes the selected organization after a confirmation (confirm=false skips it: tests).
    void deleteSelected(bool confirm = true);

signals:
    void organizationCreated(qint64 organizationId, const QString &message);
    void validationSubmitted(bool ok, const QString &message);
    void contactsChanged(bool ok, const QString &message);
    void organizationDeleted(bool ok, const QString &message);
    // Every organization is loaded (the list, not yet every detail).
    void loaded();

private:
    void setUpColumns();
    void showDetails();
    void updateActions();
    const Organization *selectedOrganization() const;
    void queueDetails(qint64 organizationId, bool first = false);
    void pumpDetails();
    void cancelDetails();

    CertCentralClient *m_client;
    OrganizationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_details;
    QPushButton *m_create;
    QPushButton *m_submit;
    QPushButton *m_contacts;
    QPushButton *m_delete;
    Reply<QList<Organization>, qint64, qint64> m_job;
    QList<qint64> m_detailsQueue;
    QHash<qint64, AnyReply> m_detailCalls; // by organization
    std::optional<RolePolicy> m_roles;
};
