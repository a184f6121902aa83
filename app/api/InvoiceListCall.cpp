#include "InvoiceListCall.h"

namespace {
QUrlQuery invoiceQuery(const InvoiceListCall::Filter &filter, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), filter.status);
    if (filter.containerId > 0)
        query.addQueryItem(QStringLiteral("container_id"), QString::number(filter.containerId));
    return query;
}
} // namespace

InvoiceListCall::InvoiceListCall(CertCentralClient *client, const Filter &filter, qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("finance/invoice"), invoiceQuery(filter, offset)) {}

QString InvoiceListCall::decode(const QByteArray &body, int) {
    QString error;
    return InvoicePage::fromJson(body, &m_page, &error) ? QString() : error;
}
