#pragma once

#include "core/ApiError.h"

#include <QWizardPage>

namespace Ui {
class LifecycleResultPage;
}
class LifecycleWizard;

// The last page of the reissue, duplicate and revoke wizards: sends the request once when it
// is shown, then says what CertCentral answered; a refusal offers to go back and change it,
// a lost answer says to look at the order before trying again (nothing is resent).
class LifecycleResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit LifecycleResultPage(LifecycleWizard *wizard);
    ~LifecycleResultPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    void showResult(const QString &richText);
    void showFailure(const ApiError &error);
    QString text() const;

private:
    Ui::LifecycleResultPage *ui;
    LifecycleWizard *m_wizard;
    bool m_done = false;
};
