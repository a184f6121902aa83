#pragma once

#include "ApiCall.h"
#include "OrderCancellation.h"

// PUT order/certificate/{order_id}/status {"status":"canceled","note"}: cancels a pending
// order, an order waiting for pickup or a pending reissue. A write: sent once, never retried.
// Documentation: certcentral-docs.md 3.6 "Update order status".
class OrderCancelCall : public ApiCall {
    Q_OBJECT
public:
    OrderCancelCall(CertCentralClient *client, const OrderCancellation &cancellation);
    qint64 orderId() const { return m_orderId; }

signals:
    void canceled(qint64 orderId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit canceled(m_orderId); }

private:
    qint64 m_orderId;
};
