#pragma once

#include "ApiCall.h"
#include "Order.h"
#include "OrderDetails.h"

// GET order/certificate/{id}: everything about one order.
// Documentation: certcentral-docs.md 3.1 "Order info".
class OrderInfoCall : public ApiCall {
    Q_OBJECT
public:
    OrderInfoCall(CertCentralClient *client, qint64 orderId);
    qint64 orderId() const { return m_orderId; }

signals:
    void received(const Order &order);
    // With what Order info adds beyond the list fields; emitted right after received().
    void detailsReceived(const Order &order, const OrderDetails &details);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override;

private:
    qint64 m_orderId;
    Order m_order;
    OrderDetails m_details;
};
