#pragma once

#include "api/Reply.h"
#include "core/ApprovalRequest.h"
#include "core/RequestFilter.h"

class CertCentralClient;
struct RequestDecision;

// Approval requests: listing, reading, counting and deciding them (the Requests screen, the
// lifecycle wizards' follow-up, the dashboard, the command line).
class RequestService {
public:
    explicit RequestService(CertCentralClient *client)
        : m_client(client) {}

    // Every request matching the filter, page by page.
    Reply<QList<ApprovalRequest>, qint64, qint64> list(const RequestFilter &filter) const;
    Reply<ApprovalRequest> info(qint64 requestId) const;
    // How many requests have the status (pending...): one request, the page total.
    Reply<qint64> count(const QString &status) const;
    // Approve or reject: a write, sent once. The request's id and its new status.
    Reply<qint64, QString> decide(const RequestDecision &decision) const;
    // True for the refusal of a request that was no longer pending.
    static bool isAlreadyDecided(const ApiError &error);

private:
    CertCentralClient *m_client;
};
