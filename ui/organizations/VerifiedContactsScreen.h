#pragma once

#include "core/RolePolicy.h"
#include "services/OrganizationService.h"
#include "ui/common/ListScreen.h"

#include <QPointer>

#include <optional>

class AddVerifiedContactsDialog;
class CertCentralClient;
class QComboBox;
class QPushButton;
class VerifiedContactsModel;

// The Verified contacts page: pick an organization, see who may approve its EV and
// code-signing orders and the state of each validation type, and add up to 30 at a time.
class VerifiedContactsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit VerifiedContactsScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~VerifiedContactsScreen() override;

    VerifiedContactsModel *model() const { return m_model; }
    QComboBox *organizationPicker() const { return m_organizations; }
    bool isLoading() const { return m_job.isRunning() || m_call.isRunning(); }
    qint64 currentOrganizationId() const;
    // Shows the contacts of this organization; false if it is not in the picker.
    bool setOrganization(qint64 organizationId);
    void setRolePolicy(const RolePolicy &roles);

public slots:
    // Reloads the organizations for the picker, then the contacts of the one chosen.
    void refresh();
    void loadContacts();
    // Opens the Add verified contacts dialog for the chosen organization (window-modal).
    AddVerifiedContactsDialog *showAddDialog();

signals:
    void organizationsLoaded();
    void contactsLoaded(qint64 organizationId, int count);
    void contactsAdded(qint64 organizationId, const QString &message);

private:
    void updateActions();

    CertCentralClient *m_client;
    VerifiedContactsModel *m_model;
    QComboBox *m_organizations;
    QPushButton *m_add;
    Reply<QList<Organization>, qint64, qint64> m_job;
    Reply<qint64, QList<VerifiedContact>> m_call;
    std::optional<RolePolicy> m_roles;
};
