#pragma once

#include "FilterChoice.h"

#include <QWizardPage>

namespace Ui {
class OrderOptionsPage;
}
class OrderWizard;

// Page 7: the order's options: container, auto-renew, who else is told, the renewal message
// and comments for the approver.
class OrderOptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderOptionsPage(OrderWizard *wizard);
    ~OrderOptionsPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void showContainers(FilterChoice::Kind kind, const QList<FilterChoice> &containers);
    QStringList emails() const;

    Ui::OrderOptionsPage *ui;
    OrderWizard *m_wizard;
    bool m_loaded = false;
};
