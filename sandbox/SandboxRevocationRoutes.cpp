#include "sandbox/SandboxRevocationRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxWorkflow.h"

#include <QRegularExpression>

namespace {

using Store = SandboxStore;
using Reader = SandboxBodyReader;

bool hasPendingRevocation(Store &store, Store::Order &order, int certificateId) {
    for (Store::Request *r : store.requestsOf(order)) {
        if (r->type == Store::RequestType::Revoke && r->status == Store::RequestStatus::Pending &&
            (r->wholeOrder || certificateId == 0 || r->certificateId == certificateId))
            return true;
    }
    return false;
}

} // namespace

QStringList SandboxRevocationRoutes::revocationReasons() {
    // As documented, camel case (certcentral-docs.md 5.6).
    return {QStringLiteral("unspecified"), QStringLiteral("keyCompromise"),
            QStringLiteral("affiliationChanged"), QStringLiteral("superseded"),
            QStringLiteral("cessationOfOperation")};
}

void SandboxRevocationRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("PUT"), QStringLiteral("certificate/{}/revoke"),
              [this](SandboxCall &call) { return revokeCertificate(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/revoke"),
              [this](SandboxCall &call) { return revokeOrder(call); });
}

bool SandboxRevocationRoutes::readRevocation(const SandboxCall &call, Revocation *revocation,
                                             SandboxReply *error) const {
    QJsonObject json;
    if (!call.jsonBody(&json, error, true))
        return false;
    Reader body(json);
    // The parameter table says comment, the examples send comments: both are read. There is
    // no field for a key-compromise date (certcentral-docs.md 5.5, 5.6).
    revocation->comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    if (revocation->comments.isEmpty())
        revocation->comments = body.string(QStringLiteral("comment"), Reader::Optional, 1024);
    revocation->reason = body.oneOf(QStringLiteral("revocation_reason"), revocationReasons());
    if (revocation->reason.isEmpty())
        revocation->reason = QStringLiteral("unspecified");
    revocation->skipApproval = body.boolean(QStringLiteral("skip_approval")).value_or(false);
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    if (revocation->skipApproval && !SandboxAccount::canSkipRevokeApproval(call.user.role)) {
        *error = forbidden(QStringLiteral("Only administrators may skip the approval of a "
                                          "revocation"));
        return false;
    }
    return true;
}

SandboxReply SandboxRevocationRoutes::revocationRequest(SandboxCall &call, Store::Order &order,
                                                        int certificateId, bool wholeOrder,
                                                        const Revocation &r) {
    Store::Request request;
    request.type = Store::RequestType::Revoke;
    request.orderId = order.id;
    request.certificateId = certificateId;
    request.wholeOrder = wholeOrder;
    request.date = store().now();
    request.requesterId = call.user.id;
    request.comments = r.comments;
    request.revocationReason = r.reason;
    Store::Request &stored = store().addRequest(request);
    store().extra(order).requestIds.push_back(stored.id);
    QJsonObject reply{{QStringLiteral("id"), stored.id},
                      {QStringLiteral("date"), SandboxClock::formatDateTime(stored.date)},
                      {QStringLiteral("type"), QStringLiteral("revoke")},
                      {QStringLiteral("status"), QStringLiteral("pending")},
                      {QStringLiteral("requester"), SandboxJson::person(call.user)},
                      {QStringLiteral("comments"), stored.comments}};
    return SandboxReply::json(201, reply);
}

SandboxReply SandboxRevocationRoutes::revokeCertificate(SandboxCall &call) {
    // A certificate id (digits) or a serial number (hex).
    const QString key = call.arg(0);
    Store::Certificate *certificate = nullptr;
    if (const auto id = SandboxCall::parseId(key)) {
        certificate = store().certificate(*id);
    } else {
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{2,40}$"));
        if (hex.match(key).hasMatch())
            certificate = store().certificateBySerial(key);
    }
    Store::Order *order = certificate ? store().editOrder(certificate->orderId) : nullptr;
    if (!certificate || !order || !canSee(call, *order))
        return notFound(QStringLiteral("certificate"), QStringLiteral("Certificate not found"));
    bool expired = false;
    Store::effectiveStatus(*certificate, store().now(), &expired);
    if (certificate->status != Store::CertificateStatus::Issued || expired)
        return badRequest(QStringLiteral("invalid_certificate_status"),
                          QStringLiteral("Only issued, unexpired certificates can be revoked; "
                                         "certificate %1 is %2")
                              .arg(certificate->id)
                              .arg(expired ? QStringLiteral("expired")
                                           : Store::certificateStatusName(certificate->status)));
    if (order->status == Store::Status::ReissuePending)
        return badRequest(QStringLiteral("invalid_order_status"),
                          QStringLiteral("A certificate with a pending reissue cannot be "
                                         "revoked"));
    Revocation r;
    SandboxReply error;
    if (!readRevocation(call, &r, &error))
        return error;
    if (hasPendingRevocation(store(), *order, certificate->id))
        return badRequest(QStringLiteral("revoke_request_pending"),
                          QStringLiteral("A revocation of this certificate is already waiting "
                                         "for approval"));
    if (r.skipApproval) {
        workflow().revokeCertificate(*certificate, r.reason);
        return SandboxReply::noContent();
    }
    return revocationRequest(call, *order, certificate->id, false, r);
}

SandboxReply SandboxRevocationRoutes::revokeOrder(SandboxCall &call) {
    SandboxReply error;
    Store::Order *order = editableOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    if (order->status == Store::Status::ReissuePending)
        return badRequest(QStringLiteral("invalid_order_status"),
                          QStringLiteral("An order with a pending reissue cannot be revoked"));
    int live = 0;
    const qint64 now = store().now();
    for (const Store::Certificate *c : store().certificatesOf(*order))
        if (c->status == Store::CertificateStatus::Issued && c->validTill >= now)
            ++live;
    if (live == 0)
        return badRequest(QStringLiteral("invalid_order_status"),
                          QStringLiteral("The order has no issued certificate to revoke; it is "
                                         "%1")
                              .arg(Store::statusName(order->status)));
    Revocation r;
    if (!readRevocation(call, &r, &error))
        return error;
    if (hasPendingRevocation(store(), *order, 0))
        return badRequest(QStringLiteral("revoke_request_pending"),
                          QStringLiteral("A revocation on this order is already waiting for "
                                         "approval"));
    if (r.skipApproval) {
        workflow().revokeOrder(*order, r.reason);
        return SandboxReply::noContent();
    }
    return revocationRequest(call, *order, 0, true, r);
}
