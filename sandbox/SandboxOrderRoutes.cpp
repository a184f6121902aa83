#include "SandboxOrderRoutes.h"

#include "SandboxAccount.h"
#include "SandboxBodyReader.h"
#include "SandboxJson.h"
#include "SandboxMoney.h"
#include "SandboxOrderRequestParser.h"
#include "SandboxProducts.h"
#include "SandboxWorkflow.h"

#include <QDate>
#include <QJsonArray>
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

qint64 julianDay(const QString &text) {
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? date.toJulianDay() : 0;
}

// filters[valid_till]: "yyyy-MM-dd" (that day), ">yyyy-MM-dd" (after), "<yyyy-MM-dd" (before),
// "yyyy-MM-dd...yyyy-MM-dd" (both days included).
bool parseValidTill(const QString &text, qint64 *from, qint64 *to) {
    const int dots = text.indexOf(QStringLiteral("..."));
    if (dots >= 0) {
        *from = julianDay(text.left(dots));
        *to = julianDay(text.mid(dots + 3));
        return *from != 0 && *to != 0 && *from <= *to;
    }
    if (text.startsWith(QLatin1Char('>'))) {
        const qint64 day = julianDay(text.mid(1));
        *from = day + 1;
        return day != 0;
    }
    if (text.startsWith(QLatin1Char('<'))) {
        const qint64 day = julianDay(text.mid(1));
        *to = day - 1;
        return day != 0;
    }
    *from = *to = julianDay(text);
    return *from != 0;
}

// A positive decimal id, or -1.
qint64 decimalId(const QString &text) {
    if (text.isEmpty() || text.size() > 9)
        return -1;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    return text.toLongLong();
}

} // namespace

void SandboxOrderRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate"),
              [this](SandboxCall &call) { return list(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/status-changes"),
              [this](SandboxCall &call) { return statusChanges(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}"),
              [this](SandboxCall &call) { return info(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}"),
              [this](SandboxCall &call) { return create(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/status"),
              [this](SandboxCall &call) { return updateStatus(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/alternate/{}"),
              [this](SandboxCall &call) { return alternate(call); });
}

SandboxReply SandboxOrderRoutes::list(SandboxCall &call) {
    Store::ListQuery query;
    SandboxReply error;
    if (!paging(call, &query.limit, &query.offset, &error))
        return error;
    if (call.hasQuery(QStringLiteral("filters[status]"))) {
        // The documented filter values (certcentral-docs.md 3.2): no "expired"; "issued" also
        // matches issued certificates that have expired.
        static const QStringList filterValues{
            QStringLiteral("pending"),        QStringLiteral("issued"),
            QStringLiteral("rejected"),       QStringLiteral("revoked"),
            QStringLiteral("waiting_pickup"), QStringLiteral("reissue_pending"),
            QStringLiteral("canceled")};
        const QString value = call.queryValue(QStringLiteral("filters[status]"));
        if (!filterValues.contains(value))
            return invalidValue(QStringLiteral("filters[status]"),
                                QStringLiteral("filters[status] must be one of: %1")
                                    .arg(filterValues.join(QStringLiteral(", "))));
        query.status = Store::statusFromName(value);
    }
    query.search = call.queryValue(QStringLiteral("filters[search]"));
    if (call.hasQuery(QStringLiteral("filters[product_name_id]"))) {
        const int product =
            SandboxProducts::indexOf(call.queryValue(QStringLiteral("filters[product_name_id]")));
        if (product < 0)
            return invalidValue(QStringLiteral("filters[product_name_id]"),
                                QStringLiteral("filters[product_name_id] must be the name_id of a "
                                               "product (see GET product)"));
        query.product = product;
    }
    if (call.hasQuery(QStringLiteral("filters[organization_id]"))) {
        const qint64 id = decimalId(call.queryValue(QStringLiteral("filters[organization_id]")));
        if (id < 0)
            return invalidValue(QStringLiteral("filters[organization_id]"),
                                QStringLiteral("filters[organization_id] must be an organization "
                                               "id (digits)"));
        const int index = store().organizations().indexOf(id);
        query.organization = index >= 0 ? index : Store::kNoMatch;
    }
    if (call.hasQuery(QStringLiteral("filters[container_id]"))) {
        const qint64 id = decimalId(call.queryValue(QStringLiteral("filters[container_id]")));
        if (id < 0)
            return invalidValue(QStringLiteral("filters[container_id]"),
                                QStringLiteral("filters[container_id] must be a container id "
                                               "(digits)"));
        query.container = Store::kNoMatch;
        const auto &containers = SandboxAccount::containers();
        for (size_t i = 0; i < containers.size(); ++i)
            if (containers[i].id == id)
                query.container = int(i);
    }
    if (call.hasQuery(QStringLiteral("filters[valid_till]"))) {
        query.validTillFilter = true;
        if (!parseValidTill(call.queryValue(QStringLiteral("filters[valid_till]")),
                            &query.validTillFrom, &query.validTillTo))
            return invalidValue(QStringLiteral("filters[valid_till]"),
                                QStringLiteral("filters[valid_till] must be yyyy-MM-dd, "
                                               ">yyyy-MM-dd, <yyyy-MM-dd or "
                                               "yyyy-MM-dd...yyyy-MM-dd (first day not after the "
                                               "last)"));
    }
    if (call.hasQuery(QStringLiteral("sort")) &&
        !Store::sortKeyFromName(call.queryValue(QStringLiteral("sort")), &query.sort,
                                &query.descending))
        return invalidValue(QStringLiteral("sort"),
                            QStringLiteral("sort must be one of: %1; prefix a field with - to "
                                           "sort descending")
                                .arg(Store::sortKeyNames().join(QStringLiteral(", "))));
    if (!SandboxAccount::seesAllOrders(call.user.role))
        query.ownerUserId = call.user.id;

    const Store::ListResult result = store().list(query);
    QJsonObject body{{QStringLiteral("page"), page(result.total, query.limit, query.offset)}};
    // An empty page leaves the collection out entirely, as the live API may.
    if (!result.orders.empty()) {
        QJsonArray orders;
        for (const Store::Order *order : result.orders)
            orders.append(SandboxJson::orderSummary(store(), *order));
        body.insert(QStringLiteral("orders"), orders);
    }
    return SandboxReply::json(200, body);
}

SandboxReply SandboxOrderRoutes::info(SandboxCall &call) {
    SandboxReply error;
    const Store::Order *order = visibleOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    return SandboxReply::json(200, SandboxJson::orderInfo(store(), account(), *order));
}

SandboxReply SandboxOrderRoutes::statusChanges(SandboxCall &call) {
    const QString text = call.queryValue(QStringLiteral("minutes"));
    bool digits = !text.isEmpty();
    for (const QChar c : text)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits && (text.size() > 9 || text.toLongLong() > kMaxStatusChangeMinutes))
        return badRequest(QStringLiteral("time_frame_too_long"),
                          // The seed document's exact message.
                          QStringLiteral("An error occurred while processing your request."));
    if (!digits || text.toLongLong() < 1)
        return invalidValue(
            QStringLiteral("minutes"),
            QStringLiteral("minutes must be an integer from 1 to %1").arg(kMaxStatusChangeMinutes));
    const int owner = SandboxAccount::seesAllOrders(call.user.role) ? 0 : call.user.id;
    const auto changed = store().statusChangesWithin(int(text.toLongLong()), owner);
    if (changed.empty())
        return SandboxReply::json(200, QJsonObject());
    QJsonArray orders;
    for (const Store::Order *order : changed)
        orders.append(QJsonObject{{QStringLiteral("order_id"), order->id},
                                  {QStringLiteral("certificate_id"), order->certificateId},
                                  {QStringLiteral("status"), Store::statusName(order->status)}});
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("orders"), orders}});
}

SandboxReply SandboxOrderRoutes::alternate(SandboxCall &call) {
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!paging(call, &limit, &offset, &error))
        return error;
    std::vector<const Store::Order *> found;
    for (const Store::Order *order : store().byAlternativeId(call.arg(0))) {
        if (canSee(call, *order))
            found.push_back(order);
    }
    QJsonObject body{{QStringLiteral("page"), page(int(found.size()), limit, offset)}};
    QJsonArray orders;
    for (size_t i = size_t(offset); i < found.size() && i < size_t(offset + limit); ++i)
        orders.append(QJsonObject{{QStringLiteral("order_id"), found[i]->id},
                                  {QStringLiteral("certificate_id"), found[i]->certificateId},
                                  {QStringLiteral("status"), Store::statusName(found[i]->status)}});
    if (!orders.isEmpty())
        body.insert(QStringLiteral("orders"), orders);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxOrderRoutes::create(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    SandboxOrderRequestParser parser(store(), call.user, settings().uniqueAlternativeOrderIds);
    SandboxOrderRequestParser::NewOrder request;
    if (!parser.parse(call.arg(0), json, &request, &error))
        return error;

    const Store::Product &product = Store::product(request.productIndex);
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    const bool dv = SandboxProducts::isDomainValidated(product);
    const qint64 now = store().now();

    // Money first: nothing is created when the balance cannot pay. The sale is recorded
    // once the order has its id.
    const bool fromBalance = request.paymentMethod == QLatin1String("balance");
    if (fromBalance) {
        if (!store().finance().canCharge(request.containerId, request.priceCents))
            return badRequest(
                QStringLiteral("insufficient_funds"),
                QStringLiteral("The order costs %1 USD, more than the funds available to "
                               "container %2 (%3 USD)")
                    .arg(SandboxMoney::format(request.priceCents))
                    .arg(request.containerId)
                    .arg(SandboxMoney::format(
                        store().finance().availableFunds(request.containerId))));
    }

    // The organization: new, or existing with any new verified contacts.
    SandboxOrganizations &orgs = store().organizations();
    int organizationIndex = request.organizationIndex;
    bool organizationCreated = false;
    if (request.newOrganization) {
        SandboxOrganizations::Organization org = *request.newOrganization;
        org.containerId = request.containerId;
        organizationIndex = orgs.indexOf(orgs.create(org, now).id);
        organizationCreated = true;
    }
    if (organizationIndex >= 0) {
        SandboxOrganizations::Organization &org = orgs.at(organizationIndex);
        const QString validation = SandboxProducts::organizationValidation(product);
        const bool needsApprover = validation != QLatin1String("ov");
        QList<int> approvers = request.existingVerifiedContactIds;
        for (const auto &contact : request.newVerifiedContacts)
            approvers
                << orgs.addVerifiedContact(org, contact.contact, {validation}, now).contact.id;
        if (needsApprover && approvers.isEmpty() && org.verifiedContacts.empty()) {
            // No verified contact given: the authenticated user becomes one.
            SandboxOrganizations::Contact self;
            self.firstName = call.user.firstName;
            self.lastName = call.user.lastName;
            self.email = call.user.email;
            self.jobTitle = call.user.jobTitle;
            self.telephone = call.user.telephone;
            self.userId = call.user.id;
            approvers << orgs.addVerifiedContact(org, self, {validation}, now).contact.id;
        }
        if (!orgs.hasCompletedValidation(org, validation, store().todayJulianDay()) ||
            !approvers.isEmpty())
            orgs.submitValidation(org, validation, approvers, now);
    }

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
    order.ownerUserId = call.user.id;
    order.dateCreated = now;
    order.certificateCreated = now;
    order.lastStatusChange = now;
    order.alternativeOrderId = request.alternativeOrderId;
    if (codeSigning) {
        order.commonName = orgs.at(organizationIndex).name;
    } else {
        order.commonName = request.commonName;
        order.dnsNames = request.dnsNames;
    }
    Store::Order &created = store().addOrder(order);
    qint64 charged = 0;
    if (fromBalance &&
        store().finance().charge(request.containerId, request.priceCents, created.id, now))
        charged = request.priceCents;
    Store::OrderExtra &extra = store().extra(created);
    extra.csr = request.csr;
    extra.serverPlatformId = request.serverPlatformId;
    extra.dcvMethod = codeSigning ? QString() : request.dcvMethod;
    extra.dcvScope = request.dcvScope;
    extra.priceCents = request.priceCents;
    extra.chargedCents = charged;
    extra.paymentMethod = request.paymentMethod;
    extra.orderValidity = request.orderValidity;
    extra.certValidity = request.certValidity;
    extra.certValidityDays = request.certValidityDays;
    extra.csProvisioningMethod = request.csProvisioningMethod;
    if (request.csProvisioningMethod == QLatin1String("ship_token") ||
        request.csProvisioningMethod == QLatin1String("client_app"))
        extra.hardwareInitCode = hardwareInitCode();
    extra.echo = request.echo;
    if (request.paymentMethod == QLatin1String("card"))
        extra.echo.insert(QStringLiteral("payment_card"),
                          QJsonObject{{QStringLiteral("brand"), request.card.brand},
                                      {QStringLiteral("last4"), request.card.last4}});
    if (request.paymentMethod == QLatin1String("profile"))
        extra.echo.insert(QStringLiteral("payment_profile"), SandboxFinance::paymentProfileJson());
    if (SandboxDcv::isTokenMethod(extra.dcvMethod)) {
        extra.dcvRandomValue = SandboxDcv::randomValue();
        extra.dcvRandomExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }

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
    Store::Certificate &cert = store().addCertificate(certificate);
    created.certificateId = cert.id;
    extra.certificateIds.push_back(cert.id);

    const bool approved = request.skipApproval && SandboxAccount::canSkipApproval(call.user.role);
    Store::Request newRequest;
    newRequest.type = Store::RequestType::NewRequest;
    newRequest.status = approved ? Store::RequestStatus::Approved : Store::RequestStatus::Pending;
    newRequest.orderId = created.id;
    newRequest.certificateId = cert.id;
    newRequest.date = now;
    newRequest.requesterId = call.user.id;
    newRequest.comments = request.comments;
    if (approved) {
        newRequest.processorId = call.user.id;
        newRequest.dateProcessed = now;
    }
    Store::Request &storedRequest = store().addRequest(newRequest);
    created.requestId = storedRequest.id;
    created.requestStatus = storedRequest.status;
    extra.requestIds.push_back(storedRequest.id);
    const int orderId = created.id;
    const int certificateId = cert.id;
    const int requestId = storedRequest.id;

    if (request.renewalOfOrderId > 0) {
        if (Store::Order *previous = store().editOrder(request.renewalOfOrderId))
            previous->renewed = true;
    }

    // OV and EV orders add their base domains to the account, owned by the organization.
    QJsonArray domains;
    if (!dv && !codeSigning) {
        const QString validation = SandboxProducts::organizationValidation(product);
        for (const QString &name : request.dnsNames) {
            const QString target = SandboxDcv::targets({name}, request.dcvScope).value(name);
            SandboxDomains::Domain *domain = store().domains().findByName(target);
            if (!domain) {
                if (const SandboxDomains::Domain *covering =
                        store().domains().coveringDomain(name, now))
                    domain = store().domains().find(covering->id);
            }
            if (!domain) {
                SandboxDomains::Domain fresh;
                fresh.name = target;
                fresh.organizationId = orgs.at(organizationIndex).id;
                fresh.containerId = request.containerId;
                fresh.dcvMethod = request.dcvMethod;
                domain = &store().domains().create(fresh, now);
                store().domains().submitValidations(*domain, {validation}, now);
            }
            domains.append(QJsonObject{{QStringLiteral("id"), domain->id},
                                       {QStringLiteral("name"), domain->name},
                                       {QStringLiteral("dns_name"), name}});
        }
    }

    if (approved) {
        Store::Order *order = store().editOrder(orderId);
        workflow().evaluate(*order);
    }

    QJsonObject reply{{QStringLiteral("id"), orderId}};
    const QJsonArray requests{
        QJsonObject{{QStringLiteral("id"), requestId},
                    {QStringLiteral("status"),
                     approved ? QStringLiteral("approved") : QStringLiteral("pending")}}};
    if (codeSigning) {
        reply.insert(QStringLiteral("requests"), requests);
        if (approved)
            reply.insert(QStringLiteral("certificate_id"), certificateId);
    } else {
        reply.insert(QStringLiteral("certificate_id"), certificateId);
        if (!approved)
            reply.insert(QStringLiteral("requests"), requests);
        const Store::Order *stored = store().findOrder(orderId);
        if (stored->extra && !stored->extra->dcvRandomValue.isEmpty())
            reply.insert(QStringLiteral("dcv_random_value"), stored->extra->dcvRandomValue);
        if (!domains.isEmpty())
            reply.insert(QStringLiteral("domains"), domains);
    }
    if (organizationCreated)
        reply.insert(QStringLiteral("organization"),
                     QJsonObject{{QStringLiteral("id"), orgs.at(organizationIndex).id}});
    return SandboxReply::json(201, reply);
}

SandboxReply SandboxOrderRoutes::updateStatus(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = editableOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    SandboxBodyReader body(json);
    const QString status = body.oneOf(QStringLiteral("status"),
                                      {QStringLiteral("canceled"), QStringLiteral("CANCELED")},
                                      SandboxBodyReader::Required);
    const QString note = body.string(QStringLiteral("note"), SandboxBodyReader::Required, 1024);
    if (!body.ok())
        return body.error();
    if (!workflow().cancel(*order, note, call.user.id))
        return badRequest(QStringLiteral("invalid_order_status"),
                          QStringLiteral("Only pending orders, orders waiting for pickup and "
                                         "pending reissues can be canceled; this order is %1")
                              .arg(Store::statusName(order->status)));
    return SandboxReply::noContent();
}
