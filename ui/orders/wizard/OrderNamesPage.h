#pragma once

#include <QWizardPage>

namespace Ui {
class OrderNamesPage;
}
class OrderWizard;

// Page 2: the common name and other names, each checked as typed (DnsName), IDNs shown and
// sent as punycode, duplicates dropped; offers the free www. or base-domain name.
class OrderNamesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderNamesPage(OrderWizard *wizard);
    ~OrderNamesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    QStringList sanLines() const;
    QString companionName() const;

    Ui::OrderNamesPage *ui;
    OrderWizard *m_wizard;
};
