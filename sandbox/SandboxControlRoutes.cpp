#include "sandbox/SandboxControlRoutes.h"

#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

void SandboxControlRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("dcv"),
              [this](SandboxCall &call) { return placedList(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("dcv/{}"),
              [this](SandboxCall &call) { return place(call); });
    table.add(QStringLiteral("DELETE"), QStringLiteral("dcv/{}"),
              [this](SandboxCall &call) { return unplace(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("dcv-emails"),
              [this](SandboxCall &call) { return sentEmails(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("organization/{}/validate"),
              [this](SandboxCall &call) { return validateOrganization(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("caa/{}"),
              [this](SandboxCall &call) { return placeCaa(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("clock"),
              [this](SandboxCall &call) { return clock(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("clock"),
              [this](SandboxCall &call) { return advanceClock(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("custom-fields"),
              [this](SandboxCall &call) { return replaceCustomFields(call); });
}

SandboxReply SandboxControlRoutes::placedList(SandboxCall &) {
    return SandboxReply::json(200,
                              QJsonObject{{QStringLiteral("placed"),
                                           QJsonArray::fromStringList(store().dcv().placed())}});
}

SandboxReply SandboxControlRoutes::sentEmails(SandboxCall &) {
    // The DCV e-mails DigiCert would have sent, oldest first.
    QJsonArray list;
    for (const SandboxDcv::SentEmail &one : store().dcv().sentEmails()) {
        QJsonObject entry{{QStringLiteral("domain"), one.domain},
                          {QStringLiteral("email"), one.address},
                          {QStringLiteral("sent"), SandboxClock::formatDateTime(one.sent)}};
        if (one.orderId)
            entry.insert(QStringLiteral("order_id"), one.orderId);
        if (one.domainId)
            entry.insert(QStringLiteral("domain_id"), one.domainId);
        list.append(entry);
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("emails"), list}});
}

SandboxReply SandboxControlRoutes::place(SandboxCall &call) {
    const QString name = SandboxDcv::normalizedName(call.arg(0), false);
    if (name.isEmpty())
        return invalidValue(QStringLiteral("domain"),
                            QStringLiteral("'%1' is not a DNS name").arg(call.arg(0)));
    store().dcv().place(name);
    const qint64 now = store().now();
    // An account domain using e-mail DCV is proven at once (the link was "clicked"); token
    // methods wait for a check.
    if (SandboxDomains::Domain *domain = store().domains().findByName(name)) {
        if (domain->dcvMethod == QLatin1String("email")) {
            SandboxDomains::approveDcv(*domain, domain->dcvMethod, now);
            if (workflow().autoComplete())
                SandboxDomains::completeValidations(*domain, now);
        }
    }
    workflow().evaluatePendingForDomain(name);
    return SandboxReply::noContent();
}

SandboxReply SandboxControlRoutes::unplace(SandboxCall &call) {
    const QString name = SandboxDcv::normalizedName(call.arg(0), false);
    store().dcv().unplace(name);
    return SandboxReply::noContent();
}

SandboxReply SandboxControlRoutes::validateOrganization(SandboxCall &call) {
    const auto id = SandboxCall::parseId(call.arg(0));
    SandboxOrganizations::Organization *org = id ? store().organizations().find(*id) : nullptr;
    if (!org)
        return notFound(QStringLiteral("organization"), QStringLiteral("Organization not found"));
    const qint64 now = store().now();
    store().organizations().completeValidations(*org, now);
    // The organization's domains finish their organization-validation part too.
    for (int i = 0; i < store().domains().count(); ++i) {
        SandboxDomains::Domain &domain = store().domains().at(i);
        if (domain.organizationId == org->id && !domain.deleted)
            SandboxDomains::completeValidations(domain, now);
    }
    workflow().evaluatePendingForOrganization(org->id);
    return SandboxReply::noContent();
}

SandboxReply SandboxControlRoutes::placeCaa(SandboxCall &call) {
    const QString name = SandboxDcv::normalizedName(call.arg(0), false);
    SandboxDomains::Domain *domain = store().domains().findByName(name);
    if (!domain)
        return notFound(QStringLiteral("domain"), QStringLiteral("No account domain %1").arg(name));
    domain->caaPlaced = true;
    return SandboxReply::noContent();
}

SandboxReply SandboxControlRoutes::clock(SandboxCall &) {
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("now"), SandboxClock::formatDateTime(store().now())},
                         {QStringLiteral("offset_seconds"), store().clock().offset()}});
}

SandboxReply SandboxControlRoutes::advanceClock(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    SandboxBodyReader body(json);
    const auto seconds = body.integer(QStringLiteral("advance_seconds"), 0, 400LL * 86400);
    const auto days = body.integer(QStringLiteral("advance_days"), 0, 4000);
    if (!body.ok())
        return body.error();
    if (!seconds && !days)
        return badRequest(QStringLiteral("missing_param|advance_days"),
                          QStringLiteral("Give advance_days or advance_seconds"));
    store().clock().advance(seconds.value_or(0) + days.value_or(0) * SandboxClock::kDay);
    return clock(call);
}

SandboxReply SandboxControlRoutes::replaceCustomFields(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    QString problem;
    if (!store().customFields().replace(json.value(QStringLiteral("metadata")).toArray(), &problem))
        return badRequest(QStringLiteral("invalid_value|metadata"), problem);
    return SandboxReply::noContent();
}
