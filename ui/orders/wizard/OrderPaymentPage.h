#pragma once

#include <QWizardPage>

namespace Ui {
class OrderPaymentPage;
}
class OrderWizard;

// Page 7: how the order is paid: the balance (with the funds available), the card stored in
// CertCentral, or a card typed here (checked with Luhn, expiry and CVV before anything is
// sent; the number and CVV are never logged and are cleared once the order is sent).
class OrderPaymentPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderPaymentPage(OrderWizard *wizard);
    ~OrderPaymentPage() override;

    void initializePage() override;
    bool validatePage() override;
    // Empties the card fields (after the order was sent).
    void clearCard();

private:
    void updateMode();

    Ui::OrderPaymentPage *ui;
    OrderWizard *m_wizard;
};
