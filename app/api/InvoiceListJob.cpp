#include "InvoiceListJob.h"

InvoiceListJob::InvoiceListJob(CertCentralClient *client, const InvoiceListCall::Filter &filter)
    : SequentialListJob(client)
    , m_filter(filter) {}

ApiCall *InvoiceListJob::makeCall(qint64 offset) {
    auto *call = new InvoiceListCall(client(), m_filter, offset);
    connect(call, &InvoiceListCall::received, this, [this](const InvoicePage &page) {
        const qint64 loaded = addLoaded(page.invoices.size());
        emit pageLoaded(page.invoices, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.invoices.size() + page.skipped, page.total);
    });
    return call;
}
