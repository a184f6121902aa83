#pragma once

#include <QWizardPage>

namespace Ui {
class DuplicateDatePage;
}
class DuplicateWizard;

// Duplicate, page 1: which of the order's names, when it ends (a date picker bounded by the
// earliest of the order's end, the plan's end and the longest validity, saying which bound applies;
// the original certificate's end by default), comments and skip approval where allowed.
class DuplicateDatePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DuplicateDatePage(DuplicateWizard *wizard);
    ~DuplicateDatePage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    Ui::DuplicateDatePage *ui;
    DuplicateWizard *m_wizard;
    bool m_initialized = false;
};
