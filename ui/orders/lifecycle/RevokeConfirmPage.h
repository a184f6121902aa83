#pragma once

#include <QWizardPage>

namespace Ui {
class RevokeConfirmPage;
}
class RevokeWizard;

// Revoke, last page before sending: everything in words, skip approval for administrators,
// and the common name (or, for the whole order, the order number) typed to confirm.
class RevokeConfirmPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RevokeConfirmPage(RevokeWizard *wizard);
    ~RevokeConfirmPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString expectedConfirmation() const;

private:
    Ui::RevokeConfirmPage *ui;
    RevokeWizard *m_wizard;
};
