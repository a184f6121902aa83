#pragma once

#include "core/NewOrganization.h"
#include "services/OrganizationService.h"

#include <QDialog>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class FieldErrorMap;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

// Create organization: details, organization contact, an optional technical contact, and
// optionally the validations to submit with it (EV and code signing with a verified contact).
// Every field is checked before sending and each problem is shown under its field; the dialog
// closes only when CertCentral created the organization, so nothing typed is lost.
class NewOrganizationDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewOrganizationDialog(CertCentralClient *client, QWidget *parent = nullptr);
    ~NewOrganizationDialog() override;

    // What the fields say now.
    NewOrganization organization() const;
    // Checks and sends; accept() follows CertCentral's 201.
    void submit();
    qint64 createdId() const { return m_createdId; }
    QString errorText(const QString &field) const;
    ErrorBanner *banner() const { return m_banner; }
    QLineEdit *field(const QString &field) const;
    void setValidationChecked(const QString &type, bool checked);

signals:
    void created(qint64 organizationId, const QString &name);
    // A check or CertCentral refused; the message as shown.
    void refused(const QString &message);

private:
    QGroupBox *buildValidationsGroup();
    void addContactFields(QFormLayout *form, const QString &prefix, bool jobTitle);
    void updateVerifiedContactGroup();
    void setBusy(bool busy);
    void showProblems(const FieldErrors &errors, const QString &apiMessage = {},
                      const QString &code = {});

    CertCentralClient *m_client;
    FieldErrorMap *m_errors;
    ErrorBanner *m_banner;
    QList<QCheckBox *> m_validationBoxes;
    QLabel *m_validationsError;
    QGroupBox *m_verifiedGroup;
    QCheckBox *m_skipDuplicate;
    QDialogButtonBox *m_buttons;
    Reply<qint64> m_call;
    qint64 m_createdId = 0;
};
