#include "sandbox/SandboxRequestRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

namespace {
using Store = SandboxStore;
}

void SandboxRequestRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("request"),
              [this](SandboxCall &call) { return list(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("request/{}"),
              [this](SandboxCall &call) { return info(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("request/{}/status"),
              [this](SandboxCall &call) { return updateStatus(call); });
}

bool SandboxRequestRoutes::canSeeRequest(const SandboxCall &call,
                                         const Store::Request &request) const {
    // Approvers see the whole queue; everyone else sees the requests they made.
    return SandboxAccount::canApprove(call.user.role) ||
           call.user.role == SandboxAccount::Role::ViewOnly || request.requesterId == call.user.id;
}

SandboxReply SandboxRequestRoutes::list(SandboxCall &call) {
    Store::RequestQuery query;
    SandboxReply error;
    if (!paging(call, &query.limit, &query.offset, &error))
        return error;
    if (call.hasQuery(QStringLiteral("filters[status]"))) {
        query.status =
            Store::requestStatusFromName(call.queryValue(QStringLiteral("filters[status]")));
        if (!query.status)
            return invalidValue(QStringLiteral("filters[status]"),
                                QStringLiteral("filters[status] must be one of: pending, "
                                               "submitted, approved, rejected"));
    }
    if (call.hasQuery(QStringLiteral("filters[type]"))) {
        query.type = Store::requestTypeFromName(call.queryValue(QStringLiteral("filters[type]")));
        if (!query.type)
            return invalidValue(QStringLiteral("filters[type]"),
                                QStringLiteral("filters[type] must be one of: new_request, "
                                               "reissue, duplicate, revoke"));
    }
    if (call.hasQuery(QStringLiteral("sort"))) {
        const QString sort = call.queryValue(QStringLiteral("sort"));
        if (sort != QLatin1String("id") && sort != QLatin1String("-id"))
            return invalidValue(QStringLiteral("sort"), QStringLiteral("sort must be id or -id"));
        query.descending = sort == QLatin1String("-id");
    }
    if (!SandboxAccount::canApprove(call.user.role) &&
        call.user.role != SandboxAccount::Role::ViewOnly)
        query.requesterId = call.user.id;
    int total = 0;
    const std::vector<Store::Request> requests = store().listRequests(query, &total);
    QJsonObject body{{QStringLiteral("page"), page(total, query.limit, query.offset)}};
    if (!requests.empty()) {
        QJsonArray list;
        for (const Store::Request &r : requests)
            list.append(SandboxJson::request(store(), account(), r, false));
        body.insert(QStringLiteral("requests"), list);
    }
    return SandboxReply::json(200, body);
}

SandboxReply SandboxRequestRoutes::info(SandboxCall &call) {
    const auto id = SandboxCall::parseId(call.arg(0));
    Store::Request *request = id ? store().request(*id) : nullptr;
    if (!request || !canSeeRequest(call, *request))
        return notFound(QStringLiteral("request"), QStringLiteral("Request not found"));
    return SandboxReply::json(200, SandboxJson::request(store(), account(), *request, true));
}

SandboxReply SandboxRequestRoutes::updateStatus(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    const auto id = SandboxCall::parseId(call.arg(0));
    Store::Request *request = id ? store().request(*id) : nullptr;
    if (!request || !canSeeRequest(call, *request))
        return notFound(QStringLiteral("request"), QStringLiteral("Request not found"));
    SandboxBodyReader body(json);
    const QString status = body.oneOf(QStringLiteral("status"),
                                      {QStringLiteral("approved"), QStringLiteral("rejected")},
                                      SandboxBodyReader::Required);
    const QString comment =
        body.string(QStringLiteral("processor_comment"), SandboxBodyReader::Optional, 1024);
    if (!body.ok())
        return body.error();
    if (!SandboxAccount::canApprove(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may approve or reject "
                                        "requests"));
    if (request->type == Store::RequestType::Revoke &&
        !SandboxAccount::canApproveRevocation(call.user.role))
        return forbidden(QStringLiteral("Revocation requests must be approved by an "
                                        "administrator"));
    if (request->status != Store::RequestStatus::Pending &&
        request->status != Store::RequestStatus::Submitted)
        return badRequest(QStringLiteral("invalid_request_status"),
                          QStringLiteral("Request %1 is already %2")
                              .arg(request->id)
                              .arg(Store::requestStatusName(request->status)));
    if (status == QLatin1String("approved"))
        workflow().approve(*request, call.user.id, comment);
    else
        workflow().reject(*request, call.user.id, comment);
    return SandboxReply::noContent();
}
