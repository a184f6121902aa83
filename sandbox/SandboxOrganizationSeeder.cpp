#include "sandbox/SandboxOrganizationSeeder.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxProducts.h"

#include <QUrl>

namespace {

using Organization = SandboxOrganizations::Organization;
using Contact = SandboxOrganizations::Contact;
using Validation = SandboxOrganizations::Validation;
using VerifiedContact = SandboxOrganizations::VerifiedContact;

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

// Name, address, telephone, container, creation date and seed domains of organization i.
Organization organizationFromSeed(int i, qint64 now) {
    const OrganizationSeed &s = kOrganizations[i];
    Organization org;
    org.id = SandboxOrganizations::kFirstId + i;
    org.name = QString::fromUtf8(s.name);
    org.address = QStringLiteral("%1 %2").arg(100 + 37 * i).arg(QLatin1String(kStreets[i % 8]));
    if (i % 3 == 1)
        org.address2 = QStringLiteral("Floor %1").arg(2 + i % 9);
    org.city = QString::fromUtf8(s.city);
    org.state = QString::fromUtf8(s.state);
    org.zip = QStringLiteral("%1").arg(10000 + 731 * i, 5, 10, QLatin1Char('0'));
    org.country = QString::fromLatin1(s.country);
    org.telephone = QString::fromLatin1(s.telephone);
    org.containerId = SandboxAccount::containers()[size_t(s.container)].id;
    org.dateCreated = now - (900 - 20 * i) * kDay;
    for (const QByteArray &domain : QByteArray(s.domains).split('|'))
        org.seedDomains << aceDomain(domain.constData());
    return org;
}

// The organization contact, and a technical contact for every other organization.
void addContacts(int i, Organization *org, int *nextContactId) {
    Contact contact;
    contact.id = (*nextContactId)++;
    contact.firstName = QString::fromLatin1(kContactFirst[i % 8]);
    contact.lastName = QString::fromLatin1(kContactLast[(i + 3) % 8]);
    contact.email = contact.firstName.toLower() + QLatin1Char('.') + contact.lastName.toLower() +
                    QLatin1Char('@') + org->seedDomains.constFirst();
    contact.jobTitle = QStringLiteral("Operations Director");
    contact.telephone = org->telephone;
    org->organizationContact = contact;
    if (i % 2 == 0) {
        Contact tech = contact;
        tech.id = (*nextContactId)++;
        tech.firstName = QString::fromLatin1(kContactFirst[(i + 5) % 8]);
        tech.email = QStringLiteral("it@") + org->seedDomains.constFirst();
        tech.jobTitle = QStringLiteral("IT Manager");
        org->technicalContact = tech;
    }
}

// Organization validations: OV everywhere except every seventh organization, which is still
// pending; EV, CS and EV CS for some. Completed ones run into the future.
void addValidations(int i, qint64 now, bool ev, bool cs, bool evcs, Organization *org) {
    auto addValidation = [&](const char *type, bool pending) {
        Validation v;
        v.type = QString::fromLatin1(type);
        v.dateCreated = now - (200 + 11 * i) * kDay;
        v.status = pending ? QStringLiteral("pending") : QStringLiteral("completed");
        if (!pending)
            v.validatedUntilDay =
                SandboxClock::dayOf(v.dateCreated) + SandboxProducts::validationDays(v.type);
        if (qstrcmp(type, "ov") != 0 && !org->verifiedContacts.empty())
            v.verifiedContactIds << org->verifiedContacts.front().contact.id;
        org->validations.push_back(v);
    };
    addValidation("ov", i % 7 == 6);
    if (ev)
        addValidation("ev", false);
    if (cs)
        addValidation("cs", false);
    if (evcs)
        addValidation("ev_cs", false);
    // EV lasts 13 months: keep the seeded ones current.
    for (Validation &v : org->validations) {
        if (v.status == QLatin1String("completed") &&
            v.validatedUntilDay <= SandboxClock::dayOf(now))
            v.validatedUntilDay = SandboxClock::dayOf(now) + 120 + i;
    }
}

} // namespace

std::vector<SandboxOrganizations::Organization>
SandboxOrganizationSeeder::generate(qint64 now, int *nextContactId) {
    std::vector<Organization> list;
    for (int i = 0; i < kOrganizationCount; ++i) {
        Organization org = organizationFromSeed(i, now);
        addContacts(i, &org, nextContactId);

        // Verified contacts for the EV and code-signing validations.
        VerifiedContact verified;
        verified.contact = *org.organizationContact;
        verified.contact.id = (*nextContactId)++;
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

        addValidations(i, now, ev, cs, evcs, &org);
        list.push_back(std::move(org));
    }
    return list;
}
