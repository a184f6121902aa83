#include "services/RequestService.h"

#include "CertCentralClient.h"
#include "RequestCountCall.h"
#include "RequestDecisionCall.h"
#include "RequestInfoCall.h"
#include "RequestListJob.h"

Reply<QList<ApprovalRequest>, qint64, qint64>
RequestService::list(const RequestFilter &filter) const {
    return {m_client->startList<RequestListJob>(filter), &RequestListJob::pageLoaded};
}

Reply<ApprovalRequest> RequestService::info(qint64 requestId) const {
    return {m_client->start<RequestInfoCall>(requestId), &RequestInfoCall::received};
}

Reply<qint64> RequestService::count(const QString &status) const {
    return {m_client->start<RequestCountCall>(status), &RequestCountCall::counted};
}

Reply<qint64, QString> RequestService::decide(const RequestDecision &decision) const {
    return {m_client->start<RequestDecisionCall>(decision), &RequestDecisionCall::decided};
}

bool RequestService::isAlreadyDecided(const ApiError &error) {
    return RequestDecisionCall::isAlreadyDecided(error);
}
