#pragma once

#include "core/Organization.h"
#include "services/OrganizationService.h"

#include <QPointer>
#include <QWizardPage>

namespace Ui {
class OrderOrganizationPage;
}
class OrderWizard;

// Page 5 (OV, EV, code signing): the organization named in the certificate, chosen from the
// account's active organizations with its validation for the product shown, or made here with
// New organization… (which adds it to the account first).
class OrderOrganizationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderOrganizationPage(OrderWizard *wizard);
    ~OrderOrganizationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void show();
    void showStatus();
    const Organization *selected() const;

    Ui::OrderOrganizationPage *ui;
    OrderWizard *m_wizard;
    bool m_loaded = false;
    QList<Organization> m_organizations;
    Reply<QList<Organization>, qint64, qint64> m_job;
    QString m_pendingSelection; // an organization made from this page
};
