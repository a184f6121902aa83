#pragma once

#include "Invoice.h"
#include "InvoiceListCall.h"
#include "SequentialListJob.h"

// Every invoice matching a filter, one page after another.
class InvoiceListJob : public SequentialListJob {
    Q_OBJECT
public:
    InvoiceListJob(CertCentralClient *client, const InvoiceListCall::Filter &filter);

signals:
    void pageLoaded(const QList<Invoice> &invoices, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    InvoiceListCall::Filter m_filter;
};
