#include "sandbox/SandboxOrderPlacement.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxMoney.h"
#include "sandbox/SandboxWorkflow.h"

#include <QRandomGenerator>

namespace {

using Store = SandboxStore;

QString hardwareInitCode() {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    }
    return code;
}

// The authenticated user as an organization contact.
SandboxOrganizations::Contact userContact(const SandboxAccount::User &user) {
    SandboxOrganizations::Contact self;
    self.firstName = user.firstName;
    self.lastName = user.lastName;
    self.email = user.email;
    self.jobTitle = user.jobTitle;
    self.telephone = user.telephone;
    self.userId = user.id;
    return self;
}

// What a new order keeps beyond its compact record: CSR, DCV, price and payment, validity,
// code-signing provisioning and the request fields shown again in order info.
void fillOrderExtra(Store::OrderExtra *extra, const SandboxOrderRequestParser::NewOrder &request,
                    bool codeSigning, qint64 charged, qint64 now) {
    extra->csr = request.csr;
    extra->serverPlatformId = request.serverPlatformId;
    extra->dcvMethod = codeSigning ? QString() : request.dcvMethod;
    extra->dcvScope = request.dcvScope;
    extra->priceCents = request.priceCents;
    extra->chargedCents = charged;
    extra->paymentMethod = request.paymentMethod;
    extra->orderValidity = request.orderValidity;
    extra->certValidity = request.certValidity;
    extra->certValidityDays = request.certValidityDays;
    extra->csProvisioningMethod = request.csProvisioningMethod;
    if (request.csProvisioningMethod == QLatin1String("ship_token") ||
        request.csProvisioningMethod == QLatin1String("client_app"))
        extra->hardwareInitCode = hardwareInitCode();
    extra->echo = request.echo;
    if (request.paymentMethod == QLatin1String("card"))
        extra->echo.insert(QStringLiteral("payment_card"),
                           QJsonObject{{QStringLiteral("brand"), request.card.brand},
                                       {QStringLiteral("last4"), request.card.last4}});
    if (request.paymentMethod == QLatin1String("profile"))
        extra->echo.insert(QStringLiteral("payment_profile"), SandboxFinance::paymentProfileJson());
    if (SandboxDcv::isTokenMethod(extra->dcvMethod)) {
        extra->dcvRandomValue = SandboxDcv::randomValue();
        extra->dcvRandomExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }
}

} // namespace

SandboxOrderPlacement::SandboxOrderPlacement(SandboxStore &store, SandboxWorkflow &workflow)
    : m_store(store)
    , m_workflow(workflow) {}

SandboxReply SandboxOrderPlacement::place(const SandboxAccount::User &user,
                                          const NewOrder &request) {
    const qint64 now = m_store.now();
    // Money first: nothing is created when the balance cannot pay. The sale is recorded
    // once the order has its id.
    SandboxReply error;
    if (!balanceCanPay(request, &error))
        return error;
    bool organizationCreated = false;
    const int organizationIndex = prepareOrganization(user, request, now, &organizationCreated);
    const PlacedOrder placed = placeOrder(user, request, organizationIndex, now);
    if (request.renewalOfOrderId > 0) {
        if (Store::Order *previous = m_store.editOrder(request.renewalOfOrderId))
            previous->renewed = true;
    }
    const QJsonArray domains = addOrderDomains(request, organizationIndex, now);
    if (placed.approved) {
        Store::Order *order = m_store.editOrder(placed.orderId);
        m_workflow.evaluate(*order);
    }

    QJsonObject reply = createdReply(request, placed, domains);
    if (organizationCreated)
        reply.insert(
            QStringLiteral("organization"),
            QJsonObject{{QStringLiteral("id"), m_store.organizations().at(organizationIndex).id}});
    return SandboxReply::json(201, reply);
}

bool SandboxOrderPlacement::balanceCanPay(const NewOrder &request, SandboxReply *error) const {
    if (request.paymentMethod != QLatin1String("balance") ||
        m_store.finance().canCharge(request.containerId, request.priceCents))
        return true;
    *error = SandboxReply::error(
        400, QStringLiteral("insufficient_funds"),
        QStringLiteral("The order costs %1 USD, more than the funds available to "
                       "container %2 (%3 USD)")
            .arg(SandboxMoney::format(request.priceCents))
            .arg(request.containerId)
            .arg(SandboxMoney::format(m_store.finance().availableFunds(request.containerId))));
    return false;
}

int SandboxOrderPlacement::prepareOrganization(const SandboxAccount::User &user,
                                               const NewOrder &request, qint64 now, bool *created) {
    SandboxOrganizations &orgs = m_store.organizations();
    int organizationIndex = request.organizationIndex;
    if (request.newOrganization) {
        SandboxOrganizations::Organization org = *request.newOrganization;
        org.containerId = request.containerId;
        organizationIndex = orgs.indexOf(orgs.create(org, now).id);
        *created = true;
    }
    if (organizationIndex < 0)
        return organizationIndex;
    SandboxOrganizations::Organization &org = orgs.at(organizationIndex);
    const QString validation =
        SandboxProducts::organizationValidation(Store::product(request.productIndex));
    const bool needsApprover = validation != QLatin1String("ov");
    QList<int> approvers = request.existingVerifiedContactIds;
    for (const auto &contact : request.newVerifiedContacts)
        approvers << orgs.addVerifiedContact(org, contact.contact, {validation}, now).contact.id;
    if (needsApprover && approvers.isEmpty() && org.verifiedContacts.empty()) {
        // No verified contact given: the authenticated user becomes one.
        approvers << orgs.addVerifiedContact(org, userContact(user), {validation}, now).contact.id;
    }
    if (!orgs.hasCompletedValidation(org, validation, m_store.todayJulianDay()) ||
        !approvers.isEmpty())
        orgs.submitValidation(org, validation, approvers, now);
    return organizationIndex;
}

Store::Order SandboxOrderPlacement::orderRecord(const SandboxAccount::User &user,
                                                const NewOrder &request, int organizationIndex,
                                                qint64 now) const {
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(request.productIndex));
    Store::Order order;
    order.product = quint8(request.productIndex);
    order.status = Store::Status::Pending;
    order.organization = qint16(organizationIndex);
    order.container = quint8(SandboxAccount::containerIndex(request.containerId));
    order.validityYears = quint8(request.validityYears);
    order.signatureHash = quint8(request.signatureHash);
    order.keySize = quint16(request.csrInfo.keyBits > 0 ? request.csrInfo.keyBits
                            : codeSigning               ? 3072
                                                        : 2048);
    order.ownerUserId = user.id;
    order.dateCreated = now;
    order.certificateCreated = now;
    order.lastStatusChange = now;
    order.alternativeOrderId = request.alternativeOrderId;
    if (codeSigning) {
        order.commonName = m_store.organizations().at(organizationIndex).name;
    } else {
        order.commonName = request.commonName;
        order.dnsNames = request.dnsNames;
    }
    return order;
}

SandboxOrderPlacement::PlacedOrder
SandboxOrderPlacement::placeOrder(const SandboxAccount::User &user, const NewOrder &request,
                                  int organizationIndex, qint64 now) {
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(request.productIndex));
    Store::Order &created = m_store.addOrder(orderRecord(user, request, organizationIndex, now));
    qint64 charged = 0;
    if (request.paymentMethod == QLatin1String("balance") &&
        m_store.finance().charge(request.containerId, request.priceCents, created.id, now))
        charged = request.priceCents;
    Store::OrderExtra &extra = m_store.extra(created);
    fillOrderExtra(&extra, request, codeSigning, charged, now);

    Store::Certificate certificate;
    certificate.orderId = created.id;
    certificate.kind = Store::CertificateKind::Primary;
    certificate.commonName = created.commonName;
    certificate.dnsNames = created.dnsNames;
    certificate.csr = request.csr;
    certificate.serverPlatformId = request.serverPlatformId;
    certificate.signatureHash = quint8(request.signatureHash);
    certificate.keySize = created.keySize;
    certificate.dateCreated = now;
    Store::Certificate &cert = m_store.addCertificate(certificate);
    created.certificateId = cert.id;
    extra.certificateIds.push_back(cert.id);

    const bool approved = request.skipApproval && SandboxAccount::canSkipApproval(user.role);
    Store::Request newRequest;
    newRequest.type = Store::RequestType::NewRequest;
    newRequest.status = approved ? Store::RequestStatus::Approved : Store::RequestStatus::Pending;
    newRequest.orderId = created.id;
    newRequest.certificateId = cert.id;
    newRequest.date = now;
    newRequest.requesterId = user.id;
    newRequest.comments = request.comments;
    if (approved) {
        newRequest.processorId = user.id;
        newRequest.dateProcessed = now;
    }
    Store::Request &storedRequest = m_store.addRequest(newRequest);
    created.requestId = storedRequest.id;
    created.requestStatus = storedRequest.status;
    extra.requestIds.push_back(storedRequest.id);
    return PlacedOrder{created.id, cert.id, storedRequest.id, approved};
}

QJsonArray SandboxOrderPlacement::addOrderDomains(const NewOrder &request, int organizationIndex,
                                                  qint64 now) {
    // OV and EV orders add their base domains to the account, owned by the organization.
    const Store::Product &product = Store::product(request.productIndex);
    QJsonArray domains;
    if (SandboxProducts::isDomainValidated(product) || SandboxProducts::isCodeSigning(product))
        return domains;
    const QString validation = SandboxProducts::organizationValidation(product);
    for (const QString &name : request.dnsNames) {
        const QString target = SandboxDcv::targets({name}, request.dcvScope).value(name);
        SandboxDomains::Domain *domain = m_store.domains().findByName(target);
        if (!domain) {
            if (const SandboxDomains::Domain *covering =
                    m_store.domains().coveringDomain(name, now))
                domain = m_store.domains().find(covering->id);
        }
        if (!domain) {
            SandboxDomains::Domain fresh;
            fresh.name = target;
            fresh.organizationId = m_store.organizations().at(organizationIndex).id;
            fresh.containerId = request.containerId;
            fresh.dcvMethod = request.dcvMethod;
            domain = &m_store.domains().create(fresh, now);
            m_store.domains().submitValidations(*domain, {validation}, now);
        }
        domains.append(QJsonObject{{QStringLiteral("id"), domain->id},
                                   {QStringLiteral("name"), domain->name},
                                   {QStringLiteral("dns_name"), name}});
    }
    return domains;
}

QJsonObject SandboxOrderPlacement::createdReply(const NewOrder &request, const PlacedOrder &placed,
                                                const QJsonArray &domains) const {
    QJsonObject reply{{QStringLiteral("id"), placed.orderId}};
    const QJsonArray requests{
        QJsonObject{{QStringLiteral("id"), placed.requestId},
                    {QStringLiteral("status"),
                     placed.approved ? QStringLiteral("approved") : QStringLiteral("pending")}}};
    if (SandboxProducts::isCodeSigning(Store::product(request.productIndex))) {
        reply.insert(QStringLiteral("requests"), requests);
        if (placed.approved)
            reply.insert(QStringLiteral("certificate_id"), placed.certificateId);
        return reply;
    }
    reply.insert(QStringLiteral("certificate_id"), placed.certificateId);
    if (!placed.approved)
        reply.insert(QStringLiteral("requests"), requests);
    const Store::Order *stored = m_store.findOrder(placed.orderId);
    if (stored->extra && !stored->extra->dcvRandomValue.isEmpty())
        reply.insert(QStringLiteral("dcv_random_value"), stored->extra->dcvRandomValue);
    if (!domains.isEmpty())
        reply.insert(QStringLiteral("domains"), domains);
    return reply;
}
