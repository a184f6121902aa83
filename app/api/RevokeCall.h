#pragma once

#include "ApiCall.h"
#include "LifecycleResult.h"
#include "RevokeRequest.h"

// PUT certificate/{id or serial}/revoke or order/certificate/{order_id}/revoke. Without
// skip_approval the result is a pending revoke request; with it (administrators) the
// certificates are revoked at once. A write: sent once, never retried.
// Documentation: certcentral-docs.md 5.5 "Revoke certificate" and 5.6 "Revoke order certificates".
class RevokeCall : public ApiCall {
    Q_OBJECT
public:
    RevokeCall(CertCentralClient *client, const RevokeRequest &request);

signals:
    void completed(const LifecycleResult &result);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit completed(m_result); }

private:
    qint64 m_orderId;
    qint64 m_certificateId;
    LifecycleResult m_result;
};
