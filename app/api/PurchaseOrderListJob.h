#pragma once

#include "PurchaseOrder.h"
#include "PurchaseOrderListCall.h"
#include "SequentialListJob.h"

// Every purchase order matching a filter, one page after another.
class PurchaseOrderListJob : public SequentialListJob {
    Q_OBJECT
public:
    PurchaseOrderListJob(CertCentralClient *client, const PurchaseOrderListCall::Filter &filter);

signals:
    void pageLoaded(const QList<PurchaseOrder> &purchaseOrders, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    PurchaseOrderListCall::Filter m_filter;
};
