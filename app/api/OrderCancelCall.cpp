#include "OrderCancelCall.h"

OrderCancelCall::OrderCancelCall(CertCentralClient *client, const OrderCancellation &cancellation)
    : ApiCall(client, "PUT",
              QStringLiteral("order/certificate/%1/status").arg(cancellation.orderId), {},
              cancellation.toJson())
    , m_orderId(cancellation.orderId) {}
