#include "sandbox/SandboxLifecycleRoutes.h"

#include "sandbox/SandboxRules.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxCertificateRequestReader.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

namespace {

using Store = SandboxStore;
using Reader = SandboxBodyReader;

// The reply's requests entry for a request still waiting for approval.
QJsonArray pendingRequestJson(int requestId) {
    return QJsonArray{QJsonObject{{QStringLiteral("id"), requestId},
                                  {QStringLiteral("status"), QStringLiteral("pending")}}};
}

} // namespace

void SandboxLifecycleRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}/reissue"),
              [this](SandboxCall &call) { return reissue(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}/reissue"),
              [this](SandboxCall &call) { return listReissues(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}/duplicate"),
              [this](SandboxCall &call) { return duplicate(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}/duplicate"),
              [this](SandboxCall &call) { return listDuplicates(call); });
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
    Store::OrderExtra &extra = store().extra(*order);
    Reissue request;
    if (!readReissue(json, *order, extra, &request, &error))
        return error;
    return startReissue(call, *order, extra, request);
}

void SandboxLifecycleRoutes::readReissueNames(Reader &certificate,
                                              const SandboxProducts::Product &product,
                                              Reissue *reissue) {
    const QString cn = certificate.string(QStringLiteral("common_name"), Reader::Required, 253);
    const bool wildcardAllowed = product.wildcard || !SandboxProducts::isDomainValidated(product);
    if (certificate.ok())
        reissue->commonName = SandboxCertificateRequestReader::readDnsName(
            certificate, QStringLiteral("common_name"), cn, wildcardAllowed);
    if (certificate.ok() && product.wildcard && !SandboxDcv::isWildcard(reissue->commonName))
        certificate.invalid(QStringLiteral("common_name"),
                            QStringLiteral("this product needs a wildcard common name"));
    reissue->names << reissue->commonName;
    SandboxCertificateRequestReader::appendDnsNames(certificate, wildcardAllowed, &reissue->names);
}

void SandboxLifecycleRoutes::readReissueCsr(Reader &body, Reader &certificate, bool codeSigning,
                                            Reissue *reissue) {
    // Code signing: common_name must be left out, and a CSR goes only with email provisioning
    // (certcentral-docs.md 5.1).
    if (codeSigning && body.ok() && certificate.has(QStringLiteral("common_name")))
        certificate.invalid(QStringLiteral("common_name"),
                            QStringLiteral("must be omitted for code signing certificates"));
    if (codeSigning && body.ok() && !reissue->csrWanted && certificate.has(QStringLiteral("csr")))
        certificate.invalid(QStringLiteral("csr"),
                            QStringLiteral("is accepted only with cs_provisioning_method email"));
    reissue->csr = certificate.string(QStringLiteral("csr"),
                                      reissue->csrWanted ? Reader::Required : Reader::Optional);
    if (body.ok() && reissue->csrWanted)
        SandboxCertificateRequestReader::checkCsr(body, reissue->csr, codeSigning ? 3072 : 2048,
                                                  &reissue->csrInfo);
}

bool SandboxLifecycleRoutes::readReissue(const QJsonObject &json, const Store::Order &order,
                                         const Store::OrderExtra &extra, Reissue *reissue,
                                         SandboxReply *error) const {
    const Store::Product &product = Store::product(order.product);
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);
    reissue->commonName = order.commonName;
    if (!codeSigning && body.ok())
        readReissueNames(certificate, product, reissue);
    reissue->provisioning =
        codeSigning ? body.oneOf(QStringLiteral("cs_provisioning_method"),
                                 {QStringLiteral("ship_token"), QStringLiteral("client_app"),
                                  QStringLiteral("email"), QStringLiteral("keylocker")})
                    : QString();
    const QString effectiveProvisioning =
        reissue->provisioning.isEmpty() ? extra.csProvisioningMethod : reissue->provisioning;
    reissue->csrWanted = !codeSigning || effectiveProvisioning == QLatin1String("email");
    readReissueCsr(body, certificate, codeSigning, reissue);
    reissue->hash = certificate.oneOf(
        QStringLiteral("signature_hash"),
        {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")});
    reissue->platformId = store().certificateView(order).serverPlatformId;
    Reader platform = certificate.child(QStringLiteral("server_platform"));
    if (platform.present()) {
        if (const auto id = platform.integer(QStringLiteral("id"), -1, 999999, Reader::Required))
            reissue->platformId = int(*id);
    }
    // skip_approval belongs at the root; the seed's example has it inside certificate.
    reissue->skipApproval = body.boolean(QStringLiteral("skip_approval")).value_or(false) ||
                            certificate.boolean(QStringLiteral("skip_approval")).value_or(false);
    reissue->comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    reissue->dcvScope = body.oneOf(QStringLiteral("certificate_dcv_scope"),
                                   {QStringLiteral("base_domain"), QStringLiteral("fqdn")});
    reissue->dcvMethod = body.string(QStringLiteral("dcv_method"));
    if (body.ok() && !reissue->dcvMethod.isEmpty()) {
        const QString problem = SandboxDcv::methodProblem(reissue->dcvMethod);
        if (!problem.isEmpty())
            body.invalid(QStringLiteral("dcv_method"), problem);
    }
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    return true;
}

int SandboxLifecycleRoutes::addReissueCertificate(Store::Order &order, Store::OrderExtra &extra,
                                                  const Reissue &reissue, qint64 now) {
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(order.product));
    Store::Certificate cert;
    cert.orderId = order.id;
    cert.kind = Store::CertificateKind::Reissue;
    cert.commonName = reissue.commonName;
    cert.dnsNames = codeSigning ? QStringList() : reissue.names;
    cert.csr = reissue.csrWanted ? reissue.csr.trimmed() : QString();
    cert.serverPlatformId = reissue.platformId;
    cert.signatureHash = quint8(reissue.hash.isEmpty() ? order.signatureHash
                                                       : Store::signatureHashIndex(reissue.hash));
    cert.keySize = reissue.csrInfo.keyBits > 0 ? reissue.csrInfo.keyBits : order.keySize;
    cert.dateCreated = now;
    Store::Certificate &created = store().addCertificate(cert);
    const int certificateId = created.id;
    extra.certificateIds.push_back(certificateId);
    return certificateId;
}

SandboxReply SandboxLifecycleRoutes::startReissue(SandboxCall &call, Store::Order &order,
                                                  Store::OrderExtra &extra,
                                                  const Reissue &reissue) {
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(order.product));
    const qint64 now = store().now();
    if (!reissue.dcvScope.isEmpty())
        extra.dcvScope = reissue.dcvScope;
    if (!reissue.dcvMethod.isEmpty() && !codeSigning)
        extra.dcvMethod = reissue.dcvMethod;
    if (!reissue.provisioning.isEmpty())
        extra.csProvisioningMethod = reissue.provisioning;
    if (SandboxDcv::isTokenMethod(extra.dcvMethod) &&
        (extra.dcvRandomValue.isEmpty() || extra.dcvRandomExpires <= now)) {
        extra.dcvRandomValue = SandboxDcv::randomValue();
        extra.dcvRandomExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }
    const int certificateId = addReissueCertificate(order, extra, reissue, now);

    const bool approved = reissue.skipApproval && SandboxAccount::canSkipApproval(call.user.role);
    Store::Request request;
    request.type = Store::RequestType::Reissue;
    request.status = Store::RequestStatus::Pending;
    request.orderId = order.id;
    request.certificateId = certificateId;
    request.date = now;
    request.requesterId = call.user.id;
    request.comments = reissue.comments;
    Store::Request &stored = store().addRequest(request);
    const int requestId = stored.id;
    store().certificate(certificateId)->requestId = requestId;
    extra.requestIds.push_back(requestId);
    store().setStatus(order, Store::Status::ReissuePending);
    if (approved)
        workflow().approve(stored, call.user.id, QString());

    QJsonObject reply{{QStringLiteral("id"), order.id}};
    if (approved)
        reply.insert(QStringLiteral("certificate_id"), certificateId);
    else
        reply.insert(QStringLiteral("requests"), pendingRequestJson(requestId));
    const Store::Order *current = store().findOrder(order.id);
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
    Duplicate request;
    qint64 till = 0;
    if (!readDuplicate(json, *order, &request, &error) ||
        !duplicateEndDay(*order, request, &till, &error))
        return error;
    return startDuplicate(call, *order, request, till);
}

void SandboxLifecycleRoutes::checkDuplicateNames(Reader &certificate, const Store::Order &order,
                                                 const QStringList &names) {
    for (int i = 0; certificate.ok() && i < names.size(); ++i) {
        const QString &name = names.at(i);
        bool covered = order.dnsNames.contains(name) || order.commonName == name;
        for (const QString &existing : order.dnsNames) {
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
}

bool SandboxLifecycleRoutes::readDuplicate(const QJsonObject &json, const Store::Order &order,
                                           Duplicate *duplicate, SandboxReply *error) const {
    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);
    const QString cn = certificate.string(QStringLiteral("common_name"), Reader::Required, 253);
    if (body.ok())
        duplicate->names << SandboxCertificateRequestReader::readDnsName(
            certificate, QStringLiteral("common_name"), cn, true);
    SandboxCertificateRequestReader::appendDnsNames(certificate, true, &duplicate->names);
    checkDuplicateNames(certificate, order, duplicate->names);
    duplicate->csr = certificate.string(QStringLiteral("csr"), Reader::Required);
    if (body.ok())
        SandboxCertificateRequestReader::checkCsr(body, duplicate->csr, 2048, &duplicate->csrInfo);
    duplicate->hash = certificate.oneOf(
        QStringLiteral("signature_hash"),
        {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")});
    Reader platform = certificate.child(QStringLiteral("server_platform"));
    if (platform.present()) {
        if (const auto id = platform.integer(QStringLiteral("id"), -1, 999999, Reader::Required))
            duplicate->platformId = int(*id);
    }
    // custom_expiration_date sits at the root; the seed's example is ambiguous, so it is also
    // read from inside certificate.
    duplicate->customExpiration = body.string(QStringLiteral("custom_expiration_date"));
    if (duplicate->customExpiration.isEmpty())
        duplicate->customExpiration = certificate.string(QStringLiteral("custom_expiration_date"));
    duplicate->skipApproval = body.boolean(QStringLiteral("skip_approval")).value_or(false);
    duplicate->comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    return true;
}

bool SandboxLifecycleRoutes::duplicateEndDay(const Store::Order &order, const Duplicate &duplicate,
                                             qint64 *till, SandboxReply *error) const {
    const qint64 today = store().todayJulianDay();
    // By default the duplicate ends with the certificate it copies; a custom date is cut to
    // the shortest of the order's end, the plan's end and the day's longest validity.
    *till = order.validTillDay;
    if (!duplicate.customExpiration.isEmpty()) {
        const auto day = SandboxClock::parseDay(duplicate.customExpiration);
        if (!day || *day <= today) {
            *error = invalidValue(QStringLiteral("custom_expiration_date"),
                                  QStringLiteral("custom_expiration_date must be a future date "
                                                 "as yyyy-MM-dd"));
            return false;
        }
        *till = *day;
    }
    const qint64 orderEnd = order.orderEndDay > 0 ? order.orderEndDay : order.validTillDay;
    *till = qMin(*till, qMin(orderEnd, today + SandboxRules::maxCertificateDays(today)));
    return true;
}

SandboxReply SandboxLifecycleRoutes::startDuplicate(SandboxCall &call, Store::Order &order,
                                                    const Duplicate &duplicate, qint64 till) {
    Store::OrderExtra &extra = store().extra(order);
    const qint64 now = store().now();
    Store::Certificate cert;
    cert.orderId = order.id;
    cert.kind = Store::CertificateKind::Duplicate;
    cert.commonName = duplicate.names.constFirst();
    cert.dnsNames = duplicate.names;
    cert.csr = duplicate.csr.trimmed();
    cert.serverPlatformId = duplicate.platformId;
    cert.signatureHash = quint8(
        duplicate.hash.isEmpty() ? order.signatureHash : Store::signatureHashIndex(duplicate.hash));
    cert.keySize = duplicate.csrInfo.keyBits;
    cert.dateCreated = now;
    cert.validTill = SandboxClock::startOfDay(till + 1) - 1;
    Store::Certificate &created = store().addCertificate(cert);
    const int certificateId = created.id;
    extra.certificateIds.push_back(certificateId);

    Store::Request request;
    request.type = Store::RequestType::Duplicate;
    request.orderId = order.id;
    request.certificateId = certificateId;
    request.date = now;
    request.requesterId = call.user.id;
    request.comments = duplicate.comments;
    Store::Request &stored = store().addRequest(request);
    const int requestId = stored.id;
    store().certificate(certificateId)->requestId = requestId;
    extra.requestIds.push_back(requestId);
    const bool approved = duplicate.skipApproval && SandboxAccount::canSkipApproval(call.user.role);
    if (approved)
        workflow().approve(stored, call.user.id, QString());

    QJsonObject reply{{QStringLiteral("id"), order.id}};
    if (approved)
        reply.insert(QStringLiteral("certificate_id"), certificateId);
    else
        reply.insert(QStringLiteral("requests"), pendingRequestJson(requestId));
    return SandboxReply::json(201, reply);
}
