#pragma once

#include "ApiCall.h"
#include "Invoice.h"

// GET finance/invoice with limit/offset, filters[status] (paid, unpaid) and container_id: one
// page of invoices, newest first.
class InvoiceListCall : public ApiCall {
    Q_OBJECT
public:
    struct Filter {
        QString status;         // paid or unpaid; empty: both
        qint64 containerId = 0; // 0: every container
    };

    InvoiceListCall(CertCentralClient *client, const Filter &filter, qint64 offset);

signals:
    void received(const InvoicePage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    InvoicePage m_page;
};
