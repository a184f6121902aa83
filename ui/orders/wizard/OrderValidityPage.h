#pragma once

#include "core/NewOrder.h"

#include <QWizardPage>

namespace Ui {
class OrderValidityPage;
}
class OrderWizard;

// Page 4: how long the order runs: 1-3 years, a number of days, or an end date (7 days to 3
// years ahead); shows the dates that result. Certificates last at most
// TlsLimits::maxCertificateDays each and are reissued within the order.
class OrderValidityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderValidityPage(OrderWizard *wizard);
    ~OrderValidityPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();
    QString problem() const;
    void fill(NewOrder *order) const;

    Ui::OrderValidityPage *ui;
    OrderWizard *m_wizard;
};
