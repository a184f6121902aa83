#pragma once

#include <QWizardPage>

namespace Ui {
class ReissueNamesPage;
}
class ReissueWizard;

// Reissue, page 1: the names, prefilled from the order, and the signature hash. Names the
// reissue drops are listed as they are removed, with the 72-hour revocation warning.
class ReissueNamesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReissueNamesPage(ReissueWizard *wizard);
    ~ReissueNamesPage() override;

    bool validatePage() override;

private:
    void readNames();

    Ui::ReissueNamesPage *ui;
    ReissueWizard *m_wizard;
};
