#include "services/RequestService.h"

#include "api/CertCentralClient.h"
#include "api/RequestEndpoints.h"
#include "api/RequestListJob.h"

Reply<QList<ApprovalRequest>, qint64, qint64>
RequestService::list(const RequestFilter &filter) const {
    return {m_client->startList<RequestListJob>(filter), &RequestListJob::pageLoaded};
}

Reply<ApprovalRequest> RequestService::info(qint64 requestId) const {
    return m_client->call(RequestEndpoints::info(requestId));
}

Reply<qint64> RequestService::count(const QString &status) const {
    return m_client->call(RequestEndpoints::count(status));
}

Reply<qint64, QString> RequestService::decide(const RequestDecision &decision) const {
    return m_client->call(RequestEndpoints::decide(decision));
}

bool RequestService::isAlreadyDecided(const ApiError &error) {
    return RequestEndpoints::isAlreadyDecided(error);
}
