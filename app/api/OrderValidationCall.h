#pragma once

#include "ApiCall.h"
#include "OrderValidation.h"

// GET order/certificate/{id}/validation: DCV status per name and the organization validation.
// Documentation: DigiCert's "Order validation status" page (not yet in certcentral-docs.md;
// ARCHITECTURE.md).
class OrderValidationCall : public ApiCall {
    Q_OBJECT
public:
    OrderValidationCall(CertCentralClient *client, qint64 orderId);
    qint64 orderId() const { return m_orderId; }

signals:
    void received(const OrderValidation &validation);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_validation); }

private:
    qint64 m_orderId;
    OrderValidation m_validation;
};
