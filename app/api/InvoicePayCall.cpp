#include "InvoicePayCall.h"

InvoicePayCall::InvoicePayCall(CertCentralClient *client, qint64 invoiceId,
                               const InvoicePayment &payment)
    : ApiCall(client, "POST", InvoicePayment::path(invoiceId), {}, payment.toJson())
    , m_invoiceId(invoiceId) {}

QString InvoicePayCall::decode(const QByteArray &body, int) {
    QString error;
    if (!InvoicePayment::Receipt::fromJson(body, &m_receipt, &error))
        return error;
    return {};
}
