#pragma once

#include "ApiCall.h"
#include "Invoice.h"

// GET finance/invoice/{id}: one invoice with its line items and payment.
class InvoiceInfoCall : public ApiCall {
    Q_OBJECT
public:
    InvoiceInfoCall(CertCentralClient *client, qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }

signals:
    void received(const Invoice &invoice);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_invoice); }

private:
    qint64 m_invoiceId;
    Invoice m_invoice;
};
