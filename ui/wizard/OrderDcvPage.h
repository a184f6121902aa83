#pragma once

#include <QWizardPage>

namespace Ui {
class OrderDcvPage;
}
class OrderWizard;

// Page 6: how control of the names is proven (DCV method) and for which name (scope).
class OrderDcvPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderDcvPage(OrderWizard *wizard);
    ~OrderDcvPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();

    Ui::OrderDcvPage *ui;
    OrderWizard *m_wizard;
};
