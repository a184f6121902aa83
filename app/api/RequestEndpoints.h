#pragma once

#include "api/Endpoint.h"
#include "core/ApiError.h"
#include "core/ApprovalRequest.h"
#include "core/RequestDecision.h"
#include "core/RequestFilter.h"

// Approval requests: list, read, count and decide them. Each function describes one request;
// CertCentralClient::call() sends it.
namespace RequestEndpoints {

// GET request with limit/offset, filters[status], filters[type] and sort: one page of the
// requests the caller may see (approvers: all; others: their own).
// Documentation: certcentral-docs.md 6.1 "List requests".
Endpoint<ApprovalRequestBatch> page(const RequestFilter &filter, qint64 offset);

// GET request/{id}: one request with the certificate's details and CSR.
// Documentation: certcentral-docs.md 6.2 "Request info".
Endpoint<ApprovalRequest> info(qint64 requestId);

// GET request?filters[status]=S&limit=1: how many requests have a status (the page total).
// Documentation: certcentral-docs.md 6.1 "List requests".
Endpoint<qint64> count(const QString &status);

// PUT request/{id}/status {"status":"approved"|"rejected","processor_comment"} -> 204. A write:
// sent once, never retried. The result is the request's id and its new status. A request
// someone already decided fails with 400 invalid_request_status (isAlreadyDecided):
// RequestDecision::alreadyDecidedMessage() says by whom, from info().
// Documentation: certcentral-docs.md 6.3 "Update request status".
Endpoint<qint64, QString> decide(const RequestDecision &decision);
// True for the refusal of a request that was no longer pending.
bool isAlreadyDecided(const ApiError &error);

} // namespace RequestEndpoints
