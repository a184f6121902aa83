#pragma once

#include "ApiCall.h"
#include "DuplicateRequest.h"
#include "LifecycleResult.h"

// POST order/certificate/{order_id}/duplicate: another certificate with the order's names and
// a new key. A write: sent once, never retried.
// Documentation: certcentral-docs.md 5.3 "Duplicate certificate".
class DuplicateCall : public ApiCall {
    Q_OBJECT
public:
    DuplicateCall(CertCentralClient *client, const DuplicateRequest &request);
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
