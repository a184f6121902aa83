#include "sandbox/SandboxDomains.h"

#include "sandbox/SandboxRules.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxDcv.h"
#include "sandbox/SandboxOrganizations.h"
#include "sandbox/SandboxProducts.h"

#include <QJsonArray>

void SandboxDomains::clear() {
    m_list.clear();
}

void SandboxDomains::seed(const SandboxOrganizations &organizations, qint64 now) {
    m_list.clear();
    constexpr qint64 kDay = SandboxClock::kDay;
    int n = 0;
    for (int i = 0; i < organizations.count(); ++i) {
        const SandboxOrganizations::Organization &org = organizations.at(i);
        for (const QString &name : org.seedDomains) {
            Domain d;
            d.name = name;
            d.organizationId = org.id;
            d.containerId = org.containerId;
            d.dcvMethod = QStringLiteral("email");
            // Every fifth domain still waits for control to be proven.
            const bool pending = n % 5 == 4;
            if (!pending) {
                d.dcvApprovedAt = now - (40 + 3 * n) * kDay;
                d.dcvApprovalMethod =
                    n % 2 == 0 ? QStringLiteral("email") : QStringLiteral("dns-txt-token");
            }
            d.lastSubmitted = now - (41 + 3 * n) * kDay;
            for (const SandboxOrganizations::Validation &v : org.validations) {
                if (v.type != QLatin1String("ov") && v.type != QLatin1String("ev"))
                    continue;
                Validation dv;
                dv.type = v.type;
                dv.dateCreated = d.lastSubmitted;
                dv.status = pending ? QStringLiteral("pending") : v.status;
                dv.validatedUntilDay = dv.status == QLatin1String("completed")
                                           ? SandboxClock::dayOf(now) + 300 + n
                                           : 0;
                d.validations.push_back(dv);
            }
            Domain &created = create(d, org.dateCreated + n * kDay);
            if (n % 6 == 0) {
                created.lockingStatus = QStringLiteral("enabled");
                created.accountToken = accountToken();
                created.caaPlaced = true;
            }
            ++n;
        }
    }
}

SandboxDomains::Domain *SandboxDomains::find(qint64 id) {
    const qint64 index = id - kFirstId;
    if (index < 0 || index >= qint64(m_list.size()))
        return nullptr;
    return &m_list[size_t(index)];
}

SandboxDomains::Domain *SandboxDomains::findByName(const QString &name) {
    for (Domain &domain : m_list) {
        if (!domain.deleted && domain.name == name)
            return &domain;
    }
    return nullptr;
}

const SandboxDomains::Domain *SandboxDomains::findByName(const QString &name) const {
    for (const Domain &domain : m_list) {
        if (!domain.deleted && domain.name == name)
            return &domain;
    }
    return nullptr;
}

SandboxDomains::Domain &SandboxDomains::create(Domain domain, qint64 now) {
    domain.id = kFirstId + int(m_list.size());
    domain.dateCreated = now;
    m_list.push_back(std::move(domain));
    return m_list.back();
}

bool SandboxDomains::hasActiveDcv(const Domain &domain, qint64 now) {
    // The reuse period in force today applies to every validation (certcentral-docs.md 7.4).
    const int reuseDays = SandboxRules::domainValidationReuseDays(SandboxClock::dayOf(now));
    return domain.dcvApprovedAt > 0 && domain.dcvApprovedAt + reuseDays * SandboxClock::kDay > now;
}

const SandboxDomains::Domain *SandboxDomains::coveringDomain(const QString &name,
                                                             qint64 now) const {
    for (const Domain &domain : m_list) {
        if (!domain.deleted && domain.active && hasActiveDcv(domain, now) &&
            SandboxDcv::isSameOrSubdomain(name, domain.name))
            return &domain;
    }
    return nullptr;
}

QString SandboxDomains::validationStatus(const Validation &validation, qint64 today) {
    if (validation.status == QLatin1String("completed") && validation.validatedUntilDay > 0 &&
        validation.validatedUntilDay < today)
        return QStringLiteral("expired");
    return validation.status;
}

QString SandboxDomains::overallStatus(const Domain &domain, qint64 now) {
    if (!domain.active)
        return QStringLiteral("inactive");
    const qint64 today = SandboxClock::dayOf(now);
    bool anyPending = false;
    bool anyCompleted = false;
    for (const Validation &v : domain.validations) {
        const QString status = validationStatus(v, today);
        anyPending = anyPending || status == QLatin1String("pending");
        anyCompleted = anyCompleted || status == QLatin1String("completed");
    }
    if (anyCompleted && hasActiveDcv(domain, now))
        return QStringLiteral("active");
    if (anyPending || !hasActiveDcv(domain, now))
        return QStringLiteral("pending");
    return QStringLiteral("expired");
}

void SandboxDomains::ensureToken(Domain &domain, qint64 now) {
    if (domain.dcvToken.isEmpty() || domain.dcvTokenExpires <= now) {
        domain.dcvToken = SandboxDcv::randomValue();
        domain.dcvTokenExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
    }
}

void SandboxDomains::newToken(Domain &domain, qint64 now) {
    domain.dcvToken = SandboxDcv::randomValue();
    domain.dcvTokenExpires = now + SandboxDcv::kRandomValueDays * SandboxClock::kDay;
}

void SandboxDomains::approveDcv(Domain &domain, const QString &method, qint64 now) {
    domain.dcvApprovedAt = now;
    domain.dcvApprovalMethod = method;
    // A lock waiting for validation moves on once control is proven again.
    if (domain.lockingStatus == QLatin1String("pending") && domain.caaPlaced)
        domain.lockingStatus = QStringLiteral("enabled");
}

void SandboxDomains::submitValidations(Domain &domain, const QStringList &types, qint64 now) {
    domain.lastSubmitted = now;
    const qint64 today = SandboxClock::dayOf(now);
    for (const QString &type : types) {
        Validation *existing = nullptr;
        for (Validation &v : domain.validations) {
            if (v.type == type)
                existing = &v;
        }
        if (!existing) {
            domain.validations.push_back(Validation{type, QStringLiteral("pending"), now, 0});
            continue;
        }
        if (validationStatus(*existing, today) != QLatin1String("completed")) {
            existing->status = QStringLiteral("pending");
            existing->validatedUntilDay = 0;
            existing->dateCreated = now;
        }
    }
}

void SandboxDomains::completeValidations(Domain &domain, qint64 now) {
    const qint64 today = SandboxClock::dayOf(now);
    for (Validation &v : domain.validations) {
        if (validationStatus(v, today) != QLatin1String("completed")) {
            v.status = QStringLiteral("completed");
            v.validatedUntilDay = today + SandboxProducts::validationDays(v.type);
        }
    }
}

QJsonObject SandboxDomains::json(const Domain &domain, const QString &organizationName,
                                 bool includeDcv, bool includeValidation, qint64 now) const {
    const SandboxAccount::Container *container = SandboxAccount::container(domain.containerId);
    QJsonObject json{
        {QStringLiteral("id"), domain.id},
        {QStringLiteral("name"), domain.name},
        {QStringLiteral("is_active"), domain.active},
        {QStringLiteral("status"), overallStatus(domain, now)},
        {QStringLiteral("date_created"), SandboxClock::formatDateTime(domain.dateCreated)},
        // organization{id, status, name, display_name, is_active} (certcentral-docs.md 7.1).
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), domain.organizationId},
                     {QStringLiteral("status"), QStringLiteral("active")},
                     {QStringLiteral("name"), organizationName},
                     {QStringLiteral("display_name"), organizationName},
                     {QStringLiteral("is_active"), true}}},
        {QStringLiteral("dcv_method"), domain.dcvMethod},
    };
    if (container)
        json.insert(QStringLiteral("container"), SandboxAccount::containerJson(*container));
    if (domain.dcvApprovedAt > 0) {
        const int reuseDays = SandboxRules::domainValidationReuseDays(SandboxClock::dayOf(now));
        json.insert(QStringLiteral("dcv_approval_datetime"),
                    SandboxClock::formatDateTime(domain.dcvApprovedAt));
        json.insert(
            QStringLiteral("dcv_expiration"),
            QJsonObject{
                {QStringLiteral("ev"),
                 SandboxClock::formatDay(SandboxClock::dayOf(domain.dcvApprovedAt) + reuseDays)},
                {QStringLiteral("ov"),
                 SandboxClock::formatDay(SandboxClock::dayOf(domain.dcvApprovedAt) + reuseDays)}});
    }
    if (domain.lastSubmitted > 0)
        json.insert(QStringLiteral("last_submitted_datetime"),
                    SandboxClock::formatDateTime(domain.lastSubmitted));
    if (!domain.lockingStatus.isEmpty()) {
        json.insert(QStringLiteral("domain_locking_status"), domain.lockingStatus);
        json.insert(QStringLiteral("account_token"), domain.accountToken);
    }
    if (includeDcv) {
        if (SandboxDcv::isTokenMethod(domain.dcvMethod) && !domain.dcvToken.isEmpty()) {
            json.insert(QStringLiteral("dcv_token"),
                        QJsonObject{{QStringLiteral("token"), domain.dcvToken},
                                    {QStringLiteral("status"), hasActiveDcv(domain, now)
                                                                   ? QStringLiteral("approved")
                                                                   : QStringLiteral("pending")},
                                    {QStringLiteral("expiration_date"),
                                     SandboxClock::formatDateTime(domain.dcvTokenExpires)}});
        }
        if (!domain.dcvApprovalMethod.isEmpty())
            json.insert(QStringLiteral("dcv_approval_method"), domain.dcvApprovalMethod);
    }
    if (includeValidation) {
        const qint64 today = SandboxClock::dayOf(now);
        QJsonArray list;
        for (const Validation &v : domain.validations) {
            QJsonObject entry{
                {QStringLiteral("type"), v.type},
                {QStringLiteral("name"), SandboxProducts::validationName(v.type)},
                {QStringLiteral("description"), SandboxProducts::validationDescription(v.type)},
                {QStringLiteral("date_created"), SandboxClock::formatDateTime(v.dateCreated)},
                {QStringLiteral("status"), validationStatus(v, today)},
                {QStringLiteral("dcv_status"), hasActiveDcv(domain, now)
                                                   ? QStringLiteral("complete")
                                                   : QStringLiteral("pending")}};
            if (v.validatedUntilDay > 0)
                entry.insert(QStringLiteral("validated_until"),
                             SandboxClock::formatDay(v.validatedUntilDay));
            list.append(entry);
        }
        json.insert(QStringLiteral("validations"), list);
    }
    return json;
}

QJsonObject SandboxDomains::save() const {
    QJsonArray list;
    for (const Domain &d : m_list) {
        QJsonArray validations;
        for (const Validation &v : d.validations)
            validations.append(
                QJsonObject{{QStringLiteral("type"), v.type},
                            {QStringLiteral("status"), v.status},
                            {QStringLiteral("date_created"), v.dateCreated},
                            {QStringLiteral("validated_until_day"), v.validatedUntilDay}});
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("organization_id"), d.organizationId},
                                {QStringLiteral("container_id"), d.containerId},
                                {QStringLiteral("active"), d.active},
                                {QStringLiteral("deleted"), d.deleted},
                                {QStringLiteral("date_created"), d.dateCreated},
                                {QStringLiteral("dcv_method"), d.dcvMethod},
                                {QStringLiteral("dcv_token"), d.dcvToken},
                                {QStringLiteral("dcv_token_expires"), d.dcvTokenExpires},
                                {QStringLiteral("dcv_approved_at"), d.dcvApprovedAt},
                                {QStringLiteral("dcv_approval_method"), d.dcvApprovalMethod},
                                {QStringLiteral("last_submitted"), d.lastSubmitted},
                                {QStringLiteral("validations"), validations},
                                {QStringLiteral("locking_status"), d.lockingStatus},
                                {QStringLiteral("account_token"), d.accountToken},
                                {QStringLiteral("caa_placed"), d.caaPlaced}});
    }
    return {{QStringLiteral("list"), list}};
}

bool SandboxDomains::load(const QJsonObject &json, QString *error) {
    Q_UNUSED(error)
    m_list.clear();
    for (const QJsonValue &value : json.value(QStringLiteral("list")).toArray()) {
        const QJsonObject o = value.toObject();
        Domain d;
        d.id = o.value(QStringLiteral("id")).toInt();
        d.name = o.value(QStringLiteral("name")).toString();
        d.organizationId = o.value(QStringLiteral("organization_id")).toInt();
        d.containerId = o.value(QStringLiteral("container_id")).toInt(100);
        d.active = o.value(QStringLiteral("active")).toBool(true);
        d.deleted = o.value(QStringLiteral("deleted")).toBool();
        d.dateCreated = qint64(o.value(QStringLiteral("date_created")).toDouble());
        d.dcvMethod = o.value(QStringLiteral("dcv_method")).toString();
        d.dcvToken = o.value(QStringLiteral("dcv_token")).toString();
        d.dcvTokenExpires = qint64(o.value(QStringLiteral("dcv_token_expires")).toDouble());
        d.dcvApprovedAt = qint64(o.value(QStringLiteral("dcv_approved_at")).toDouble());
        d.dcvApprovalMethod = o.value(QStringLiteral("dcv_approval_method")).toString();
        d.lastSubmitted = qint64(o.value(QStringLiteral("last_submitted")).toDouble());
        for (const QJsonValue &vv : o.value(QStringLiteral("validations")).toArray()) {
            const QJsonObject vo = vv.toObject();
            d.validations.push_back(
                Validation{vo.value(QStringLiteral("type")).toString(),
                           vo.value(QStringLiteral("status")).toString(),
                           qint64(vo.value(QStringLiteral("date_created")).toDouble()),
                           qint64(vo.value(QStringLiteral("validated_until_day")).toDouble())});
        }
        d.lockingStatus = o.value(QStringLiteral("locking_status")).toString();
        d.accountToken = o.value(QStringLiteral("account_token")).toString();
        d.caaPlaced = o.value(QStringLiteral("caa_placed")).toBool();
        m_list.push_back(std::move(d));
    }
    return true;
}
