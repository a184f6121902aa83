#include "core/Domain.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}
} // namespace

bool Domain::fromJson(const QJsonObject &o, Domain *out, QString *error) {
    Domain d;
    d.id = JsonRead::integer(o.value(key("id")));
    d.name = JsonRead::string(o.value(key("name"))).trimmed();
    if (d.id <= 0 || d.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Domain", "A domain without an id or a name");
        return false;
    }
    d.isActive = JsonRead::boolean(o.value(key("is_active")), true);
    d.status = JsonRead::string(o.value(key("status"))).toLower();
    d.dateCreated = JsonRead::dateTime(o.value(key("date_created")));
    const QJsonObject org = o.value(key("organization")).toObject();
    d.organizationId = JsonRead::integer(org.value(key("id")));
    d.organizationName = JsonRead::string(org.value(key("name")));
    d.containerName = JsonRead::string(o.value(key("container")).toObject().value(key("name")));
    d.dcvMethod = JsonRead::string(o.value(key("dcv_method")));
    d.dcvApproved = JsonRead::dateTime(o.value(key("dcv_approval_datetime")));
    const QJsonObject expiration = o.value(key("dcv_expiration")).toObject();
    d.dcvExpiresOv = JsonRead::date(expiration.value(key("ov")));
    d.dcvExpiresEv = JsonRead::date(expiration.value(key("ev")));
    d.lockingStatus = JsonRead::string(o.value(key("domain_locking_status")));
    for (const QJsonValue &value : o.value(key("validations")).toArray()) {
        const QJsonObject v = value.toObject();
        DomainValidation validation;
        validation.type = JsonRead::string(v.value(key("type"))).toLower();
        validation.name = JsonRead::string(v.value(key("name")));
        validation.status = JsonRead::string(v.value(key("status"))).toLower();
        validation.validatedUntil = JsonRead::date(v.value(key("validated_until")));
        validation.dcvStatus = JsonRead::string(v.value(key("dcv_status"))).toLower();
        if (!validation.type.isEmpty())
            d.validations << validation;
    }
    *out = std::move(d);
    return true;
}

const DomainValidation *Domain::validation(const QString &type) const {
    for (const DomainValidation &v : validations)
        if (v.type == type)
            return &v;
    return nullptr;
}

bool DomainBatch::fromJson(const QByteArray &body, DomainBatch *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("domains"), &items, &paging, error))
        return false;
    DomainBatch page;
    for (const QJsonValue &value : std::as_const(items)) {
        Domain d;
        if (value.isObject() && Domain::fromJson(value.toObject(), &d))
            page.domains << d;
        else
            ++page.skipped;
    }
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
