#pragma once

#include "ApiError.h"
#include "Invoice.h"
#include "InvoicePayment.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiCall;
class CertCentralClient;

// Paying several invoices, the one sequence the app and the CLI share: check() asks
// CertCentral for every invoice first (GET finance/invoice/{id}) and sums what is owed
// (InvoicePayment::total: nothing paid already, one currency); pay() then sends one POST
// finance/invoice/{id}/pay after another and stops at the first refusal, so the result says
// exactly which invoices were paid and which were not. The card lives only in this object and
// is cleared when the payment ends (and in the destructor); callers register its number and
// CVV with SecretRedactor before they hand it over.
class InvoicePaymentJob : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Checking, Checked, Paying, Done };

    InvoicePaymentJob(CertCentralClient *client, const InvoicePayment &payment,
                      QObject *parent = nullptr);
    ~InvoicePaymentJob() override;

    // Looks at every invoice; ends with checked() or checkFailed().
    void check();
    // Pays the checked invoices one after another; ends with finished(). Only after checked().
    void pay();
    // Stops the call in flight (its outcome may be unknown) and sends nothing more.
    void cancel();

    State state() const { return m_state; }
    const InvoicePayment &payment() const { return m_payment; }
    // After check(): the invoices as CertCentral has them now, in the order given.
    const QList<Invoice> &invoices() const { return m_invoices; }
    qint64 totalCents() const { return m_totalCents; }
    QString currency() const { return m_currency; }
    // After pay(): the receipts of the invoices paid, in order, and their sum in cents.
    const QList<InvoicePayment::Receipt> &receipts() const { return m_receipts; }
    qint64 paidCents() const { return m_paidCents; }
    // The invoice that was refused (index into invoices()), or -1 when every one was paid.
    int failedIndex() const { return m_failedIndex; }
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return m_state == State::Done && m_failedIndex < 0; }
    // The invoice's number, or its id when it has none.
    static QString invoiceName(const Invoice &invoice);

signals:
    void checked(qint64 totalCents, const QString &currency);
    // message: why nothing can be paid (an invoice paid already, mixed currencies, or the
    // API's error, which is in error when there was one).
    void checkFailed(const QString &message, const ApiError &error);
    // Before each invoice is sent: index into invoices(), of count.
    void paying(int index, int count);
    void invoicePaid(const Invoice &invoice, const InvoicePayment::Receipt &receipt);
    // The payment ended: see receipts(), failedIndex() and error().
    void finished();

private:
    void checkNext();
    void payNext();
    void fail(const ApiError &error);
    void end();

    CertCentralClient *m_client;
    InvoicePayment m_payment;
    State m_state = State::Idle;
    QList<Invoice> m_invoices;
    qint64 m_totalCents = 0;
    QString m_currency;
    QList<InvoicePayment::Receipt> m_receipts;
    qint64 m_paidCents = 0;
    int m_failedIndex = -1;
    ApiError m_error;
    QPointer<ApiCall> m_call;
};
