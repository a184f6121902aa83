#include "InvoicePaymentJob.h"

#include "CertCentralClient.h"
#include "InvoiceInfoCall.h"
#include "InvoicePayCall.h"
#include "Money.h"

InvoicePaymentJob::InvoicePaymentJob(CertCentralClient *client, const InvoicePayment &payment,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_payment(payment) {}

InvoicePaymentJob::~InvoicePaymentJob() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_payment.card.clear();
}

QString InvoicePaymentJob::invoiceName(const Invoice &invoice) {
    return invoice.number.isEmpty() ? QString::number(invoice.id) : invoice.number;
}

void InvoicePaymentJob::check() {
    if (m_state == State::Checking || m_state == State::Paying)
        return;
    m_state = State::Checking;
    m_invoices.clear();
    m_error = ApiError();
    checkNext();
}

void InvoicePaymentJob::checkNext() {
    if (m_invoices.size() == m_payment.invoiceIds.size()) {
        QString problem;
        if (!InvoicePayment::total(m_invoices, &m_totalCents, &m_currency, &problem)) {
            m_state = State::Idle;
            emit checkFailed(problem, ApiError());
            return;
        }
        m_state = State::Checked;
        emit checked(m_totalCents, m_currency);
        return;
    }
    const qint64 id = m_payment.invoiceIds.at(m_invoices.size());
    auto *call = new InvoiceInfoCall(m_client, id);
    m_call = call;
    connect(call, &InvoiceInfoCall::received, this, [this](const Invoice &invoice) {
        m_call = nullptr;
        m_invoices << invoice;
        checkNext();
    });
    connect(call, &ApiCall::failed, this, [this, id](const ApiError &error) {
        m_call = nullptr;
        m_state = State::Idle;
        m_error = error;
        emit checkFailed(tr("Invoice %1 could not be looked at: %2").arg(id).arg(error.message()),
                         error);
    });
    m_client->submit(call);
}

void InvoicePaymentJob::pay() {
    if (m_state != State::Checked)
        return;
    m_state = State::Paying;
    m_receipts.clear();
    m_paidCents = 0;
    m_failedIndex = -1;
    m_error = ApiError();
    payNext();
}

void InvoicePaymentJob::payNext() {
    const int index = int(m_receipts.size());
    if (index == m_invoices.size()) {
        end();
        return;
    }
    emit paying(index, int(m_invoices.size()));
    const Invoice invoice = m_invoices.at(index);
    auto *call = new InvoicePayCall(m_client, invoice.id, m_payment);
    m_call = call;
    connect(call, &InvoicePayCall::paid, this,
            [this, invoice](const InvoicePayment::Receipt &receipt) {
                m_call = nullptr;
                qint64 cents = 0;
                // What was owed on the invoice (checked just before); the receipt's amount
                // when that is not readable.
                if (!invoice.dueCents(&cents))
                    Money::parseCents(receipt.amount, &cents);
                m_paidCents += cents;
                m_receipts << receipt;
                emit invoicePaid(invoice, receipt);
                payNext();
            });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        fail(error);
    });
    m_client->submit(call);
}

void InvoicePaymentJob::fail(const ApiError &error) {
    m_failedIndex = int(m_receipts.size());
    m_error = error;
    end();
}

void InvoicePaymentJob::end() {
    m_state = State::Done;
    m_payment.card.clear();
    emit finished();
}

void InvoicePaymentJob::cancel() {
    if (m_call) {
        // The call's failed(Cancelled) ends the check or the payment.
        m_call->abort();
        return;
    }
    if (m_state == State::Checked || m_state == State::Idle) {
        m_payment.card.clear();
        m_state = State::Idle;
    }
}
