#include "sandbox/SandboxDomainRoutes.h"

#include "sandbox/SandboxSearch.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

namespace {
using Reader = SandboxBodyReader;
using Domain = SandboxDomains::Domain;
} // namespace

void SandboxDomainRoutes::registerRoutes(SandboxRouteTable &table) {
    const QString get = QStringLiteral("GET");
    const QString put = QStringLiteral("PUT");
    table.add(get, QStringLiteral("domain"), [this](SandboxCall &c) { return list(c); });
    table.add(QStringLiteral("POST"), QStringLiteral("domain"),
              [this](SandboxCall &c) { return create(c); });
    table.add(get, QStringLiteral("domain/{}"), [this](SandboxCall &c) { return info(c); });
    table.add(QStringLiteral("DELETE"), QStringLiteral("domain/{}"),
              [this](SandboxCall &c) { return remove(c); });
    table.add(QStringLiteral("POST"), QStringLiteral("domain/{}/validation"),
              [this](SandboxCall &c) { return submit(c); });
    // No domain/{id}/dcv/random-value on CertCentral: a domain's token is made with POST
    // dcv/token (certcentral-docs.md 7.5).
    table.add(QStringLiteral("POST"), QStringLiteral("domain/{}/dcv/token"),
              [this](SandboxCall &c) { return newToken(c); });
    table.add(put, QStringLiteral("domain/{}/dcv/method"),
              [this](SandboxCall &c) { return changeMethod(c); });
    table.add(put, QStringLiteral("domain/{}/dcv/validate-token"),
              [this](SandboxCall &c) { return checkToken(c); });
    table.add(get, QStringLiteral("domain/{}/dcv/emails"),
              [this](SandboxCall &c) { return emails(c); });
    table.add(put, QStringLiteral("domain/{}/dcv/emails"),
              [this](SandboxCall &c) { return resendEmails(c); });
    table.add(put, QStringLiteral("domain/{}/activate-domain-locking"),
              [this](SandboxCall &c) { return activateLocking(c); });
    table.add(put, QStringLiteral("domain/{}/deactivate-domain-locking"),
              [this](SandboxCall &c) { return deactivateLocking(c); });
    table.add(put, QStringLiteral("domain/{}/caa"), [this](SandboxCall &c) { return checkCaa(c); });
}

Domain *SandboxDomainRoutes::domain(const SandboxCall &call, SandboxReply *error) const {
    const auto id = SandboxCall::parseId(call.arg(0));
    Domain *d = id ? store().domains().find(*id) : nullptr;
    if (!d || d->deleted) {
        *error = notFound(QStringLiteral("domain"), QStringLiteral("Domain not found"));
        return nullptr;
    }
    return d;
}

QString SandboxDomainRoutes::organizationName(int organizationId) const {
    const SandboxOrganizations::Organization *org = store().organizations().find(organizationId);
    return org ? org->name : QString();
}

QJsonObject SandboxDomainRoutes::tokenJson(const Domain &d) const {
    // {token, expiration_date}, with http_token_url for http-token (certcentral-docs.md 7.5).
    QJsonObject json{
        {QStringLiteral("token"), d.dcvToken},
        {QStringLiteral("expiration_date"), SandboxClock::formatDateTime(d.dcvTokenExpires)}};
    if (d.dcvMethod == QLatin1String("http-token"))
        json.insert(
            QStringLiteral("http_token_url"),
            QStringLiteral("http://%1/.well-known/pki-validation/fileauth.txt").arg(d.name));
    return json;
}

bool SandboxDomainRoutes::readValidationTypes(const QJsonObject &json, QStringList *types,
                                              SandboxReply *error) {
    Reader body(json);
    const QJsonArray validations = body.array(QStringLiteral("validations"));
    for (int i = 0; body.ok() && i < validations.size(); ++i) {
        Reader entry = body.element(QStringLiteral("validations"), validations, i);
        const QString type = entry.oneOf(
            QStringLiteral("type"), {QStringLiteral("ov"), QStringLiteral("ev")}, Reader::Required);
        if (entry.ok() && !types->contains(type))
            *types << type;
    }
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    return true;
}

SandboxReply SandboxDomainRoutes::list(SandboxCall &call) {
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!paging(call, &limit, &offset, &error))
        return error;
    const QString validation = call.queryValue(QStringLiteral("filters[validation]"));
    if (call.hasQuery(QStringLiteral("filters[validation]")) &&
        validation != QLatin1String("completed") && validation != QLatin1String("pending") &&
        validation != QLatin1String("expired"))
        return invalidValue(QStringLiteral("filters[validation]"),
                            QStringLiteral("filters[validation] must be completed, pending or "
                                           "expired"));
    const SandboxSearch search(call.queryValue(QStringLiteral("filters[search]")));
    std::optional<qint64> organizationId;
    if (call.hasQuery(QStringLiteral("filters[organization_id]"))) {
        organizationId =
            SandboxCall::parseId(call.queryValue(QStringLiteral("filters[organization_id]")));
        if (!organizationId)
            return invalidValue(QStringLiteral("filters[organization_id]"),
                                QStringLiteral("filters[organization_id] must be an id"));
    }
    const bool includeDcv = call.queryFlag(QStringLiteral("include_dcv"));
    // List domains always carries validations[] (certcentral-docs.md 7.1).
    const bool includeValidation = true;
    const qint64 now = store().now();
    const qint64 today = store().todayJulianDay();
    QJsonArray page_;
    int total = 0;
    for (int i = 0; i < store().domains().count(); ++i) {
        const Domain &d = store().domains().at(i);
        if (d.deleted)
            continue;
        if (!search.isEmpty() && !search.matches(d.name))
            continue;
        if (organizationId && d.organizationId != *organizationId)
            continue;
        if (!validation.isEmpty()) {
            // completed: an active OV or EV validation (expired ones no longer count).
            bool completed = false;
            bool expired = false;
            bool pending = false;
            for (const SandboxDomains::Validation &v : d.validations) {
                const QString status = SandboxDomains::validationStatus(v, today);
                completed = completed || status == QLatin1String("completed");
                expired = expired || status == QLatin1String("expired");
                pending = pending || status == QLatin1String("pending");
            }
            completed = completed && SandboxDomains::hasActiveDcv(d, now);
            const bool keep = validation == QLatin1String("completed") ? completed
                              : validation == QLatin1String("expired") ? expired && !completed
                                                                       : pending;
            if (!keep)
                continue;
        }
        if (total >= offset && total < offset + limit)
            page_.append(store().domains().json(d, organizationName(d.organizationId), includeDcv,
                                                includeValidation, now));
        ++total;
    }
    QJsonObject body{{QStringLiteral("page"), page(total, limit, offset)}};
    if (!page_.isEmpty())
        body.insert(QStringLiteral("domains"), page_);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxDomainRoutes::info(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    return SandboxReply::json(
        200, store().domains().json(*d, organizationName(d->organizationId),
                                    call.queryFlag(QStringLiteral("include_dcv")),
                                    call.queryFlag(QStringLiteral("include_validation")),
                                    store().now()));
}

SandboxReply SandboxDomainRoutes::create(SandboxCall &call) {
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may add domains"));
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Reader body(json);
    const QString rawName = body.string(QStringLiteral("name"), Reader::Required, 253);
    Reader organization = body.child(QStringLiteral("organization"), Reader::Required);
    const auto organizationId =
        organization.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
    const QString method = body.string(QStringLiteral("dcv_method"));
    if (!body.ok())
        return body.error();
    const QString name = SandboxDcv::normalizedName(rawName, false);
    if (name.isEmpty())
        return invalidValue(QStringLiteral("name"),
                            QStringLiteral("'%1' is not a valid domain name").arg(rawName));
    const SandboxOrganizations::Organization *org = store().organizations().find(*organizationId);
    if (!org || org->deleted)
        return invalidValue(
            QStringLiteral("organization.id"),
            QStringLiteral("No organization %1 in this account").arg(*organizationId));
    if (!method.isEmpty() && !SandboxDcv::methodProblem(method).isEmpty())
        return invalidValue(QStringLiteral("dcv_method"),
                            QStringLiteral("dcv_method ") + SandboxDcv::methodProblem(method));
    if (store().domains().findByName(name))
        return badRequest(QStringLiteral("domain_exists"),
                          QStringLiteral("%1 is already in this account").arg(name));
    QStringList types;
    if (!readValidationTypes(json, &types, &error))
        return error;
    int containerId = org->containerId;
    Reader container = body.child(QStringLiteral("container"));
    if (container.present()) {
        const auto id = container.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
        if (!body.ok())
            return body.error();
        if (!SandboxAccount::container(int(*id)))
            return invalidValue(QStringLiteral("container.id"),
                                QStringLiteral("No such container"));
        containerId = int(*id);
    }

    const qint64 now = store().now();
    Domain fresh;
    fresh.name = name;
    fresh.organizationId = org->id;
    fresh.containerId = containerId;
    fresh.dcvMethod = method.isEmpty() ? QStringLiteral("email") : method;
    Domain &d = store().domains().create(fresh, now);
    if (!types.isEmpty())
        store().domains().submitValidations(d, types, now);
    const int id = d.id;
    QJsonObject reply{{QStringLiteral("id"), id}};
    if (SandboxDcv::isTokenMethod(d.dcvMethod)) {
        SandboxDomains::ensureToken(d, now);
        reply.insert(QStringLiteral("dcv_token"),
                     QJsonObject{{QStringLiteral("token"), d.dcvToken},
                                 {QStringLiteral("status"), QStringLiteral("pending")},
                                 {QStringLiteral("expiration_date"),
                                  SandboxClock::formatDateTime(d.dcvTokenExpires)}});
    }
    if (workflow().autoComplete()) {
        SandboxDomains::approveDcv(d, d.dcvMethod, now);
        SandboxDomains::completeValidations(d, now);
    }
    return SandboxReply::json(201, reply);
}

SandboxReply SandboxDomainRoutes::submit(SandboxCall &call) {
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may submit domains "
                                        "for validation"));
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    QStringList types;
    if (!readValidationTypes(json, &types, &error))
        return error;
    if (types.isEmpty())
        return badRequest(QStringLiteral("missing_param|validations"),
                          QStringLiteral("validations is required, for example "
                                         "[{\"type\": \"ov\"}]"));
    Reader body(json);
    const QString method = body.string(QStringLiteral("dcv_method"));
    if (!body.ok())
        return body.error();
    if (!method.isEmpty()) {
        const QString problem = SandboxDcv::methodProblem(method);
        if (!problem.isEmpty())
            return invalidValue(QStringLiteral("dcv_method"),
                                QStringLiteral("dcv_method ") + problem);
        d->dcvMethod = method;
    }
    const qint64 now = store().now();
    store().domains().submitValidations(*d, types, now);
    if (workflow().autoComplete()) {
        SandboxDomains::approveDcv(*d, d->dcvMethod, now);
        SandboxDomains::completeValidations(*d, now);
        workflow().evaluatePendingForDomain(d->name);
    }
    return SandboxReply::noContent();
}

SandboxReply SandboxDomainRoutes::remove(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (!SandboxAccount::canDelete(call.user.role))
        return forbidden(QStringLiteral("Only administrators may delete domains"));
    d->deleted = true;
    return SandboxReply::noContent();
}

SandboxReply SandboxDomainRoutes::newToken(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    // No body is needed; the old validations array is ignored.
    if (!SandboxDcv::isTokenMethod(d->dcvMethod))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("The domain's DCV method must be dns-txt-token, "
                                         "dns-cname-token or http-token"));
    // A new token replaces the domain's previous one.
    SandboxDomains::newToken(*d, store().now());
    return SandboxReply::json(200, tokenJson(*d));
}

SandboxReply SandboxDomainRoutes::changeMethod(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    Reader body(json);
    const QString method = body.string(QStringLiteral("dcv_method"), Reader::Required);
    if (!body.ok())
        return body.error();
    const QString problem = SandboxDcv::methodProblem(method);
    if (!problem.isEmpty())
        return invalidValue(QStringLiteral("dcv_method"), QStringLiteral("dcv_method ") + problem);
    const bool unchanged = d->dcvMethod == method;
    d->dcvMethod = method;
    // {} when the method was already set or for email; else the new token as dcv_token
    // (certcentral-docs.md 7.7).
    if (unchanged || !SandboxDcv::isTokenMethod(method))
        return SandboxReply::json(200, QJsonObject());
    SandboxDomains::ensureToken(*d, store().now());
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("dcv_token"),
                          QJsonObject{{QStringLiteral("token"), d->dcvToken},
                                      {QStringLiteral("status"), QStringLiteral("pending")},
                                      {QStringLiteral("expiration_date"),
                                       SandboxClock::formatDateTime(d->dcvTokenExpires)},
                                      {QStringLiteral("verification_value"),
                                       QStringLiteral("dcv.digicert.com")}}}});
}

SandboxReply SandboxDomainRoutes::checkToken(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (!SandboxDcv::isTokenMethod(d->dcvMethod))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("The domain uses e-mail DCV; there is no token to "
                                         "check"));
    const qint64 now = store().now();
    if (!workflow().autoComplete() && !store().dcv().isPlaced(d->name)) {
        // The documented codes (certcentral-docs.md 7.6).
        const bool http = d->dcvMethod == QLatin1String("http-token");
        return badRequest(
            http ? QStringLiteral("file_random_value_not_found")
                 : QStringLiteral("invalid_dns_txt"),
            http ? QStringLiteral("Could not find the random value file for %1").arg(d->name)
                 : QStringLiteral("Could not find the DNS TXT record for %1").arg(d->name));
    }
    SandboxDomains::approveDcv(*d, d->dcvMethod, now);
    if (workflow().autoComplete())
        SandboxDomains::completeValidations(*d, now);
    const QString name = d->name;
    const QString domainStatus = SandboxDomains::overallStatus(*d, now);
    workflow().evaluatePendingForDomain(name);
    Q_UNUSED(domainStatus);
    // {token, status: active|inactive} (certcentral-docs.md 7.6).
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("token"), d->dcvToken},
                         {QStringLiteral("status"), SandboxDomains::hasActiveDcv(*d, now)
                                                        ? QStringLiteral("active")
                                                        : QStringLiteral("inactive")}});
}

SandboxReply SandboxDomainRoutes::emails(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    QJsonArray base;
    for (const char *box : {"admin", "administrator", "webmaster", "hostmaster", "postmaster"})
        base.append(QLatin1String(box) + QLatin1Char('@') + d->name);
    return SandboxReply::json(200,
                              QJsonObject{{QStringLiteral("name_scope"), d->name},
                                          {QStringLiteral("base_emails"), base},
                                          {QStringLiteral("whois_emails"),
                                           QJsonArray{QStringLiteral("registrant@") + d->name}},
                                          {QStringLiteral("dns_txt_emails"), QJsonArray()}});
}

SandboxReply SandboxDomainRoutes::resendEmails(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (d->dcvMethod != QLatin1String("email"))
        return badRequest(QStringLiteral("invalid_dcv_method"),
                          QStringLiteral("The domain does not use e-mail DCV"));
    for (const QString &address : SandboxDcv::constructedAddresses(d->name)) {
        SandboxDcv::SentEmail one;
        one.domainId = d->id;
        one.domain = d->name;
        one.address = address;
        one.sent = store().now();
        store().dcv().recordEmail(one);
    }
    return SandboxReply::noContent();
}

SandboxReply SandboxDomainRoutes::activateLocking(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may lock domains"));
    d->accountToken = SandboxDomains::accountToken();
    d->lockingStatus = d->caaPlaced && SandboxDomains::hasActiveDcv(*d, store().now())
                           ? QStringLiteral("enabled")
                           : QStringLiteral("pending");
    return SandboxReply::noContent();
}

SandboxReply SandboxDomainRoutes::deactivateLocking(SandboxCall &call) {
    SandboxReply error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may unlock domains"));
    if (d->lockingStatus.isEmpty() || d->lockingStatus == QLatin1String("disabled"))
        return badRequest(QStringLiteral("domain_locking_not_active"),
                          QStringLiteral("Domain locking is not active for %1").arg(d->name));
    d->lockingStatus = QStringLiteral("disabled");
    return SandboxReply::noContent();
}

SandboxReply SandboxDomainRoutes::checkCaa(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error, true))
        return error;
    Domain *d = domain(call, &error);
    if (!d)
        return error;
    if (d->lockingStatus != QLatin1String("pending") &&
        d->lockingStatus != QLatin1String("enabled"))
        return badRequest(QStringLiteral("domain_locking_not_active"),
                          QStringLiteral("Activate domain locking for %1 first").arg(d->name));
    Reader body(json);
    const QString token = body.string(QStringLiteral("account_token"));
    if (!body.ok())
        return body.error();
    // The CAA record counts when the control endpoint placed it (or --auto-complete) and it
    // names this account's token.
    const bool found = (d->caaPlaced || workflow().autoComplete()) &&
                       (token.isEmpty() || token == d->accountToken);
    if (found)
        d->lockingStatus = QStringLiteral("enabled");
    return SandboxReply::json(
        200,
        QJsonObject{{QStringLiteral("status"), found ? QStringLiteral("1") : QStringLiteral("0")}});
}
