#include "SandboxOrganizations.h"

#include "SandboxAccount.h"
#include "SandboxClock.h"
#include "SandboxProducts.h"

#include <QUrl>

namespace {

constexpr qint64 kDay = SandboxClock::kDay;

struct OrganizationSeed {
    const char *name;
    const char *city;
    const char *state;
    const char *country;
    const char *telephone;
    int container;       // index into SandboxAccount::containers()
    const char *domains; // '|' separated, Unicode allowed (converted to punycode)
};

// Fictional organizations; a few names and domains are deliberately non-ASCII.
const OrganizationSeed kOrganizations[] = {
    {"Example Corp", "Lehi", "Utah", "us", "555-0100", 0, "example.com|example.net|example.org"},
    {"Acme Widgets GmbH", "München", "Bayern", "de", "+49 89 5550 0101", 1,
     "acme-widgets.example|acme.test"},
    {"Zażółć Sp. z o.o.", "Kraków", "Małopolskie", "pl", "+48 12 555 0102", 1,
     "zazolc.test|zażółć.example"},
    {"Northwind Harbor LLC", "Seattle", "Washington", "us", "555-0103", 2,
     "northwind-harbor.example"},
    {"Bluefin Analytics Ltd", "London", "England", "gb", "+44 20 5550 0104", 1,
     "bluefin-analytics.example"},
    {"Café Lumière SARL", "Lyon", "Auvergne-Rhône-Alpes", "fr", "+33 4 55 50 01 05", 1,
     "cafe-lumiere.test|café-lumière.example"},
    {"Nordlys Energi AS", "Tromsø", "Troms", "no", "+47 555 00 106", 1, "nordlys-energi.example"},
    {"Ōtsuka Robotics K.K.", "Osaka", "Osaka", "jp", "+81 6 5550 0107", 3,
     "otsuka-robotics.test|ōtsuka-robotics.example"},
    {"Harbor & Pine Logistics Inc.", "Portland", "Oregon", "us", "555-0108", 2,
     "harborpine.example"},
    {"Quill Legal Partners LLP", "Boston", "Massachusetts", "us", "555-0109", 2,
     "quill-legal.example"},
    {"Saguaro Solar Co.", "Tucson", "Arizona", "us", "555-0110", 2, "saguaro-solar.example"},
    {"Maple Leaf Credit Union", "Toronto", "Ontario", "ca", "+1 416 555 0111", 2,
     "mapleleaf-cu.example"},
    {"Kestrel Aerospace Pty Ltd", "Adelaide", "South Australia", "au", "+61 8 5550 0112", 3,
     "kestrel-aero.example"},
    {"Fjord Fisheries ehf.", "Reykjavík", "Capital Region", "is", "+354 555 0113", 1,
     "fjord-fisheries.example"},
    {"Granite Peak Insurance", "Denver", "Colorado", "us", "555-0114", 2, "granitepeak.example"},
    {"Lindqvist Möbler AB", "Göteborg", "Västra Götaland", "se", "+46 31 555 01 15", 1,
     "lindqvist.test|lindqvist-möbler.example"},
    {"Tessellate Design Studio", "Austin", "Texas", "us", "555-0116", 4, "tessellate.test"},
    {"Riverbend Health System", "Omaha", "Nebraska", "us", "555-0117", 2,
     "riverbend-health.example|riverbend.test"},
    {"Vértice Consultoria Ltda.", "São Paulo", "SP", "br", "+55 11 5550 0118", 2,
     "vertice.example"},
    {"Helix Genomics Inc.", "San Diego", "California", "us", "555-0119", 4,
     "helix-genomics.example"},
    {"Ironbridge Manufacturing plc", "Birmingham", "England", "gb", "+44 121 555 0120", 1,
     "ironbridge-mfg.example"},
    {"Cobalt Cloud Services BV", "Utrecht", "Utrecht", "nl", "+31 30 555 0121", 1,
     "cobalt-cloud.example|cobalt.test"},
    {"Pioneer Valley School District", "Springfield", "Massachusetts", "us", "555-0122", 2,
     "pvsd.example"},
    {"Sunda Retail Pte. Ltd.", "Singapore", "Singapore", "sg", "+65 5550 0123", 3,
     "sunda-retail.example"},
    {"Aurora Media Oy", "Helsinki", "Uusimaa", "fi", "+358 9 5550 0124", 1, "aurora-media.example"},
    {"Big Sky Ranch Supply", "Billings", "Montana", "us", "555-0125", 2, "bigsky-ranch.example"},
    {"Meridian Freight SRL", "Milano", "Lombardia", "it", "+39 02 5550 0126", 1,
     "meridian-freight.example"},
    {"Olive Grove Hotels S.A.", "Sevilla", "Andalucía", "es", "+34 95 555 0127", 1,
     "olivegrove-hotels.example"},
    {"Đông Á Trading JSC", "Hà Nội", "Hà Nội", "vn", "+84 24 5550 0128", 3, "dongatrading.example"},
    {"Example Labs", "Lehi", "Utah", "us", "555-0129", 4, "examplelabs.test"},
};
constexpr int kOrganizationCount = int(sizeof(kOrganizations) / sizeof(kOrganizations[0]));

const char *const kStreets[] = {"Prospect Street", "Harbor Way",  "Main Street", "Elm Avenue",
                                "Station Road",    "Market Lane", "Ridge Drive", "Canal Street"};
const char *const kContactFirst[] = {"Gia", "Omar", "Lena", "Tariq", "Mei", "Jonas", "Ines", "Raj"};
const char *const kContactLast[] = {"Booth", "Haddad", "Novak", "Rahman",
                                    "Chen",  "Berg",   "Silva", "Patel"};

QString aceDomain(const char *unicode) {
    const QString domain = QString::fromUtf8(unicode);
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain : QString::fromLatin1(ace);
}

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
    m_list.clear();
    m_nextContactId = 7001;
    const auto &containers = SandboxAccount::containers();
    for (int i = 0; i < kOrganizationCount; ++i) {
        const OrganizationSeed &s = kOrganizations[i];
        Organization org;
        org.id = kFirstId + i;
        org.name = QString::fromUtf8(s.name);
        org.address = QStringLiteral("%1 %2").arg(100 + 37 * i).arg(QLatin1String(kStreets[i % 8]));
        if (i % 3 == 1)
            org.address2 = QStringLiteral("Floor %1").arg(2 + i % 9);
        org.city = QString::fromUtf8(s.city);
        org.state = QString::fromUtf8(s.state);
        org.zip = QStringLiteral("%1").arg(10000 + 731 * i, 5, 10, QLatin1Char('0'));
        org.country = QString::fromLatin1(s.country);
        org.telephone = QString::fromLatin1(s.telephone);
        org.containerId = containers[size_t(s.container)].id;
        org.dateCreated = now - (900 - 20 * i) * kDay;
        for (const QByteArray &domain : QByteArray(s.domains).split('|'))
            org.seedDomains << aceDomain(domain.constData());

        Contact contact;
        contact.id = nextContactId();
        contact.firstName = QString::fromLatin1(kContactFirst[i % 8]);
        contact.lastName = QString::fromLatin1(kContactLast[(i + 3) % 8]);
        contact.email = contact.firstName.toLower() + QLatin1Char('.') +
                        contact.lastName.toLower() + QLatin1Char('@') +
                        org.seedDomains.constFirst();
        contact.jobTitle = QStringLiteral("Operations Director");
        contact.telephone = org.telephone;
        org.organizationContact = contact;
        if (i % 2 == 0) {
            Contact tech = contact;
            tech.id = nextContactId();
            tech.firstName = QString::fromLatin1(kContactFirst[(i + 5) % 8]);
            tech.email = QStringLiteral("it@") + org.seedDomains.constFirst();
            tech.jobTitle = QStringLiteral("IT Manager");
            org.technicalContact = tech;
        }

        // Verified contacts for the EV and code-signing validations.
        VerifiedContact verified;
        verified.contact = contact;
        verified.contact.id = nextContactId();
        verified.contact.jobTitle = QStringLiteral("Chief Executive Officer");
        verified.dateCreated = org.dateCreated;
        const bool ev = i % 2 == 0;
        const bool cs = i % 3 == 0;
        const bool evcs = i % 5 == 0;
        if (ev)
            verified.validations.insert(QStringLiteral("ev"), QStringLiteral("completed"));
        if (cs)
            verified.validations.insert(QStringLiteral("cs"), QStringLiteral("completed"));
        if (evcs)
            verified.validations.insert(QStringLiteral("ev_cs"), QStringLiteral("completed"));
        if (!verified.validations.isEmpty())
            org.verifiedContacts.push_back(verified);

        // Organization validations: OV everywhere except every seventh organization, which is
        // still pending; EV, CS and EV CS for some. Completed ones run into the future.
        auto addValidation = [&](const char *type, bool pending) {
            Validation v;
            v.type = QString::fromLatin1(type);
            v.dateCreated = now - (200 + 11 * i) * kDay;
            v.status = pending ? QStringLiteral("pending") : QStringLiteral("completed");
            if (!pending)
                v.validatedUntilDay =
                    SandboxClock::dayOf(v.dateCreated) + SandboxProducts::validationDays(v.type);
            if (qstrcmp(type, "ov") != 0 && !org.verifiedContacts.empty())
                v.verifiedContactIds << org.verifiedContacts.front().contact.id;
            org.validations.push_back(v);
        };
        addValidation("ov", i % 7 == 6);
        if (ev)
            addValidation("ev", false);
        if (cs)
            addValidation("cs", false);
        if (evcs)
            addValidation("ev_cs", false);
        // EV lasts 13 months: keep the seeded ones current.
        for (Validation &v : org.validations) {
            if (v.status == QLatin1String("completed") &&
                v.validatedUntilDay <= SandboxClock::dayOf(now))
                v.validatedUntilDay = SandboxClock::dayOf(now) + 120 + i;
        }
        m_list.push_back(std::move(org));
    }
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
