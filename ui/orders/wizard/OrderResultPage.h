#pragma once

#include "services/OrderPlacement.h"

#include <QWizardPage>

namespace Ui {
class OrderResultPage;
}
class OrderWizard;

// Page 8: places the order (OrderPlacement: once, with the lost-reply lookup) and says what
// happened and what to do next: the DCV random value with a Copy button, "waiting for
// approval", or, when the reply was lost, what was found.
class OrderResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderResultPage(OrderWizard *wizard);
    ~OrderResultPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    void showState();
    void lookUpNamesToProve(qint64 orderId);
    void lookUpInitCode(qint64 orderId);

    Ui::OrderResultPage *ui;
    OrderWizard *m_wizard;
    bool m_lookedUp = false; // the DCV scope or init code was asked for
    QStringList m_toProve;   // names whose control is still to be proven
    QString m_initCode;      // code signing on a token
};
