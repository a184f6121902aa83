#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class ReissueWizard;

// The code-signing reissue's one question (certcentral-docs.md 5.1): where the new key lives.
// On a token (DigiCert ships one, or one the user has) the key is made on the token and the
// request carries no CSR; on the user's HSM (email provisioning) the CSR made there is pasted
// here. No names: a code-signing certificate names the organization.
class ReissueProvisioningPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReissueProvisioningPage(ReissueWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString method() const;
    void updateMode();

    ReissueWizard *m_wizard;
    QButtonGroup *m_methods;
    QPlainTextEdit *m_csr;
    QLabel *m_csrLabel;
    QLabel *m_error;
};
