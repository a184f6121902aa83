#pragma once

#include <QHash>
#include <QWizardPage>

namespace Ui {
class OrderDcvPage;
}
class OrderWizard;

// Page 6: how control of the names is proven (DCV method), for which name (scope), and for
// e-mail DCV, where the e-mail for each name goes (any WHOIS or constructed address by default).
class OrderDcvPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderDcvPage(OrderWizard *wizard);
    ~OrderDcvPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The e-mail chosen for a name ("" for every WHOIS and constructed address).
    void setDcvEmail(const QString &name, const QString &email);

private:
    void update();
    void fillEmailTable();
    void readEmailTable();
    static QStringList constructedAddresses(const QString &name);

    Ui::OrderDcvPage *ui;
    OrderWizard *m_wizard;
    QHash<QString, QString> m_emails; // by name; kept across Back
};
