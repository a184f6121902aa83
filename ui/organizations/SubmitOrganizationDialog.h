#pragma once

#include "core/NewOrganization.h"
#include "core/Organization.h"
#include "services/OrganizationService.h"

#include <QDialog>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

// Submit for validation: which of OV, EV, CS and EV CS, and which verified contacts approve
// the EV and code-signing ones. Closes when CertCentral accepted the request.
class SubmitOrganizationDialog : public QDialog {
    Q_OBJECT
public:
    SubmitOrganizationDialog(CertCentralClient *client, const Organization &organization,
                             QWidget *parent = nullptr);
    ~SubmitOrganizationDialog() override;

    QList<NewOrganization::Validation> validations() const;
    void setValidationChecked(const QString &type, bool checked);
    // Checks the verified contact with this id as an approver; false if it is not listed.
    bool setApproverChecked(qint64 contactId, bool checked);
    int approverCount() const;
    void submit();
    ErrorBanner *banner() const { return m_banner; }
    QString validationsError() const;

signals:
    void submitted(qint64 organizationId, const QStringList &types);
    // The verified contacts were loaded (or could not be).
    void approversLoaded();

private:
    void updateButtons();
    void setBusy(bool busy);

    CertCentralClient *m_client;
    Organization m_organization;
    ErrorBanner *m_banner;
    QList<QCheckBox *> m_boxes;
    QListWidget *m_approvers;
    QLabel *m_approversNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    Reply<qint64> m_call;
    bool m_approversKnown = false;
};
