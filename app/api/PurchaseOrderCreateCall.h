#pragma once

#include "ApiCall.h"
#include "NewPurchaseOrder.h"
#include "PurchaseOrder.h"

// POST finance/purchase-order → 201 {"id","po_number","status","amount"[,"invoice_id"]}. A
// write: sent once, never retried; a lost reply is ApiError::isOutcomeUnknown() (look at the
// list of purchase orders before sending again).
class PurchaseOrderCreateCall : public ApiCall {
    Q_OBJECT
public:
    PurchaseOrderCreateCall(CertCentralClient *client, const NewPurchaseOrder &purchaseOrder);

signals:
    void created(const PurchaseOrder &purchaseOrder);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit created(m_created); }

private:
    PurchaseOrder m_created;
};
