#pragma once

#include <QDialog>

class CertCentralClient;
class FieldErrorLabel;
class QDialogButtonBox;
class QPlainTextEdit;

// Cancel a pending order or reissue: a note is required (CertCentral keeps it as the reason),
// the button says what it does, and a refusal stays in the dialog with the note kept.
class CancelOrderDialog : public QDialog {
    Q_OBJECT
public:
    CancelOrderDialog(CertCentralClient *client, qint64 orderId, const QString &commonName,
                      QWidget *parent = nullptr);
    void submit();

signals:
    void canceled(qint64 orderId);

private:
    CertCentralClient *m_client;
    qint64 m_orderId;
    QPlainTextEdit *m_note;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
