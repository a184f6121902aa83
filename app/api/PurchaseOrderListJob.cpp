#include "PurchaseOrderListJob.h"

PurchaseOrderListJob::PurchaseOrderListJob(CertCentralClient *client,
                                           const PurchaseOrderListCall::Filter &filter)
    : SequentialListJob(client)
    , m_filter(filter) {}

ApiCall *PurchaseOrderListJob::makeCall(qint64 offset) {
    auto *call = new PurchaseOrderListCall(client(), m_filter, offset);
    connect(call, &PurchaseOrderListCall::received, this, [this](const PurchaseOrderPage &page) {
        const qint64 loaded = addLoaded(page.purchaseOrders.size());
        emit pageLoaded(page.purchaseOrders, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.purchaseOrders.size() + page.skipped, page.total);
    });
    return call;
}
