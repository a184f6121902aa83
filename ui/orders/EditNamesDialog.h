#pragma once

#include <QDialog>
#include <QStringList>

class CertCentralClient;
class FieldErrorLabel;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Edit the names of a pending order or reissue: the common name and the other names, never more
// than the order has (CertCentral's rule); checked here before anything is sent, and a refusal
// stays in the dialog with what was typed.
class EditNamesDialog : public QDialog {
    Q_OBJECT
public:
    EditNamesDialog(CertCentralClient *client, qint64 orderId, const QStringList &currentNames,
                    QWidget *parent = nullptr);
    void submit();

signals:
    void edited(qint64 orderId);

private:
    CertCentralClient *m_client;
    qint64 m_orderId;
    QStringList m_current;
    QLineEdit *m_commonName;
    QPlainTextEdit *m_sans;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
