#pragma once

#include <QWizardPage>

namespace Ui {
class OrderReviewPage;
}
class OrderWizard;

// Page 7: everything in words, the exact JSON on request, the balance it is charged to, and
// the commit button "Place order" (no way back once pressed).
class OrderReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderReviewPage(OrderWizard *wizard);
    ~OrderReviewPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    QStringList summaryLines() const;
    QStringList settingLines() const;
    QString requestPreview() const;
    Ui::OrderReviewPage *ui;
    OrderWizard *m_wizard;
};
