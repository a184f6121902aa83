#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

namespace Ui {
class OrderKeyPage;
}
class OrderWizard;

// Page 3: a new key and CSR made here (off the UI thread), the key saved as encrypted PKCS#8
// owner-only where the user chose; or a CSR pasted or opened, checked against the names.
class OrderKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderKeyPage(OrderWizard *wizard);
    ~OrderKeyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Starts making the key (as the Make button does); generated() follows.
    void generate();
    static QString strengthText(const QString &passphrase);

signals:
    void generated(bool ok, const QString &message);

private:
    struct Made {
        QByteArray csr;
        QString error;
    };
    void updateMode();
    void checkCsr();
    void onGenerated();

    Ui::OrderKeyPage *ui;
    OrderWizard *m_wizard;
    QFutureWatcher<Made> m_watcher;
    QByteArray m_generatedCsr; // for the names it was made for
    QString m_generatedFor;
    QByteArray m_pastedCsr; // checked, normalised
};
