#pragma once

#include "ApiCall.h"
#include "NewOrder.h"
#include "PlacedOrder.h"

// POST order/certificate/{product}: places (and pays for) an order. A write: sent once, never
// retried; see OrderPlacement for what happens when its reply is lost.
// Documentation: certcentral-docs.md 2.1-2.5 "Order ... certificate".
class OrderPlaceCall : public ApiCall {
    Q_OBJECT
public:
    OrderPlaceCall(CertCentralClient *client, const NewOrder &order);

signals:
    void placed(const PlacedOrder &order);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit placed(m_placed); }

private:
    QString m_alternativeOrderId;
    PlacedOrder m_placed;
};
