#pragma once

#include "ApiCall.h"
#include "InvoicePayment.h"

// POST finance/invoice/{id}/pay for one invoice of an InvoicePayment. A write: sent once,
// never retried (a lost reply is ApiError::isOutcomeUnknown(): look at the invoice before
// paying again). The body holds the card; it is never logged (log lines carry no bodies).
class InvoicePayCall : public ApiCall {
    Q_OBJECT
public:
    InvoicePayCall(CertCentralClient *client, qint64 invoiceId, const InvoicePayment &payment);
    qint64 invoiceId() const { return m_invoiceId; }

signals:
    void paid(const InvoicePayment::Receipt &receipt);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit paid(m_receipt); }

private:
    qint64 m_invoiceId;
    InvoicePayment::Receipt m_receipt;
};
