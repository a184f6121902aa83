#include "InvoicePdfCall.h"

InvoicePdfCall::InvoicePdfCall(CertCentralClient *client, qint64 invoiceId)
    : ApiCall(client, "GET", QStringLiteral("finance/invoice/%1/pdf").arg(invoiceId))
    , m_invoiceId(invoiceId) {}

QString InvoicePdfCall::decode(const QByteArray &body, int) {
    if (!body.startsWith("%PDF-"))
        return tr("The download is not a PDF file");
    m_pdf = body;
    return {};
}
