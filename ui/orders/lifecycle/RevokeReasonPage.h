#pragma once

#include <QWizardPage>

namespace Ui {
class RevokeReasonPage;
}
class RevokeWizard;

// Revoke, page 1: this certificate or every certificate on the order, and why.
class RevokeReasonPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RevokeReasonPage(RevokeWizard *wizard);
    ~RevokeReasonPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void showExplanation();

    Ui::RevokeReasonPage *ui;
    RevokeWizard *m_wizard;
};
