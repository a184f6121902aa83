#pragma once

#include "ApiCall.h"
#include "PlacedOrder.h"

// GET order/alternate/{id}: the orders placed with an alternative order ID (none, or the one
// whose reply was lost).
// Documentation: certcentral-docs.md 3.5 "Get orders by alternative order ID".
class AlternateOrderLookupCall : public ApiCall {
    Q_OBJECT
public:
    AlternateOrderLookupCall(CertCentralClient *client, const QString &alternativeOrderId);

signals:
    void found(const QList<PlacedOrder> &orders);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit found(m_orders); }

private:
    QString m_alternativeOrderId;
    QList<PlacedOrder> m_orders;
};
