#include "RequestDecisionCall.h"

RequestDecisionCall::RequestDecisionCall(CertCentralClient *client, const RequestDecision &decision)
    : ApiCall(client, "PUT", decision.path(), {}, decision.toJson())
    , m_requestId(decision.requestId)
    , m_status(decision.status()) {}

bool RequestDecisionCall::isAlreadyDecided(const ApiError &error) {
    return error.kind() == ApiError::Kind::Http &&
           error.hasCode(QStringLiteral("invalid_request_status"));
}
