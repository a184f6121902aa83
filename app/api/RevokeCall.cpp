#include "RevokeCall.h"

RevokeCall::RevokeCall(CertCentralClient *client, const RevokeRequest &request)
    : ApiCall(client, "PUT", request.path(), {}, request.toJson())
    , m_orderId(request.scope == RevokeRequest::Scope::Order ? request.orderId : 0)
    , m_certificateId(request.scope == RevokeRequest::Scope::Certificate ? request.certificateId
                                                                         : 0) {}

QString RevokeCall::decode(const QByteArray &body, int httpStatus) {
    QString error;
    if (!LifecycleResult::fromRevokeReply(body, httpStatus, &m_result, &error))
        return error;
    if (m_result.orderId <= 0)
        m_result.orderId = m_orderId;
    if (m_result.certificateId <= 0)
        m_result.certificateId = m_certificateId;
    return {};
}
