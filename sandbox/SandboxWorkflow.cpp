#include "sandbox/SandboxWorkflow.h"

#include "sandbox/SandboxRules.h"

#include "sandbox/SandboxAccount.h"

#include <algorithm>

namespace {

using Store = SandboxStore;
constexpr qint64 kDay = SandboxClock::kDay;
constexpr qint64 kReissueRevocationDelay = 72 * 3600;

qint64 endOfDay(qint64 julianDay) {
    return SandboxClock::startOfDay(julianDay + 1) - 1;
}

} // namespace

SandboxWorkflow::SandboxWorkflow(SandboxStore &store, SandboxCertificateIssuer &issuer,
                                 bool autoComplete)
    : m_store(store)
    , m_renderer(store, issuer)
    , m_autoComplete(autoComplete) {}

qint64 SandboxWorkflow::orderEndDay(const QJsonObject &orderValidity, qint64 today) {
    const QString custom = orderValidity.value(QStringLiteral("custom_expiration_date")).toString();
    if (!custom.isEmpty()) {
        if (const auto day = SandboxClock::parseDayMonthYear(custom))
            return *day;
        if (const auto day = SandboxClock::parseDay(custom))
            return *day;
    }
    const int days = orderValidity.value(QStringLiteral("days")).toInt();
    if (days > 0)
        return today + days;
    const int years = qMax(1, orderValidity.value(QStringLiteral("years")).toInt(1));
    return today + 365 * years;
}

Store::Request *SandboxWorkflow::pendingReissue(Store::Order &order) {
    Store::Request *found = nullptr;
    for (Store::Request *r : m_store.requestsOf(order)) {
        if (r->type != Store::RequestType::Reissue || r->status == Store::RequestStatus::Rejected)
            continue;
        if (r->certificateId > 0) {
            const Store::Certificate *c = m_store.certificate(r->certificateId);
            if (!c || c->status != Store::CertificateStatus::Pending)
                continue;
        } else if (order.status != Store::Status::ReissuePending) {
            continue;
        }
        found = r;
    }
    return found;
}

QStringList SandboxWorkflow::namesInValidation(Store::Order &order) {
    const Store::Product &product = Store::product(order.product);
    if (SandboxProducts::isCodeSigning(product))
        return QStringList();
    if (order.status == Store::Status::ReissuePending) {
        Store::Request *reissue = pendingReissue(order);
        if (reissue && reissue->certificateId > 0) {
            const Store::Certificate *c = m_store.certificate(reissue->certificateId);
            if (c)
                return SandboxCertificateRenderer::names(c->commonName, c->dnsNames);
        }
        return SandboxCertificateRenderer::names(order.commonName, order.dnsNames);
    }
    if (order.status == Store::Status::Pending)
        return SandboxCertificateRenderer::names(order.commonName, order.dnsNames);
    return QStringList();
}

QHash<QString, QString> SandboxWorkflow::targets(Store::Order &order) {
    return SandboxDcv::targets(namesInValidation(order), m_store.extra(order).dcvScope);
}

bool SandboxWorkflow::isTargetApproved(Store::Order &order, const QString &target) {
    Store::OrderExtra &extra = m_store.extra(order);
    if (extra.approvedTargets.contains(target))
        return true;
    // OV and EV orders reuse the account's validated domains; DV orders never do.
    if (!SandboxProducts::isDomainValidated(Store::product(order.product)) &&
        m_store.domains().coveringDomain(target, m_store.now()))
        return true;
    // E-mail DCV completes when the approval link is "clicked" (the control endpoint).
    if (extra.dcvMethod == QLatin1String("email") && m_store.dcv().isPlaced(target)) {
        extra.approvedTargets.insert(target);
        return true;
    }
    return false;
}

QStringList SandboxWorkflow::unapprovedTargets(Store::Order &order) {
    QStringList missing;
    const QHash<QString, QString> all = targets(order);
    for (const QString &target : all) {
        if (!missing.contains(target) && !isTargetApproved(order, target))
            missing << target;
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

bool SandboxWorkflow::organizationValidated(const Store::Order &order) const {
    const Store::Product &product = Store::product(order.product);
    const QString type = SandboxProducts::organizationValidation(product);
    if (type.isEmpty() || order.organization < 0)
        return true;
    const Store::Organization &org = m_store.organizations().at(order.organization);
    return m_store.organizations().hasCompletedValidation(org, type, m_store.todayJulianDay());
}

void SandboxWorkflow::autoCompleteValidation(Store::Order &order) {
    Store::OrderExtra &extra = m_store.extra(order);
    for (const QString &target : targets(order))
        extra.approvedTargets.insert(target);
    if (order.organization >= 0)
        m_store.organizations().completeValidations(m_store.organizations().at(order.organization),
                                                    m_store.now());
}

void SandboxWorkflow::evaluate(Store::Order &order) {
    if (order.status == Store::Status::Pending) {
        bool approved = false;
        for (Store::Request *r : m_store.requestsOf(order)) {
            if (r->type == Store::RequestType::NewRequest)
                approved = r->status == Store::RequestStatus::Approved;
        }
        if (!approved)
            return;
        if (m_autoComplete)
            autoCompleteValidation(order);
        if (unapprovedTargets(order).isEmpty() && organizationValidated(order))
            issueOrder(order);
    } else if (order.status == Store::Status::ReissuePending) {
        Store::Request *reissue = pendingReissue(order);
        if (!reissue || reissue->status != Store::RequestStatus::Approved)
            return;
        if (m_autoComplete)
            autoCompleteValidation(order);
        if (unapprovedTargets(order).isEmpty() && organizationValidated(order))
            issueReissue(order, *reissue);
    }
}

void SandboxWorkflow::evaluatePendingForDomain(const QString &domain) {
    const auto &orders = m_store.orders();
    std::vector<int> ids;
    for (const Store::Order &order : orders) {
        if (order.status != Store::Status::Pending && order.status != Store::Status::ReissuePending)
            continue;
        bool match = false;
        for (const QString &name :
             SandboxCertificateRenderer::names(order.commonName, order.dnsNames))
            match = match || SandboxDcv::isSameOrSubdomain(name, domain);
        if (match)
            ids.push_back(order.id);
    }
    for (const int id : ids) {
        if (Store::Order *order = m_store.editOrder(id))
            evaluate(*order);
    }
}

void SandboxWorkflow::evaluatePendingForOrganization(int organizationId) {
    const int index = m_store.organizations().indexOf(organizationId);
    std::vector<int> ids;
    for (const Store::Order &order : m_store.orders()) {
        if (order.organization == index && (order.status == Store::Status::Pending ||
                                            order.status == Store::Status::ReissuePending))
            ids.push_back(order.id);
    }
    for (const int id : ids) {
        if (Store::Order *order = m_store.editOrder(id))
            evaluate(*order);
    }
}

QStringList SandboxWorkflow::checkDcv(Store::Order &order) {
    Store::OrderExtra &extra = m_store.extra(order);
    QStringList missing;
    for (const QString &target : unapprovedTargets(order)) {
        if (m_autoComplete || m_store.dcv().isPlaced(target))
            extra.approvedTargets.insert(target);
        else
            missing << target;
    }
    evaluate(order);
    return missing;
}

void SandboxWorkflow::issueOrder(Store::Order &order) {
    Store::OrderExtra &extra = m_store.extra(order);
    Store::Certificate *cert = m_store.certificate(order.certificateId);
    if (!cert)
        return;
    const qint64 now = m_store.now();
    const qint64 today = m_store.todayJulianDay();
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(order.product));
    if (order.orderEndDay == 0)
        order.orderEndDay = orderEndDay(extra.orderValidity, today);
    qint64 till = order.orderEndDay;
    if (!codeSigning)
        till = qMin(till, today + qMin(extra.certValidityDays > 0
                                           ? extra.certValidityDays
                                           : SandboxRules::maxCertificateDays(today),
                                       SandboxRules::maxCertificateDays(today)));
    cert->status = Store::CertificateStatus::Issued;
    cert->validFrom = now;
    cert->validTill = endOfDay(till);
    QString error;
    if (der(*cert, &error).isEmpty())
        qWarning("certdesk-sandbox: cannot render certificate %d: %s", cert->id, qPrintable(error));
    order.validFromDay = today;
    order.validTillDay = till;
    order.certificateCreated = now;
    m_store.setStatus(order, Store::Status::Issued);
}

void SandboxWorkflow::issueReissue(Store::Order &order, Store::Request &request) {
    Store::OrderExtra &extra = m_store.extra(order);
    if (request.certificateId == 0) {
        // A seeded reissue: the new certificate keeps the order's names and the seed key.
        Store::Certificate c;
        c.orderId = order.id;
        c.kind = Store::CertificateKind::Reissue;
        c.commonName = order.commonName;
        c.dnsNames = order.dnsNames;
        c.signatureHash = order.signatureHash;
        c.keySize = order.keySize;
        c.dateCreated = request.date;
        c.requestId = request.id;
        Store::Certificate &created = m_store.addCertificate(c);
        request.certificateId = created.id;
        extra.certificateIds.push_back(created.id);
    }
    Store::Certificate *cert = m_store.certificate(request.certificateId);
    if (!cert)
        return;
    const qint64 now = m_store.now();
    const qint64 today = m_store.todayJulianDay();
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(order.product));
    if (order.orderEndDay <= today)
        order.orderEndDay = qMax(order.orderEndDay, order.validTillDay);
    const int maximum = SandboxRules::maxCertificateDays(today);
    qint64 till = order.orderEndDay > today ? order.orderEndDay : today + maximum;
    if (!codeSigning)
        till = qMin(till, today + maximum);
    cert->status = Store::CertificateStatus::Issued;
    cert->validFrom = now;
    cert->validTill = endOfDay(till);
    QString error;
    der(*cert, &error);

    // Names that were dropped mean the earlier certificates get revoked within 72 hours.
    const QStringList before = SandboxCertificateRenderer::names(order.commonName, order.dnsNames);
    const QStringList after = SandboxCertificateRenderer::names(cert->commonName, cert->dnsNames);
    bool removed = false;
    for (const QString &name : before)
        removed = removed || !after.contains(name);
    if (removed) {
        for (Store::Certificate *other : m_store.certificatesOf(order)) {
            if (other->id != cert->id && other->status == Store::CertificateStatus::Issued)
                other->revocationScheduled = now + kReissueRevocationDelay;
        }
    }
    order.certificateId = cert->id;
    order.commonName = cert->commonName;
    order.dnsNames = cert->dnsNames;
    order.signatureHash = cert->signatureHash;
    order.keySize = quint16(cert->keySize);
    order.validFromDay = today;
    order.validTillDay = till;
    order.certificateCreated = now;
    if (!cert->csr.isEmpty())
        extra.csr = cert->csr;
    m_store.setStatus(order, Store::Status::Issued);
}

void SandboxWorkflow::issueDuplicate(Store::Order &order, Store::Request &request) {
    Store::Certificate *cert = m_store.certificate(request.certificateId);
    if (!cert || cert->status != Store::CertificateStatus::Pending)
        return;
    const qint64 now = m_store.now();
    // The end date was fixed (and cut) when the duplicate was requested; an approval that comes
    // late still keeps it within the longest validity of the issue day.
    const qint64 today = m_store.todayJulianDay();
    const qint64 till =
        qMin(SandboxClock::dayOf(cert->validTill), today + SandboxRules::maxCertificateDays(today));
    cert->status = Store::CertificateStatus::Issued;
    cert->validFrom = now;
    cert->validTill = endOfDay(till);
    QString error;
    der(*cert, &error);
    order.touched = true;
}

void SandboxWorkflow::refund(Store::Order &order) {
    Store::OrderExtra &extra = m_store.extra(order);
    if (extra.chargedCents > 0) {
        const int containerId = SandboxAccount::containers()[order.container].id;
        m_store.finance().refund(containerId, extra.chargedCents, order.id, m_store.now());
        extra.chargedCents = 0;
    }
}

void SandboxWorkflow::approve(Store::Request &request, int processorId, const QString &comment) {
    request.status = Store::RequestStatus::Approved;
    request.processorId = processorId;
    request.processorComment = comment;
    request.dateProcessed = m_store.now();
    Store::Order *order = m_store.editOrder(request.orderId);
    if (!order)
        return;
    switch (request.type) {
    case Store::RequestType::NewRequest:
        order->requestStatus = Store::RequestStatus::Approved;
        evaluate(*order);
        break;
    case Store::RequestType::Reissue:
        evaluate(*order);
        break;
    case Store::RequestType::Duplicate:
        issueDuplicate(*order, request);
        break;
    case Store::RequestType::Revoke:
        if (request.wholeOrder) {
            revokeOrder(*order, request.revocationReason);
        } else if (Store::Certificate *c = m_store.certificate(request.certificateId)) {
            revokeCertificate(*c, request.revocationReason);
        }
        break;
    }
}

void SandboxWorkflow::reject(Store::Request &request, int processorId, const QString &comment) {
    request.status = Store::RequestStatus::Rejected;
    request.processorId = processorId;
    request.processorComment = comment;
    request.dateProcessed = m_store.now();
    Store::Order *order = m_store.editOrder(request.orderId);
    if (!order)
        return;
    Store::Certificate *cert =
        request.certificateId > 0 ? m_store.certificate(request.certificateId) : nullptr;
    switch (request.type) {
    case Store::RequestType::NewRequest:
        order->requestStatus = Store::RequestStatus::Rejected;
        if (cert)
            cert->status = Store::CertificateStatus::Rejected;
        if (order->status == Store::Status::Pending ||
            order->status == Store::Status::WaitingPickup) {
            m_store.setStatus(*order, Store::Status::Rejected);
            refund(*order);
        }
        break;
    case Store::RequestType::Reissue:
        if (cert && cert->status == Store::CertificateStatus::Pending)
            cert->status = Store::CertificateStatus::Rejected;
        if (order->status == Store::Status::ReissuePending)
            m_store.setStatus(*order, Store::Status::Issued);
        break;
    case Store::RequestType::Duplicate:
        if (cert && cert->status == Store::CertificateStatus::Pending)
            cert->status = Store::CertificateStatus::Rejected;
        break;
    case Store::RequestType::Revoke:
        break;
    }
}

bool SandboxWorkflow::cancel(Store::Order &order, const QString &note, int userId) {
    if (order.status == Store::Status::Pending || order.status == Store::Status::WaitingPickup) {
        Store::OrderExtra &extra = m_store.extra(order);
        extra.cancelNote = note;
        for (Store::Request *r : m_store.requestsOf(order)) {
            if (r->type != Store::RequestType::NewRequest)
                continue;
            r->status = Store::RequestStatus::Rejected;
            r->processorId = userId;
            r->processorComment = note;
            r->dateProcessed = m_store.now();
        }
        order.requestStatus = Store::RequestStatus::Rejected;
        if (Store::Certificate *cert = m_store.certificate(order.certificateId))
            cert->status = Store::CertificateStatus::Rejected;
        m_store.setStatus(order, Store::Status::Canceled);
        refund(order);
        return true;
    }
    if (order.status == Store::Status::ReissuePending) {
        if (Store::Request *reissue = pendingReissue(order)) {
            reject(*reissue, userId, note);
        } else {
            m_store.setStatus(order, Store::Status::Issued);
        }
        return true;
    }
    return false;
}

bool SandboxWorkflow::hasNoLiveCertificate(Store::Order &order) {
    const qint64 now = m_store.now();
    for (Store::Certificate *c : m_store.certificatesOf(order)) {
        if (c->status == Store::CertificateStatus::Issued && c->validTill >= now)
            return false;
    }
    return true;
}

void SandboxWorkflow::revokeCertificate(Store::Certificate &certificate, const QString &reason) {
    certificate.status = Store::CertificateStatus::Revoked;
    certificate.dateRevoked = m_store.now();
    certificate.revocationReason = reason.isEmpty() ? QStringLiteral("unspecified") : reason;
    certificate.revocationScheduled = 0;
    Store::Order *order = m_store.editOrder(certificate.orderId);
    if (order && hasNoLiveCertificate(*order))
        m_store.setStatus(*order, Store::Status::Revoked);
}

void SandboxWorkflow::revokeOrder(Store::Order &order, const QString &reason) {
    for (Store::Certificate *c : m_store.certificatesOf(order)) {
        if (c->status != Store::CertificateStatus::Issued)
            continue;
        c->status = Store::CertificateStatus::Revoked;
        c->dateRevoked = m_store.now();
        c->revocationReason = reason.isEmpty() ? QStringLiteral("unspecified") : reason;
        c->revocationScheduled = 0;
    }
    m_store.setStatus(order, Store::Status::Revoked);
}

QByteArray SandboxWorkflow::der(Store::Certificate &certificate, QString *error) {
    return m_renderer.der(certificate, error);
}

QList<QByteArray> SandboxWorkflow::chain(const Store::Order &order) const {
    return m_renderer.chain(order);
}
