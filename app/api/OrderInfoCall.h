#pragma once

#include "ApiCall.h"
#include "Order.h"

// GET order/certificate/{id}: everything about one order.
class OrderInfoCall : public ApiCall {
    Q_OBJECT
public:
    OrderInfoCall(CertCentralClient *client, qint64 orderId);
    qint64 orderId() const { return m_orderId; }

signals:
    void received(const Order &order);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_order); }

private:
    qint64 m_orderId;
    Order m_order;
};
