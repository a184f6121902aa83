#pragma once

#include "ApiCall.h"
#include "ApprovalRequest.h"

// GET request/{id}: one request with the certificate's details and CSR.
// Documentation: certcentral-docs.md 6.2 "Request info".
class RequestInfoCall : public ApiCall {
    Q_OBJECT
public:
    RequestInfoCall(CertCentralClient *client, qint64 requestId);
    qint64 requestId() const { return m_requestId; }

signals:
    void received(const ApprovalRequest &request);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_request); }

private:
    qint64 m_requestId;
    ApprovalRequest m_request;
};
