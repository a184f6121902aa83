#include "RequestInfoCall.h"

RequestInfoCall::RequestInfoCall(CertCentralClient *client, qint64 requestId)
    : ApiCall(client, "GET", QStringLiteral("request/%1").arg(requestId))
    , m_requestId(requestId) {}

QString RequestInfoCall::decode(const QByteArray &body, int) {
    QString error;
    return ApprovalRequest::fromJson(body, &m_request, &error) ? QString() : error;
}
