#pragma once

#include "Invoice.h"
#include "InvoicePayment.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class CertCentralClient;
class FieldErrorMap;
class InvoicePaymentJob;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;
class QWidget;

// Pay one or more invoices: the invoices and what is owed in all, the stored payment profile
// or a new card (with its billing address) and an optional VAT number. Pay… checks the form
// (each problem under its field), asks CertCentral for every invoice again, then asks to
// confirm the total and the method; the invoices are then paid one after another
// (InvoicePaymentJob) and the dialog ends on a receipt: each invoice paid with its receipt,
// the total paid and, when one was refused, which one, why, and that the rest were not paid.
// The card number and CVV are registered with SecretRedactor only while the payment runs and
// every card field is emptied when the attempt ends or the dialog closes; nothing is stored.
class PayInvoicesDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { Form, Checking, Confirm, Paying, Result };

    PayInvoicesDialog(CertCentralClient *client, const QList<Invoice> &invoices,
                      QWidget *parent = nullptr);
    ~PayInvoicesDialog() override;

    Step step() const { return m_step; }
    // The card and billing fields by the API's field path ("credit_card.number",
    // "billing_address.city", "vat_number"...).
    QLineEdit *field(const QString &apiField) const;
    QComboBox *expiryMonth() const { return m_month; }
    QRadioButton *profileButton() const { return m_profile; }
    QRadioButton *cardButton() const { return m_card; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *confirmButton() const { return m_confirm; }
    // The message under a field, empty when it has none.
    QString errorText(const QString &apiField) const;
    // Why the chosen invoices cannot be paid (paid already, mixed currencies), or a failed
    // check; empty when there is nothing to say.
    QString problemText() const;
    QString totalText() const;
    QString confirmationText() const;
    QString resultText() const;
    // True when every card field (number, expiry, CVV, name, billing address) is empty.
    bool cardFieldsEmpty() const;
    // The payment as the form describes it (for tests: the card is never kept elsewhere).
    InvoicePayment payment() const;

public slots:
    // Checks the form and the invoices; on success shows the confirmation.
    void submit();
    // Pays (after the confirmation).
    void confirm();
    void reject() override;

signals:
    void confirmationShown(const QString &text);
    // The attempt ended (the receipt is shown); receipts may be empty.
    void paymentFinished(bool allPaid);
    // At least one invoice was paid: the page refreshes its invoices and balances.
    void paid(const QList<InvoicePayment::Receipt> &receipts);

private:
    QWidget *buildForm();
    QWidget *buildConfirm();
    QWidget *buildProgress();
    QWidget *buildResult();
    void setStep(Step step);
    void updateMethod();
    void showProblem(const QString &message);
    void onChecked(qint64 totalCents, const QString &currency);
    void onFinished();
    void clearCardFields();
    void forgetSecrets();

    CertCentralClient *m_client;
    QList<Invoice> m_invoices;
    Step m_step = Step::Form;
    bool m_payable = false;
    FieldErrorMap *m_errors;
    QStackedWidget *m_stack;
    QTreeWidget *m_list = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problem = nullptr;
    QRadioButton *m_profile = nullptr;
    QRadioButton *m_card = nullptr;
    QWidget *m_cardBox = nullptr;
    QComboBox *m_month = nullptr;
    QLineEdit *m_year = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultText = nullptr;
    QTreeWidget *m_receipts = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<InvoicePaymentJob> m_job;
    QStringList m_secrets;
};
