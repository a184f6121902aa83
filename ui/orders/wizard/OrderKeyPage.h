#pragma once

#include <QFutureWatcher>
#include <QWizardPage>

namespace Ui {
class OrderKeyPage;
}
class KeyPageHost;

// A new key and CSR made here (off the UI thread), the key saved as encrypted PKCS#8
// owner-only where the user chose; or a CSR pasted or opened, checked against the names. Page 3
// of the order wizard, and the key page of the reissue and duplicate wizards (KeyPageHost).
class OrderKeyPage : public QWizardPage {
    Q_OBJECT
public:
    OrderKeyPage(KeyPageHost *host, QWidget *parent = nullptr);
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
    KeyPageHost *m_host;
    QFutureWatcher<Made> m_watcher;
    QByteArray m_generatedCsr; // for the names it was made for
    QString m_generatedFor;
    QByteArray m_pastedCsr; // checked, normalised
};
