#include "SandboxLifecycleRoutes.h"

#include "SandboxRules.h"

#include "SandboxAccount.h"
#include "SandboxBodyReader.h"
#include "SandboxCertificateIssuer.h"
#include "SandboxJson.h"
#include "SandboxOrderRequestParser.h"
#include "SandboxWorkflow.h"

#include <QJsonArray>
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

QStringList SandboxLifecycleRoutes::revocationReasons() {
    // As documented, camel case (certcentral-docs.md 5.6).
    return {QStringLiteral("unspecified"), QStringLiteral("keyCompromise"),
            QStringLiteral("affiliationChanged"), QStringLiteral("superseded"),
            QStringLiteral("cessationOfOperation")};
}

void SandboxLifecycleRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}/reissue"),
              [this](SandboxCall &call) { return reissue(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}/reissue"),
              [this](SandboxCall &call) { return listReissues(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}/duplicate"),
              [this](SandboxCall &call) { return duplicate(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}/duplicate"),
              [this](SandboxCall &call) { return listDuplicates(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("certificate/{}/revoke"),
              [this](SandboxCall &call) { return revokeCertificate(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/revoke"),
              [this](SandboxCall &call) { return revokeOrder(call); });
}

bool SandboxLifecycleRoutes::checkIssuedOrder(const Store::Order &order, const QString &what,
                                              SandboxReply *error) const {
    if (order.organization >= 0 && store().organizations().at(order.organization).deleted) {
        *error = badRequest(QStringLiteral("organization_deleted"),
                            QStringLiteral("The order's organization was deleted; its "
                                           "certificates can no longer be %1")
                                .arg(what));
        return false;
    }
    if (order.status != Store::Status::Issued) {
        *error = badRequest(QStringLiteral("invalid_order_status"),
                            QStringLiteral("Only issued orders can be %1; this order is %2")
                                .arg(what, Store::statusName(order.status)));
        return false;
    }
    return true;
}

SandboxReply SandboxLifecycleRoutes::reissue(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = editableOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    if (!checkIssuedOrder(*order, QStringLiteral("reissued"), &error))
        return error;
    const Store::Product &product = Store::product(order->product);
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    Store::OrderExtra &extra = store().extra(*order);

    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);
    QString commonName = order->commonName;
    QStringList names;
    if (!codeSigning && body.ok()) {
        const QString cn = certificate.string(QStringLiteral("common_name"), Reader::Required, 253);
        const bool wildcardAllowed =
            product.wildcard || !SandboxProducts::isDomainValidated(product);
        if (body.ok())
            commonName = SandboxOrderRequestParser::readDnsName(
                certificate, QStringLiteral("common_name"), cn, wildcardAllowed);
        if (body.ok() && product.wildcard && !SandboxDcv::isWildcard(commonName))
            certificate.invalid(QStringLiteral("common_name"),
                                QStringLiteral("this product needs a wildcard common name"));
        names << commonName;
        const QStringList dnsNames =
            certificate.stringList(QStringLiteral("dns_names"), Reader::Optional, 250);
        for (int i = 0; body.ok() && i < dnsNames.size(); ++i) {
            const QString name = SandboxOrderRequestParser::readDnsName(
                certificate, QStringLiteral("dns_names[%1]").arg(i), dnsNames.at(i),
                wildcardAllowed);
            if (body.ok() && !names.contains(name))
                names << name;
        }
    }
    const QString provisioning =
        codeSigning ? body.oneOf(QStringLiteral("cs_provisioning_method"),
                                 {QStringLiteral("ship_token"), QStringLiteral("client_app"),
                                  QStringLiteral("email"), QStringLiteral("keylocker")})
                    : QString();
    const QString effectiveProvisioning =
        provisioning.isEmpty() ? extra.csProvisioningMethod : provisioning;
    const bool csrWanted = !codeSigning || effectiveProvisioning == QLatin1String("email");
    // Code signing: common_name must be left out, and a CSR goes only with email provisioning
    // (certcentral-docs.md 5.1).
    if (codeSigning && body.ok() && certificate.has(QStringLiteral("common_name")))
        certificate.invalid(QStringLiteral("common_name"),
                            QStringLiteral("must be omitted for code signing certificates"));
    if (codeSigning && body.ok() && !csrWanted && certificate.has(QStringLiteral("csr")))
        certificate.invalid(QStringLiteral("csr"),
                            QStringLiteral("is accepted only with cs_provisioning_method email"));
    const QString csr =
        certificate.string(QStringLiteral("csr"), csrWanted ? Reader::Required : Reader::Optional);
    SandboxCertificateIssuer::CsrInfo csrInfo;
    if (body.ok() && csrWanted) {
        QString message;
        switch (SandboxCertificateIssuer::parseCsr(csr, codeSigning ? 3072 : 2048, &csrInfo,
                                                   &message)) {
        case SandboxCertificateIssuer::CsrProblem::None:
            break;
        case SandboxCertificateIssuer::CsrProblem::Unreadable:
            body.fail(400, QStringLiteral("invalid_csr"), message);
            break;
        case SandboxCertificateIssuer::CsrProblem::BadSignature:
            body.fail(400, QStringLiteral("invalid_csr|signature"), message);
            break;
        case SandboxCertificateIssuer::CsrProblem::WeakKey:
            body.fail(400, QStringLiteral("invalid_csr|key_size"), message);
            break;
        }
    }
    const QString hash = certificate.oneOf(
        QStringLiteral("signature_hash"),
        {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")});
    int platformId = store().certificateView(*order).serverPlatformId;
    Reader platform = certificate.child(QStringLiteral("server_platform"));
    if (platform.present()) {
        if (const auto id = platform.integer(QStringLiteral("id"), -1, 999999, Reader::Required))
            platformId = int(*id);
    }
    // skip_approval belongs at the root; the seed's example has it inside certificate.
    const bool skip = body.boolean(QStringLiteral("skip_approval")).value_or(false) ||
                      certificate.boolean(QStringLiteral("skip_approval")).value_or(false);
    const QString comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    const QString scope = body.oneOf(QStringLiteral("certificate_dcv_scope"),
                                     {QStringLiteral("base_domain"), QStringLiteral("fqdn")});
    const QString method = body.string(QStringLiteral("dcv_method"));
    if (body.ok() && !method.isEmpty()) {
        const QString problem = SandboxDcv::methodProblem(method);
        if (!problem.isEmpty())
            body.invalid(QStringLiteral("dcv_method"), problem);
    }
    if (!body.ok())
        return body.error();

    const qint64 now = store().now();
    if (!scope.isEmpty())
        extra.dcvScope = scope;
    if (!method.isEmpty() && !codeSigning)
        extra.dcvMethod = method;
    if (!provisioning.isEmpty())
        extra.csProvisioningMethod = provisioning;
    if (SandboxDcv::isTokenMethod(extra.dcvMethod) &&
        (extra.dcvRandomValue.isEmpty() || extra.dcvRandomExpires <= now)) {
        extra.dcvRandomValue = SandboxDcv::randomValue();
        extra.dcvRandomExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }

    Store::Certificate cert;
    cert.orderId = order->id;
    cert.kind = Store::CertificateKind::Reissue;
    cert.commonName = commonName;
    cert.dnsNames = codeSigning ? QStringList() : names;
    cert.csr = csrWanted ? csr.trimmed() : QString();
    cert.serverPlatformId = platformId;
    cert.signatureHash =
        quint8(hash.isEmpty() ? order->signatureHash : Store::signatureHashIndex(hash));
    cert.keySize = csrInfo.keyBits > 0 ? csrInfo.keyBits : order->keySize;
    cert.dateCreated = now;
    Store::Certificate &created = store().addCertificate(cert);
    const int certificateId = created.id;
    extra.certificateIds.push_back(certificateId);

    const bool approved = skip && SandboxAccount::canSkipApproval(call.user.role);
    Store::Request request;
    request.type = Store::RequestType::Reissue;
    request.status = Store::RequestStatus::Pending;
    request.orderId = order->id;
    request.certificateId = certificateId;
    request.date = now;
    request.requesterId = call.user.id;
    request.comments = comments;
    Store::Request &stored = store().addRequest(request);
    const int requestId = stored.id;
    store().certificate(certificateId)->requestId = requestId;
    extra.requestIds.push_back(requestId);
    store().setStatus(*order, Store::Status::ReissuePending);
    if (approved)
        workflow().approve(stored, call.user.id, QString());

    QJsonObject reply{{QStringLiteral("id"), order->id}};
    if (approved) {
        reply.insert(QStringLiteral("certificate_id"), certificateId);
    } else {
        reply.insert(
            QStringLiteral("requests"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), requestId},
                                   {QStringLiteral("status"), QStringLiteral("pending")}}});
    }
    const Store::Order *current = store().findOrder(order->id);
    if (current->status == Store::Status::ReissuePending &&
        SandboxDcv::isTokenMethod(current->extra->dcvMethod))
        reply.insert(QStringLiteral("dcv_random_value"), current->extra->dcvRandomValue);
    return SandboxReply::json(201, reply);
}

SandboxReply SandboxLifecycleRoutes::listOfKind(SandboxCall &call, Store::CertificateKind kind) {
    SandboxReply error;
    if (!visibleOrder(call, call.arg(0), &error))
        return error;
    Store::Order *order = store().editOrder(*SandboxCall::parseId(call.arg(0)));
    QJsonArray list;
    for (const Store::Certificate *c : store().certificatesOf(*order)) {
        if (c->kind == kind)
            list.append(SandboxJson::certificateEntry(store(), *c));
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("certificates"), list}});
}

SandboxReply SandboxLifecycleRoutes::listReissues(SandboxCall &call) {
    return listOfKind(call, Store::CertificateKind::Reissue);
}

SandboxReply SandboxLifecycleRoutes::listDuplicates(SandboxCall &call) {
    return listOfKind(call, Store::CertificateKind::Duplicate);
}

SandboxReply SandboxLifecycleRoutes::duplicate(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = editableOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    const Store::Product &product = Store::product(order->product);
    if (SandboxProducts::isCodeSigning(product))
        return badRequest(QStringLiteral("duplicate_not_allowed"),
                          QStringLiteral("Code-signing certificates cannot be duplicated"));
    if (!checkIssuedOrder(*order, QStringLiteral("duplicated"), &error))
        return error;

    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);
    const QString cn = certificate.string(QStringLiteral("common_name"), Reader::Required, 253);
    QStringList names;
    if (body.ok())
        names << SandboxOrderRequestParser::readDnsName(certificate, QStringLiteral("common_name"),
                                                        cn, true);
    const QStringList dnsNames =
        certificate.stringList(QStringLiteral("dns_names"), Reader::Optional, 250);
    for (int i = 0; body.ok() && i < dnsNames.size(); ++i) {
        const QString name = SandboxOrderRequestParser::readDnsName(
            certificate, QStringLiteral("dns_names[%1]").arg(i), dnsNames.at(i), true);
        if (body.ok() && !names.contains(name))
            names << name;
    }
    // Every name must already be on the order, or sit directly below one of its wildcards.
    for (int i = 0; body.ok() && i < names.size(); ++i) {
        const QString &name = names.at(i);
        bool covered = order->dnsNames.contains(name) || order->commonName == name;
        for (const QString &existing : order->dnsNames) {
            if (SandboxDcv::isWildcard(existing) &&
                name.section(QLatin1Char('.'), 1) == SandboxDcv::withoutWildcard(existing))
                covered = true;
        }
        if (!covered)
            certificate.invalid(i == 0 ? QStringLiteral("common_name")
                                       : QStringLiteral("dns_names"),
                                QStringLiteral("%1 is not on the order; a duplicate can only use "
                                               "the order's names")
                                    .arg(name));
    }
    const QString csr = certificate.string(QStringLiteral("csr"), Reader::Required);
    SandboxCertificateIssuer::CsrInfo csrInfo;
    if (body.ok()) {
        QString message;
        switch (SandboxCertificateIssuer::parseCsr(csr, 2048, &csrInfo, &message)) {
        case SandboxCertificateIssuer::CsrProblem::None:
            break;
        case SandboxCertificateIssuer::CsrProblem::Unreadable:
            body.fail(400, QStringLiteral("invalid_csr"), message);
            break;
        case SandboxCertificateIssuer::CsrProblem::BadSignature:
            body.fail(400, QStringLiteral("invalid_csr|signature"), message);
            break;
        case SandboxCertificateIssuer::CsrProblem::WeakKey:
            body.fail(400, QStringLiteral("invalid_csr|key_size"), message);
            break;
        }
    }
    const QString hash = certificate.oneOf(
        QStringLiteral("signature_hash"),
        {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")});
    int platformId = -1;
    Reader platform = certificate.child(QStringLiteral("server_platform"));
    if (platform.present()) {
        if (const auto id = platform.integer(QStringLiteral("id"), -1, 999999, Reader::Required))
            platformId = int(*id);
    }
    // custom_expiration_date sits at the root; the seed's example is ambiguous, so it is also
    // read from inside certificate.
    QString custom = body.string(QStringLiteral("custom_expiration_date"));
    if (custom.isEmpty())
        custom = certificate.string(QStringLiteral("custom_expiration_date"));
    const bool skip = body.boolean(QStringLiteral("skip_approval")).value_or(false);
    const QString comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    if (!body.ok())
        return body.error();

    const qint64 today = store().todayJulianDay();
    // By default the duplicate ends with the certificate it copies; a custom date is cut to
    // the shortest of the order's end, the plan's end and the day's longest validity.
    qint64 till = order->validTillDay;
    if (!custom.isEmpty()) {
        const auto day = SandboxClock::parseDay(custom);
        if (!day || *day <= today)
            return invalidValue(QStringLiteral("custom_expiration_date"),
                                QStringLiteral("custom_expiration_date must be a future date as "
                                               "yyyy-MM-dd"));
        till = *day;
    }
    const qint64 orderEnd = order->orderEndDay > 0 ? order->orderEndDay : order->validTillDay;
    till = qMin(till, qMin(orderEnd, today + SandboxRules::maxCertificateDays(today)));

    Store::OrderExtra &extra = store().extra(*order);
    const qint64 now = store().now();
    Store::Certificate cert;
    cert.orderId = order->id;
    cert.kind = Store::CertificateKind::Duplicate;
    cert.commonName = names.constFirst();
    cert.dnsNames = names;
    cert.csr = csr.trimmed();
    cert.serverPlatformId = platformId;
    cert.signatureHash =
        quint8(hash.isEmpty() ? order->signatureHash : Store::signatureHashIndex(hash));
    cert.keySize = csrInfo.keyBits;
    cert.dateCreated = now;
    cert.validTill = SandboxClock::startOfDay(till + 1) - 1;
    Store::Certificate &created = store().addCertificate(cert);
    const int certificateId = created.id;
    extra.certificateIds.push_back(certificateId);

    Store::Request request;
    request.type = Store::RequestType::Duplicate;
    request.orderId = order->id;
    request.certificateId = certificateId;
    request.date = now;
    request.requesterId = call.user.id;
    request.comments = comments;
    Store::Request &stored = store().addRequest(request);
    const int requestId = stored.id;
    store().certificate(certificateId)->requestId = requestId;
    extra.requestIds.push_back(requestId);
    const bool approved = skip && SandboxAccount::canSkipApproval(call.user.role);
    if (approved)
        workflow().approve(stored, call.user.id, QString());

    QJsonObject reply{{QStringLiteral("id"), order->id}};
    if (approved)
        reply.insert(QStringLiteral("certificate_id"), certificateId);
    else
        reply.insert(
            QStringLiteral("requests"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), requestId},
                                   {QStringLiteral("status"), QStringLiteral("pending")}}});
    return SandboxReply::json(201, reply);
}

bool SandboxLifecycleRoutes::readRevocation(const SandboxCall &call, Revocation *revocation,
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

SandboxReply SandboxLifecycleRoutes::revocationRequest(SandboxCall &call, Store::Order &order,
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

SandboxReply SandboxLifecycleRoutes::revokeCertificate(SandboxCall &call) {
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

SandboxReply SandboxLifecycleRoutes::revokeOrder(SandboxCall &call) {
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
