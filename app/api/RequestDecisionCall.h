#pragma once

#include "ApiCall.h"
#include "RequestDecision.h"

// PUT request/{id}/status {"status":"approved"|"rejected","processor_comment"} → 204. A write:
// sent once, never retried. A request someone already decided fails with 400
// invalid_request_status: RequestDecision::alreadyDecidedMessage() says by whom, from a
// RequestInfoCall.
// Documentation: certcentral-docs.md 6.3 "Update request status".
class RequestDecisionCall : public ApiCall {
    Q_OBJECT
public:
    RequestDecisionCall(CertCentralClient *client, const RequestDecision &decision);
    qint64 requestId() const { return m_requestId; }
    // True for the refusal of a request that was no longer pending.
    static bool isAlreadyDecided(const ApiError &error);

signals:
    // status: approved or rejected.
    void decided(qint64 requestId, const QString &status);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit decided(m_requestId, m_status); }

private:
    qint64 m_requestId;
    QString m_status;
};
