#pragma once

#include "NewPurchaseOrder.h"
#include "PurchaseOrder.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class FieldErrorMap;
class PurchaseOrderCreateCall;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Ask DigiCert for funds: a purchase order of an amount (0.01 to 1,000,000.00) for a
// division, with an optional VAT number and note. Send… checks the form (each problem under
// its field), asks to confirm, sends once, and shows the new purchase order's number; the
// dialog stays open on a refusal.
class NewPurchaseOrderDialog : public QDialog {
    Q_OBJECT
public:
    // divisions: (container id, name), the caller's own first; may be empty (the caller's).
    NewPurchaseOrderDialog(CertCentralClient *client,
                           const QList<QPair<qint64, QString>> &divisions,
                           QWidget *parent = nullptr);
    ~NewPurchaseOrderDialog() override;

    QLineEdit *amountEdit() const;
    QComboBox *divisionPicker() const { return m_division; }
    QLineEdit *field(const QString &apiField) const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *confirmButton() const { return m_confirm; }
    QString errorText(const QString &apiField) const;
    QString confirmationText() const;
    QString resultText() const;
    ErrorBanner *banner() const { return m_banner; }
    NewPurchaseOrder purchaseOrder() const;

public slots:
    // Checks the form; shows the confirmation when it can be sent.
    void submit();
    // Sends it (after the confirmation).
    void confirm();

signals:
    void confirmationShown(const QString &text);
    void created(const PurchaseOrder &purchaseOrder);

private:
    void showPage(int index);

    CertCentralClient *m_client;
    FieldErrorMap *m_errors;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QComboBox *m_division;
    QPushButton *m_send;
    QLabel *m_confirmText;
    QPushButton *m_confirm;
    QPushButton *m_back;
    QLabel *m_resultText;
    QPointer<PurchaseOrderCreateCall> m_call;
};
