#pragma once

#include <QWizardPage>

namespace Ui {
class OrderProvisioningPage;
}
class OrderWizard;

// Code signing's page 2 (in place of names and key): where the private key lives. Since June
// 2023 code-signing keys live on hardware: a token DigiCert ships (with its address), the
// customer's token through DigiCert's client app, the customer's HSM (a CSR made there, RSA
// 3072 or more), or KeyLocker.
class OrderProvisioningPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderProvisioningPage(OrderWizard *wizard);
    ~OrderProvisioningPage() override;

    bool validatePage() override;

private:
    void update();

    Ui::OrderProvisioningPage *ui;
    OrderWizard *m_wizard;
};
