#pragma once

#include <QDialog>

class CertCentralClient;
class FieldErrorLabel;
class QComboBox;
class QDialogButtonBox;
class QLabel;

// Change how a pending order or reissue proves control of its names: the new method, then (for
// the token methods) the new random value and where it goes.
class DcvMethodDialog : public QDialog {
    Q_OBJECT
public:
    DcvMethodDialog(CertCentralClient *client, qint64 orderId, const QString &currentMethod,
                    QWidget *parent = nullptr);
    void submit();
    QString resultText() const;

signals:
    void changed(qint64 orderId);

private:
    CertCentralClient *m_client;
    qint64 m_orderId;
    QComboBox *m_method;
    QLabel *m_result;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
