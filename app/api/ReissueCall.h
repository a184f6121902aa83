#pragma once

#include "ApiCall.h"
#include "LifecycleResult.h"
#include "ReissueRequest.h"

// POST order/certificate/{order_id}/reissue: a new certificate for an issued order. A write:
// sent once, never retried; a lost reply fails with ApiError::isOutcomeUnknown() (look at the
// order's reissues before sending again).
// Documentation: certcentral-docs.md 5.1 "Reissue certificate".
class ReissueCall : public ApiCall {
    Q_OBJECT
public:
    ReissueCall(CertCentralClient *client, const ReissueRequest &request);
    qint64 orderId() const { return m_orderId; }

signals:
    void completed(const LifecycleResult &result);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit completed(m_result); }

private:
    qint64 m_orderId;
    LifecycleResult m_result;
};
