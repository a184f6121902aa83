#pragma once

#include "FilterChoice.h"

#include <QWizardPage>

namespace Ui {
class OrderOrganizationPage;
}
class OrderWizard;

// Page 5 (OV and EV): the organization named in the certificate, chosen from the account.
// New organizations are made on the Organizations page for now.
class OrderOrganizationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderOrganizationPage(OrderWizard *wizard);
    ~OrderOrganizationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void show(FilterChoice::Kind kind, const QList<FilterChoice> &organizations);

    Ui::OrderOrganizationPage *ui;
    OrderWizard *m_wizard;
    bool m_loaded = false;
    QString m_pendingSelection; // an organization made from this page
};
