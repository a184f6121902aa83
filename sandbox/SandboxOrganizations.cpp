#include "sandbox/SandboxOrganizations.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxOrganizationSeeder.h"
#include "sandbox/SandboxProducts.h"

namespace {

QJsonObject contactToJson(const SandboxOrganizations::Contact &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("first_name"), c.firstName},
            {QStringLiteral("last_name"), c.lastName},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("job_title"), c.jobTitle},
            {QStringLiteral("telephone"), c.telephone},
            {QStringLiteral("telephone_extension"), c.telephoneExtension},
            {QStringLiteral("user_id"), c.userId}};
}

SandboxOrganizations::Contact contactFromJson(const QJsonObject &o) {
    SandboxOrganizations::Contact c;
    c.id = o.value(QStringLiteral("id")).toInt();
    c.firstName = o.value(QStringLiteral("first_name")).toString();
    c.lastName = o.value(QStringLiteral("last_name")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.jobTitle = o.value(QStringLiteral("job_title")).toString();
    c.telephone = o.value(QStringLiteral("telephone")).toString();
    c.telephoneExtension = o.value(QStringLiteral("telephone_extension")).toString();
    c.userId = o.value(QStringLiteral("user_id")).toInt();
    return c;
}

} // namespace

void SandboxOrganizations::seed(qint64 now) {
    m_nextContactId = 7001;
    m_list = SandboxOrganizationSeeder::generate(now, &m_nextContactId);
}

SandboxOrganizations::Organization *SandboxOrganizations::find(qint64 id) {
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_list[size_t(index)];
}

const SandboxOrganizations::Organization *SandboxOrganizations::find(qint64 id) const {
    const int index = indexOf(id);
    return index < 0 ? nullptr : &m_list[size_t(index)];
}

int SandboxOrganizations::indexOf(qint64 id) const {
    const qint64 index = id - kFirstId;
    if (index < 0 || index >= qint64(m_list.size()))
        return -1;
    return int(index);
}

SandboxOrganizations::Organization &SandboxOrganizations::create(Organization organization,
                                                                 qint64 now) {
    organization.id = kFirstId + int(m_list.size());
    organization.dateCreated = now;
    m_list.push_back(std::move(organization));
    return m_list.back();
}

const SandboxOrganizations::Organization *
SandboxOrganizations::findDuplicate(const QString &name, const QString &assumedName) const {
    for (const Organization &org : m_list) {
        if (!org.deleted && org.name.compare(name, Qt::CaseInsensitive) == 0 &&
            org.assumedName.compare(assumedName, Qt::CaseInsensitive) == 0)
            return &org;
    }
    return nullptr;
}

SandboxOrganizations::Validation *SandboxOrganizations::validation(Organization &organization,
                                                                   const QString &type) {
    for (Validation &v : organization.validations) {
        if (v.type == type)
            return &v;
    }
    return nullptr;
}

QString SandboxOrganizations::validationStatus(const Validation &validation, qint64 today) {
    if (validation.status == QLatin1String("completed") && validation.validatedUntilDay > 0 &&
        validation.validatedUntilDay < today)
        return QStringLiteral("expired");
    return validation.status;
}

bool SandboxOrganizations::hasCompletedValidation(const Organization &organization,
                                                  const QString &type, qint64 today) const {
    for (const Validation &v : organization.validations) {
        if (v.type == type && validationStatus(v, today) == QLatin1String("completed"))
            return true;
    }
    return false;
}

void SandboxOrganizations::submitValidation(Organization &organization, const QString &type,
                                            const QList<int> &verifiedContactIds, qint64 now) {
    Validation *existing = validation(organization, type);
    if (!existing) {
        organization.validations.push_back(Validation{type, QString(), now, 0, {}});
        existing = &organization.validations.back();
    }
    for (const int id : verifiedContactIds) {
        if (!existing->verifiedContactIds.contains(id))
            existing->verifiedContactIds << id;
        if (VerifiedContact *contact = findVerifiedContact(organization, id)) {
            if (!contact->validations.contains(type))
                contact->validations.insert(type, QStringLiteral("pending"));
        }
    }
    if (validationStatus(*existing, SandboxClock::dayOf(now)) != QLatin1String("completed")) {
        existing->status = QStringLiteral("pending");
        existing->validatedUntilDay = 0;
        existing->dateCreated = now;
    }
}

void SandboxOrganizations::completeValidations(Organization &organization, qint64 now) {
    const qint64 today = SandboxClock::dayOf(now);
    for (Validation &v : organization.validations) {
        if (validationStatus(v, today) != QLatin1String("completed")) {
            v.status = QStringLiteral("completed");
            v.validatedUntilDay = today + SandboxProducts::validationDays(v.type);
        }
    }
    for (VerifiedContact &contact : organization.verifiedContacts) {
        for (auto it = contact.validations.begin(); it != contact.validations.end(); ++it)
            it.value() = QStringLiteral("completed");
    }
}

SandboxOrganizations::VerifiedContact &
SandboxOrganizations::addVerifiedContact(Organization &organization, Contact contact,
                                         const QStringList &types, qint64 now) {
    contact.id = nextContactId();
    VerifiedContact verified;
    verified.contact = contact;
    verified.dateCreated = now;
    for (const QString &type : types)
        verified.validations.insert(type, QStringLiteral("pending"));
    organization.verifiedContacts.push_back(verified);
    return organization.verifiedContacts.back();
}

SandboxOrganizations::VerifiedContact *
SandboxOrganizations::findVerifiedContact(Organization &organization, int contactId) {
    for (VerifiedContact &contact : organization.verifiedContacts) {
        if (contact.contact.id == contactId ||
            (contactId > 0 && contact.contact.userId == contactId))
            return &contact;
    }
    return nullptr;
}

QJsonObject SandboxOrganizations::contactJson(const Contact &contact) {
    QJsonObject json{{QStringLiteral("id"), contact.id},
                     {QStringLiteral("first_name"), contact.firstName},
                     {QStringLiteral("last_name"), contact.lastName},
                     {QStringLiteral("email"), contact.email}};
    if (!contact.jobTitle.isEmpty())
        json.insert(QStringLiteral("job_title"), contact.jobTitle);
    if (!contact.telephone.isEmpty())
        json.insert(QStringLiteral("telephone"), contact.telephone);
    if (!contact.telephoneExtension.isEmpty())
        json.insert(QStringLiteral("telephone_extension"), contact.telephoneExtension);
    if (contact.userId > 0)
        json.insert(QStringLiteral("user_id"), QString::number(contact.userId));
    return json;
}

QJsonObject SandboxOrganizations::summaryJson(const Organization &org) const {
    const SandboxAccount::Container *container = SandboxAccount::container(org.containerId);
    QJsonObject json{{QStringLiteral("id"), org.id},
                     {QStringLiteral("status"),
                      org.active ? QStringLiteral("active") : QStringLiteral("inactive")},
                     {QStringLiteral("name"), org.name},
                     {QStringLiteral("display_name"),
                      org.assumedName.isEmpty()
                          ? org.name
                          : QStringLiteral("%1 (%2)").arg(org.name, org.assumedName)},
                     {QStringLiteral("is_active"), org.active},
                     {QStringLiteral("address"), org.address},
                     {QStringLiteral("city"), org.city},
                     {QStringLiteral("state"), org.state},
                     {QStringLiteral("zip"), org.zip},
                     {QStringLiteral("country"), org.country},
                     {QStringLiteral("telephone"), org.telephone}};
    if (!org.assumedName.isEmpty())
        json.insert(QStringLiteral("assumed_name"), org.assumedName);
    if (!org.address2.isEmpty())
        json.insert(QStringLiteral("address2"), org.address2);
    if (container)
        json.insert(QStringLiteral("container"), SandboxAccount::containerJson(*container));
    return json;
}

QJsonObject SandboxOrganizations::detailJson(const Organization &org, qint64 today) const {
    QJsonObject json = summaryJson(org);
    json.insert(QStringLiteral("date_created"), SandboxClock::formatDateTime(org.dateCreated));
    if (org.organizationContact)
        json.insert(QStringLiteral("organization_contact"), contactJson(*org.organizationContact));
    if (org.technicalContact)
        json.insert(QStringLiteral("technical_contact"), contactJson(*org.technicalContact));
    json.insert(QStringLiteral("validations"), validationsJson(org, today));
    QJsonArray approvers;
    for (const VerifiedContact &contact : org.verifiedContacts)
        approvers.append(verifiedContactJson(contact));
    json.insert(QStringLiteral("verified_contacts"), approvers);
    return json;
}

QJsonArray SandboxOrganizations::validationsJson(const Organization &org, qint64 today) const {
    QJsonArray list;
    for (const Validation &v : org.validations) {
        QJsonObject entry{
            {QStringLiteral("type"), v.type},
            {QStringLiteral("name"), SandboxProducts::validationName(v.type)},
            {QStringLiteral("description"), SandboxProducts::validationDescription(v.type)},
            {QStringLiteral("date_created"), SandboxClock::formatDateTime(v.dateCreated)},
            {QStringLiteral("status"), validationStatus(v, today)}};
        if (v.validatedUntilDay > 0)
            entry.insert(QStringLiteral("validated_until"),
                         SandboxClock::formatDay(v.validatedUntilDay));
        QJsonArray users;
        for (const VerifiedContact &contact : org.verifiedContacts) {
            if (!v.verifiedContactIds.contains(contact.contact.id))
                continue;
            users.append(QJsonObject{{QStringLiteral("id"), contact.contact.id},
                                     {QStringLiteral("first_name"), contact.contact.firstName},
                                     {QStringLiteral("last_name"), contact.contact.lastName}});
        }
        if (!users.isEmpty())
            entry.insert(QStringLiteral("verified_users"), users);
        list.append(entry);
    }
    return list;
}

QJsonObject SandboxOrganizations::verifiedContactJson(const VerifiedContact &contact) const {
    QJsonObject json = contactJson(contact.contact);
    QJsonArray validations;
    for (auto it = contact.validations.constBegin(); it != contact.validations.constEnd(); ++it)
        validations.append(
            QJsonObject{{QStringLiteral("type"), it.key()},
                        {QStringLiteral("name"), SandboxProducts::validationName(it.key())},
                        {QStringLiteral("status"), it.value()}});
    json.insert(QStringLiteral("validations"), validations);
    json.insert(QStringLiteral("date_created"), SandboxClock::formatDateTime(contact.dateCreated));
    return json;
}

QJsonObject SandboxOrganizations::save() const {
    QJsonArray list;
    for (const Organization &org : m_list) {
        QJsonArray validations;
        for (const Validation &v : org.validations) {
            QJsonArray ids;
            for (const int id : v.verifiedContactIds)
                ids.append(id);
            validations.append(
                QJsonObject{{QStringLiteral("type"), v.type},
                            {QStringLiteral("status"), v.status},
                            {QStringLiteral("date_created"), v.dateCreated},
                            {QStringLiteral("validated_until_day"), v.validatedUntilDay},
                            {QStringLiteral("verified_contact_ids"), ids}});
        }
        QJsonArray verified;
        for (const VerifiedContact &c : org.verifiedContacts) {
            QJsonObject types;
            for (auto it = c.validations.constBegin(); it != c.validations.constEnd(); ++it)
                types.insert(it.key(), it.value());
            verified.append(QJsonObject{{QStringLiteral("contact"), contactToJson(c.contact)},
                                        {QStringLiteral("validations"), types},
                                        {QStringLiteral("date_created"), c.dateCreated}});
        }
        QJsonObject o{{QStringLiteral("id"), org.id},
                      {QStringLiteral("name"), org.name},
                      {QStringLiteral("assumed_name"), org.assumedName},
                      {QStringLiteral("address"), org.address},
                      {QStringLiteral("address2"), org.address2},
                      {QStringLiteral("city"), org.city},
                      {QStringLiteral("state"), org.state},
                      {QStringLiteral("zip"), org.zip},
                      {QStringLiteral("country"), org.country},
                      {QStringLiteral("telephone"), org.telephone},
                      {QStringLiteral("container_id"), org.containerId},
                      {QStringLiteral("active"), org.active},
                      {QStringLiteral("deleted"), org.deleted},
                      {QStringLiteral("date_created"), org.dateCreated},
                      {QStringLiteral("seed_domains"), QJsonArray::fromStringList(org.seedDomains)},
                      {QStringLiteral("validations"), validations},
                      {QStringLiteral("verified_contacts"), verified}};
        if (org.organizationContact)
            o.insert(QStringLiteral("organization_contact"),
                     contactToJson(*org.organizationContact));
        if (org.technicalContact)
            o.insert(QStringLiteral("technical_contact"), contactToJson(*org.technicalContact));
        list.append(o);
    }
    return {{QStringLiteral("list"), list}, {QStringLiteral("next_contact_id"), m_nextContactId}};
}

bool SandboxOrganizations::load(const QJsonObject &json, QString *error) {
    const QJsonArray list = json.value(QStringLiteral("list")).toArray();
    if (list.isEmpty()) {
        *error = QStringLiteral("the state file has no organizations");
        return false;
    }
    m_list.clear();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Organization org;
        org.id = o.value(QStringLiteral("id")).toInt();
        org.name = o.value(QStringLiteral("name")).toString();
        org.assumedName = o.value(QStringLiteral("assumed_name")).toString();
        org.address = o.value(QStringLiteral("address")).toString();
        org.address2 = o.value(QStringLiteral("address2")).toString();
        org.city = o.value(QStringLiteral("city")).toString();
        org.state = o.value(QStringLiteral("state")).toString();
        org.zip = o.value(QStringLiteral("zip")).toString();
        org.country = o.value(QStringLiteral("country")).toString();
        org.telephone = o.value(QStringLiteral("telephone")).toString();
        org.containerId = o.value(QStringLiteral("container_id")).toInt(100);
        org.active = o.value(QStringLiteral("active")).toBool(true);
        org.deleted = o.value(QStringLiteral("deleted")).toBool();
        org.dateCreated = qint64(o.value(QStringLiteral("date_created")).toDouble());
        for (const QJsonValue &d : o.value(QStringLiteral("seed_domains")).toArray())
            org.seedDomains << d.toString();
        if (o.contains(QStringLiteral("organization_contact")))
            org.organizationContact =
                contactFromJson(o.value(QStringLiteral("organization_contact")).toObject());
        if (o.contains(QStringLiteral("technical_contact")))
            org.technicalContact =
                contactFromJson(o.value(QStringLiteral("technical_contact")).toObject());
        for (const QJsonValue &vv : o.value(QStringLiteral("validations")).toArray()) {
            const QJsonObject vo = vv.toObject();
            Validation v;
            v.type = vo.value(QStringLiteral("type")).toString();
            v.status = vo.value(QStringLiteral("status")).toString();
            v.dateCreated = qint64(vo.value(QStringLiteral("date_created")).toDouble());
            v.validatedUntilDay =
                qint64(vo.value(QStringLiteral("validated_until_day")).toDouble());
            for (const QJsonValue &id : vo.value(QStringLiteral("verified_contact_ids")).toArray())
                v.verifiedContactIds << id.toInt();
            org.validations.push_back(v);
        }
        for (const QJsonValue &cv : o.value(QStringLiteral("verified_contacts")).toArray()) {
            const QJsonObject co = cv.toObject();
            VerifiedContact c;
            c.contact = contactFromJson(co.value(QStringLiteral("contact")).toObject());
            c.dateCreated = qint64(co.value(QStringLiteral("date_created")).toDouble());
            const QJsonObject types = co.value(QStringLiteral("validations")).toObject();
            for (auto it = types.constBegin(); it != types.constEnd(); ++it)
                c.validations.insert(it.key(), it.value().toString());
            org.verifiedContacts.push_back(c);
        }
        m_list.push_back(std::move(org));
    }
    m_nextContactId = json.value(QStringLiteral("next_contact_id")).toInt(7001);
    return true;
}
