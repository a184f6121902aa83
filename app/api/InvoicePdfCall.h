#pragma once

#include "ApiCall.h"

// GET finance/invoice/{id}/pdf: the invoice as a PDF file. Bytes that do not start like a PDF
// are refused rather than saved.
class InvoicePdfCall : public ApiCall {
    Q_OBJECT
public:
    InvoicePdfCall(CertCentralClient *client, qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }

signals:
    void received(qint64 invoiceId, const QByteArray &pdf);

protected:
    bool expectsJson() const override { return false; }
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_invoiceId, m_pdf); }

private:
    qint64 m_invoiceId;
    QByteArray m_pdf;
};
