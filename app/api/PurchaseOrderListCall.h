#pragma once

#include "ApiCall.h"
#include "PurchaseOrder.h"

// GET finance/purchase-order with limit/offset, filters[status] (pending, approved, rejected)
// and container_id: one page, newest first.
class PurchaseOrderListCall : public ApiCall {
    Q_OBJECT
public:
    struct Filter {
        QString status;
        qint64 containerId = 0;
    };

    PurchaseOrderListCall(CertCentralClient *client, const Filter &filter, qint64 offset);

signals:
    void received(const PurchaseOrderPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    PurchaseOrderPage m_page;
};
