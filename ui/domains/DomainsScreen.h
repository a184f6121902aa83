#pragma once

#include "ui/common/ListScreen.h"
#include <QDateTime>

#include "core/RolePolicy.h"
#include "services/DomainService.h"

#include <QPointer>

class CertCentralClient;
struct Domain;
class DomainsModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

// The Domains page: every domain with its OV and EV validations, DCV method and approval, and
// domain lock; instant search; details of the selected domain.
class DomainsScreen : public ListScreen {
    Q_OBJECT
public:
    explicit DomainsScreen(CertCentralClient *client, QWidget *parent = nullptr);
    ~DomainsScreen() override;

    DomainsModel *model() const { return m_model; }
    bool isLoading() const { return m_job.isRunning(); }
    QString detailsText() const;

public slots:
    void refresh();
    // For the selected domain: fetch its random value and show what to publish where.
    void showDcvInstructions();
    // POST domain/{id}/dcv/token, after a confirmation when confirm is set; the dialog follows.
    void requestNewToken(qint64 id, const QString &name, const QString &method, bool confirm);
    // For the selected domain: ask CertCentral to look for the random value now.
    void checkDcv();
    // Deletes the selected domain after a confirmation (confirm=false skips it: tests).
    void deleteSelected(bool confirm = true);
    // Submits the selected domain for validation (ov/ev) with a DCV method; refreshes after.
    void submitValidation(const QStringList &types, const QString &dcvMethod);
    // Opens the Add domain dialog (window-modal); domainAdded follows when CertCentral took it.
    void addDomain();
    // What the signed-in user may do: Add, Submit and Delete are disabled with the reason.
    void setRolePolicy(const RolePolicy &roles);

signals:
    void dcvInstructionsShown(const QString &text, const QString &randomValue);
    void dcvChecked(bool ok, const QString &message);
    void domainDeleted(bool ok, const QString &message);
    void validationSubmitted(bool ok, const QString &message);
    void domainAdded(qint64 domainId, const QString &name);

private:
    void showDetails();
    const Domain *selectedDomain() const;
    void askForValidation();
    void showTokenDialog(qint64 id, const QString &name, const QString &method,
                         const QString &token, const QDateTime &expires);

    CertCentralClient *m_client;
    DomainsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_details;
    QPushButton *m_instructions;
    QPushButton *m_check;
    QPushButton *m_delete;
    QPushButton *m_submit;
    QPushButton *m_add;
    RolePolicy m_roles{QStringList{QStringLiteral("admin")}}; // until user/me says otherwise
    Reply<QList<Domain>, qint64, qint64> m_job;
};
