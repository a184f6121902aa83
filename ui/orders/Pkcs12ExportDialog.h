#pragma once

#include <QDialog>
#include <QFutureWatcher>

class CertCentralClient;
class FieldErrorLabel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Save as PKCS#12: downloads the certificate and its chain, finds the matching private key in a
// folder on this computer (asking the key's passphrase), checks that key and certificate
// belong together, and writes key, certificate and chain under a new passphrase, owner-only and
// never over a file. Every refusal stays in the dialog with what was entered.
class Pkcs12ExportDialog : public QDialog {
    Q_OBJECT
public:
    Pkcs12ExportDialog(CertCentralClient *client, qint64 certificateId, const QString &commonName,
                       QWidget *parent = nullptr);
    ~Pkcs12ExportDialog() override;
    void submit();
    QString statusText() const;

signals:
    void saved(const QString &path);

private:
    // What the worker thread found and wrote: the key file used, or why nothing was written.
    struct Written {
        QString keyPath;
        QString error;
    };
    void write(const QByteArray &chainPem);
    void onWritten();
    void setBusy(bool busy);

    CertCentralClient *m_client;
    qint64 m_certificateId;
    QLineEdit *m_keyFolder;
    QLineEdit *m_keyPassphrase;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLineEdit *m_output;
    FieldErrorLabel *m_error;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    // Opening encrypted keys and sealing the bundle derive keys from passphrases: off the UI
    // thread.
    QFutureWatcher<Written> m_watcher;
};
