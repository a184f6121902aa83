#pragma once

#include <QWizardPage>

namespace Ui {
class RevokeDatePage;
}
class RevokeWizard;

// Revoke, page 2 (key compromise only): whether the user knows when the private key was
// compromised and, if so, when, in local time. It may not be before the issue date (of this
// certificate, or the most recent one on the order) nor in the future; an earlier value is
// refused on the field with the reason.
class RevokeDatePage : public QWizardPage {
    Q_OBJECT
public:
    explicit RevokeDatePage(RevokeWizard *wizard);
    ~RevokeDatePage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    Ui::RevokeDatePage *ui;
    RevokeWizard *m_wizard;
};
