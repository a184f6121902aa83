#include "PurchaseOrderCreateCall.h"

PurchaseOrderCreateCall::PurchaseOrderCreateCall(CertCentralClient *client,
                                                 const NewPurchaseOrder &purchaseOrder)
    : ApiCall(client, "POST", QStringLiteral("finance/purchase-order"), {},
              purchaseOrder.toJson()) {}

QString PurchaseOrderCreateCall::decode(const QByteArray &body, int) {
    QString error;
    return PurchaseOrder::fromJson(body, &m_created, &error) ? QString() : error;
}
