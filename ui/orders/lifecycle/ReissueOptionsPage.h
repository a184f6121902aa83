#pragma once

#include <QWizardPage>

namespace Ui {
class ReissueOptionsPage;
}
class ReissueWizard;

// Reissue, last page before sending: DCV scope (base domain or each name, the account's
// default shown), DCV method, comments for the approver, skip approval where allowed, and the
// names that leave the certificate once more.
class ReissueOptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReissueOptionsPage(ReissueWizard *wizard);
    ~ReissueOptionsPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    Ui::ReissueOptionsPage *ui;
    ReissueWizard *m_wizard;
};
