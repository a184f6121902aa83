#include "sandbox/SandboxValidationRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxCertificateRequestReader.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

namespace {
using Store = SandboxStore;
using Reader = SandboxBodyReader;
} // namespace

void SandboxValidationRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}/validation"),
              [this](SandboxCall &call) { return status(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/dcv-random-value"),
              [this](SandboxCall &call) { return randomValue(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/dcv-method"),
              [this](SandboxCall &call) { return changeMethod(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/check-dcv"),
              [this](SandboxCall &call) { return checkDcv(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/resend-emails"),
              [this](SandboxCall &call) { return resendEmails(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/dns-names"),
              [this](SandboxCall &call) { return editNames(call); });
}

Store::Order *SandboxValidationRoutes::pendingTlsOrder(SandboxCall &call,
                                                       SandboxReply *error) const {
    Store::Order *order = editableOrder(call, call.arg(0), error);
    if (!order)
        return nullptr;
    if (SandboxProducts::isCodeSigning(Store::product(order->product))) {
        *error = badRequest(QStringLiteral("invalid_product"),
                            QStringLiteral("Code-signing orders have no domain control "
                                           "validation"));
        return nullptr;
    }
    if (order->status != Store::Status::Pending && order->status != Store::Status::ReissuePending) {
        *error = badRequest(QStringLiteral("invalid_order_status"),
                            QStringLiteral("DCV applies to pending orders and pending reissues; "
                                           "this order is %1")
                                .arg(Store::statusName(order->status)));
        return nullptr;
    }
    return order;
}

QJsonObject SandboxValidationRoutes::randomValueJson(Store::Order &order) {
    Store::OrderExtra &extra = store().extra(order);
    const qint64 now = store().now();
    // A value that has not expired is given again; an expired one is replaced.
    if (extra.dcvRandomValue.isEmpty() || extra.dcvRandomExpires <= now) {
        extra.dcvRandomValue = SandboxDcv::randomValue();
        extra.dcvRandomExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }
    return {
        {QStringLiteral("dcv_random_value"), extra.dcvRandomValue},
        {QStringLiteral("expiration_date"), SandboxClock::formatDateTime(extra.dcvRandomExpires)}};
}

SandboxReply SandboxValidationRoutes::status(SandboxCall &call) {
    SandboxReply error;
    if (!visibleOrder(call, call.arg(0), &error))
        return error;
    Store::Order &order = *store().editOrder(*SandboxCall::parseId(call.arg(0)));
    const Store::Product &product = Store::product(order.product);
    const bool dv = SandboxProducts::isDomainValidated(product);
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    Store::OrderExtra &extra = store().extra(order);
    QJsonObject json{{QStringLiteral("order_id"), QString::number(order.id)},
                     {QStringLiteral("order_status"), Store::statusName(order.status)}};
    if (!codeSigning) {
        json.insert(QStringLiteral("order_name_scope"), extra.dcvScope);
        json.insert(QStringLiteral("order_dcv_method"), extra.dcvMethod);
        QStringList names = workflow().namesInValidation(order);
        const bool inValidation = !names.isEmpty();
        if (!inValidation)
            names = order.dnsNames.isEmpty() ? QStringList{order.commonName} : order.dnsNames;
        const QHash<QString, QString> targets = SandboxDcv::targets(names, extra.dcvScope);
        QJsonArray validations;
        for (const QString &name : names) {
            const QString target = targets.value(name);
            const bool approved = !inValidation || workflow().isTargetApproved(order, target);
            QJsonObject entry{{QStringLiteral("dns_names"), QJsonArray{name}},
                              {QStringLiteral("status"), approved ? QStringLiteral("approved")
                                                                  : QStringLiteral("unapproved")},
                              {QStringLiteral("method"), extra.dcvMethod},
                              {QStringLiteral("base_domain"), SandboxDcv::baseDomain(name)}};
            // The documented example (Order validation status) names the scope of every
            // entry, and ids as strings.
            entry.insert(QStringLiteral("name_scope"), target);
            if (!dv) {
                if (const SandboxDomains::Domain *domain = store().domains().findByName(target))
                    entry.insert(QStringLiteral("domain_id"), QString::number(domain->id));
            }
            validations.append(entry);
        }
        json.insert(QStringLiteral("dns_name_validations"), validations);
    }
    if (order.organization >= 0) {
        const SandboxOrganizations::Organization &org =
            store().organizations().at(order.organization);
        json.insert(QStringLiteral("organization_id"), QString::number(org.id));
        json.insert(QStringLiteral("organization_name"), org.name);
        const QString type = SandboxProducts::organizationValidation(product);
        QJsonArray wanted;
        for (const QJsonValue &v :
             store().organizations().validationsJson(org, store().todayJulianDay())) {
            if (v.toObject().value(QStringLiteral("type")).toString() == type)
                wanted.append(v);
        }
        if (wanted.isEmpty())
            wanted.append(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("name"), SandboxProducts::validationName(type)},
                {QStringLiteral("description"), SandboxProducts::validationDescription(type)},
                {QStringLiteral("status"), QStringLiteral("pending")}});
        json.insert(QStringLiteral("organization_validations"), wanted);
    }
    // DV orders always carry the risk check; others when asked for it.
    if (dv || call.queryFlag(QStringLiteral("include_risk_check")))
        json.insert(QStringLiteral("risk_status"), QStringLiteral("passed"));
    return SandboxReply::json(200, json);
}

SandboxReply SandboxValidationRoutes::randomValue(SandboxCall &call) {
    SandboxReply error;
    Store::Order *order = pendingTlsOrder(call, &error);
    if (!order)
        return error;
    if (!SandboxDcv::isTokenMethod(store().extra(*order).dcvMethod))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("The order uses e-mail DCV; random values belong to "
                                         "dns-txt-token, dns-cname-token and http-token"));
    return SandboxReply::json(200, randomValueJson(*order));
}

SandboxReply SandboxValidationRoutes::changeMethod(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = pendingTlsOrder(call, &error);
    if (!order)
        return error;
    Reader body(json);
    const QString method = body.string(QStringLiteral("dcv_method"), Reader::Required);
    if (!body.ok())
        return body.error();
    const QString problem = SandboxDcv::methodProblem(method);
    if (!problem.isEmpty())
        return invalidValue(QStringLiteral("dcv_method"), QStringLiteral("dcv_method ") + problem);
    if (method == QLatin1String("http-token")) {
        for (const QString &name : workflow().namesInValidation(*order)) {
            if (SandboxDcv::isWildcard(name))
                return invalidValue(QStringLiteral("dcv_method"),
                                    QStringLiteral("http-token cannot prove control of the "
                                                   "wildcard name %1")
                                        .arg(name));
        }
    }
    store().extra(*order).dcvMethod = method;
    if (!SandboxDcv::isTokenMethod(method))
        return SandboxReply::noContent();
    return SandboxReply::json(200, randomValueJson(*order));
}

SandboxReply SandboxValidationRoutes::checkDcv(SandboxCall &call) {
    SandboxReply error;
    Store::Order *order = pendingTlsOrder(call, &error);
    if (!order)
        return error;
    const QString method = store().extra(*order).dcvMethod;
    if (!SandboxDcv::isTokenMethod(method))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("check-dcv works for dns-txt-token, dns-cname-token and "
                                         "http-token; this order uses %1")
                              .arg(method));
    const QStringList names = workflow().namesInValidation(*order);
    const QStringList missing = workflow().checkDcv(*order);
    if (!missing.isEmpty()) {
        const bool http = method == QLatin1String("http-token");
        return badRequest(
            http ? QStringLiteral("file_random_value_not_found")
                 : QStringLiteral("invalid_dns_txt"),
            http ? QStringLiteral("Could not find the random value at the expected file location "
                                  "for one or more domains: %1")
                       .arg(missing.join(QStringLiteral(", ")))
                 : QStringLiteral("Could not find the random value in DNS for one or more "
                                  "domains: %1")
                       .arg(missing.join(QStringLiteral(", "))));
    }
    const Store::Order *after = store().findOrder(order->id);
    QJsonArray validations;
    for (const QString &name : names)
        validations.append(QJsonObject{{QStringLiteral("dns_name"), name},
                                       {QStringLiteral("status"), QStringLiteral("approved")}});
    QJsonObject json{{QStringLiteral("order_status"), Store::statusName(after->status)},
                     {QStringLiteral("dcv_status"), QStringLiteral("valid")},
                     {QStringLiteral("dns_name_validations"), validations}};
    if (after->status == Store::Status::Issued)
        json.insert(QStringLiteral("certificate_id"), after->certificateId);
    return SandboxReply::json(200, json);
}

SandboxReply SandboxValidationRoutes::resendEmails(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error, true))
        return error;
    Store::Order *order = pendingTlsOrder(call, &error);
    if (!order)
        return error;
    if (store().extra(*order).dcvMethod != QLatin1String("email"))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("The order does not use e-mail DCV"));
    const QStringList names = workflow().namesInValidation(*order);
    QList<SandboxDcv::SentEmail> sent;
    Reader body(json);
    const QJsonArray entries = body.array(QStringLiteral("domain_approval_emails"));
    for (int i = 0; body.ok() && i < entries.size(); ++i) {
        Reader entry = body.element(QStringLiteral("domain_approval_emails"), entries, i);
        const QString domain = entry.string(QStringLiteral("domain"), Reader::Required, 253);
        const QString email = entry.string(QStringLiteral("email"), Reader::Required, 255);
        const QString emailDomain =
            entry.string(QStringLiteral("email_domain"), Reader::Optional, 253);
        if (!entry.ok())
            break;
        const QString name = SandboxDcv::normalizedName(domain, true);
        bool onOrder = false;
        for (const QString &n : names)
            onOrder = onOrder || SandboxDcv::isSameOrSubdomain(n, name) || n == name;
        if (!onOrder) {
            entry.invalid(QStringLiteral("domain"),
                          QStringLiteral("%1 is not being validated on this order").arg(domain));
            break;
        }
        const QString scope =
            emailDomain.isEmpty() ? SandboxDcv::baseDomain(name) : emailDomain.toLower();
        if (!email.toLower().endsWith(QLatin1Char('@') + scope))
            entry.invalid(QStringLiteral("email"),
                          QStringLiteral("must be an address at %1").arg(scope));
        SandboxDcv::SentEmail one;
        one.domain = name;
        one.address = email.toLower();
        sent.append(one);
    }
    body.string(QStringLiteral("locale"), Reader::Optional, 8);
    if (!body.ok())
        return body.error();
    // Without a list, every name in validation gets its constructed addresses again.
    if (entries.isEmpty()) {
        for (const QString &name : names) {
            for (const QString &address : SandboxDcv::constructedAddresses(name)) {
                SandboxDcv::SentEmail one;
                one.domain = name;
                one.address = address;
                sent.append(one);
            }
        }
    }
    const qint64 now = store().now();
    for (SandboxDcv::SentEmail &one : sent) {
        one.orderId = order->id;
        one.sent = now;
        store().dcv().recordEmail(one);
    }
    return SandboxReply::noContent();
}

SandboxReply SandboxValidationRoutes::editNames(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = pendingTlsOrder(call, &error);
    if (!order)
        return error;
    if (!SandboxAccount::canEditPendingDomains(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may edit the names of "
                                        "a pending order"));
    const Store::Product &product = Store::product(order->product);
    const bool dv = SandboxProducts::isDomainValidated(product);
    const QStringList before = workflow().namesInValidation(*order);
    QStringList names;
    if (!readEditedNames(json, product, before, &names, &error))
        return error;
    moveNamesToPendingCertificate(*order, names);
    QJsonArray domains;
    if (!dv)
        domains = addMissingDomains(*order, names);
    workflow().evaluate(*order);
    if (dv)
        return SandboxReply::noContent();
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("domains"), domains}});
}

bool SandboxValidationRoutes::readEditedNames(const QJsonObject &json,
                                              const SandboxProducts::Product &product,
                                              const QStringList &before, QStringList *names,
                                              SandboxReply *error) {
    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);
    const bool wildcardAllowed = product.wildcard || !SandboxProducts::isDomainValidated(product);
    const QString cnText = certificate.string(QStringLiteral("common_name"));
    QString commonName = before.value(0);
    if (body.ok() && !cnText.isEmpty())
        commonName = SandboxCertificateRequestReader::readDnsName(
            certificate, QStringLiteral("common_name"), cnText, wildcardAllowed);
    *names = QStringList{commonName};
    SandboxCertificateRequestReader::appendDnsNames(certificate, wildcardAllowed, names);
    if (body.ok() && names->size() > before.size())
        certificate.invalid(QStringLiteral("dns_names"),
                            QStringLiteral("the order covers %1 names; an edit cannot add more")
                                .arg(before.size()));
    if (body.ok() && product.wildcard && !SandboxDcv::isWildcard(commonName))
        certificate.invalid(QStringLiteral("common_name"),
                            QStringLiteral("a wildcard name can only be replaced by a wildcard "
                                           "name"));
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    return true;
}

void SandboxValidationRoutes::moveNamesToPendingCertificate(Store::Order &order,
                                                            const QStringList &names) {
    // The names move to the pending certificate: the order's own while it is pending, the
    // reissue's while a reissue waits.
    const QString &commonName = names.constFirst();
    Store::Certificate *target = nullptr;
    if (order.status == Store::Status::Pending) {
        order.commonName = commonName;
        order.dnsNames = names;
        target = store().certificate(order.certificateId);
    } else {
        for (Store::Request *r : store().requestsOf(order)) {
            if (r->type == Store::RequestType::Reissue && r->certificateId > 0 &&
                r->status != Store::RequestStatus::Rejected)
                target = store().certificate(r->certificateId);
        }
    }
    if (target) {
        target->commonName = commonName;
        target->dnsNames = names;
    }
}

QJsonArray SandboxValidationRoutes::addMissingDomains(Store::Order &order,
                                                      const QStringList &names) {
    const Store::Product &product = Store::product(order.product);
    const qint64 now = store().now();
    Store::OrderExtra &extra = store().extra(order);
    const SandboxOrganizations::Organization &org = store().organizations().at(order.organization);
    QJsonArray domains;
    for (const QString &name : names) {
        const QString scoped = SandboxDcv::targets({name}, extra.dcvScope).value(name);
        SandboxDomains::Domain *domain = store().domains().findByName(scoped);
        if (!domain) {
            SandboxDomains::Domain fresh;
            fresh.name = scoped;
            fresh.organizationId = org.id;
            fresh.containerId = org.containerId;
            fresh.dcvMethod = extra.dcvMethod;
            domain = &store().domains().create(fresh, now);
            store().domains().submitValidations(
                *domain, {SandboxProducts::organizationValidation(product)}, now);
        }
        domains.append(QJsonObject{{QStringLiteral("id"), domain->id},
                                   {QStringLiteral("name"), domain->name},
                                   {QStringLiteral("dns_name"), name}});
    }
    return domains;
}
