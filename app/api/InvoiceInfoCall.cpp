#include "InvoiceInfoCall.h"

InvoiceInfoCall::InvoiceInfoCall(CertCentralClient *client, qint64 invoiceId)
    : ApiCall(client, "GET", QStringLiteral("finance/invoice/%1").arg(invoiceId))
    , m_invoiceId(invoiceId) {}

QString InvoiceInfoCall::decode(const QByteArray &body, int) {
    QString error;
    return Invoice::fromJson(body, &m_invoice, &error) ? QString() : error;
}
