#include "SandboxStore.h"

#include <QUrl>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <random>

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kYear = 365 * kDay;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
constexpr int kFirstOrderId = 100001;
constexpr int kFirstCertificateId = 200001;
constexpr int kFirstRequestId = 400001;
constexpr int kFirstOrganizationId = 3001;
constexpr int kFirstUserId = 1001;
constexpr int kTlsCertificateDays = 397;

// The last column is the product's share of orders in percent (the weights sum to 100).
const SandboxStore::Product kProducts[] = {
    {"ssl_basic", "Basic OV", "ssl_certificate", "ov", 21800, false, false, false, 18},
    {"ssl_plus", "Standard SSL", "ssl_certificate", "ov", 17500, false, false, false, 7},
    {"ssl_ev_basic", "Basic EV", "ssl_certificate", "ev", 34400, false, false, false, 9},
    {"ssl_ev_plus", "EV SSL Plus", "ssl_certificate", "ev", 29900, false, false, false, 4},
    {"ssl_securesite_flex", "Secure Site OV", "ssl_certificate", "ov", 39900, false, false, false,
     9},
    {"ssl_ev_securesite_flex", "Secure Site EV", "ssl_certificate", "ev", 99500, false, false,
     false, 5},
    {"ssl_dv_geotrust", "GeoTrust Standard DV SSL", "ssl_certificate", "dv", 12500, true, false,
     false, 13},
    {"ssl_dv_rapidssl", "RapidSSL Standard DV SSL", "ssl_certificate", "dv", 5900, true, false,
     false, 11},
    {"wildcard_dv_geotrust", "GeoTrust Wildcard DV SSL", "ssl_certificate", "dv", 29900, true, true,
     false, 5},
    {"wildcard_dv_rapidssl", "RapidSSL Wildcard DV SSL", "ssl_certificate", "dv", 19900, true, true,
     false, 5},
    {"cloud_dv_geotrust", "GeoTrust Cloud DV", "ssl_certificate", "dv", 13000, true, false, false,
     4},
    {"code_signing", "Code Signing", "code_signing_certificate", "cs", 47400, false, false, true,
     6},
    {"code_signing_ev", "EV Code Signing", "code_signing_certificate", "ev_cs", 66400, false, false,
     true, 4},
};
constexpr int kProductCount = int(sizeof(kProducts) / sizeof(kProducts[0]));

// Indexed by SandboxStore::Status.
const char *const kStatusNames[] = {"pending",  "issued",   "revoked",         "expired",
                                    "rejected", "canceled", "reissue_pending", "waiting_pickup"};
const int kStatusWeights[] = {8, 60, 5, 12, 3, 4, 4, 4};

struct ContainerSeed {
    int id;
    const char *name;
    int parentId;
};
const ContainerSeed kContainers[] = {{100, "Example Corp", 0},
                                     {101, "EMEA", 100},
                                     {102, "Americas", 100},
                                     {103, "APAC", 100},
                                     {104, "Research Labs", 100}};

struct OrganizationSeed {
    const char *name;
    const char *city;
    const char *state;
    const char *country;
    const char *telephone;
    int container;
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

// Sites bought with DV certificates, independent of the organizations above.
const char *const kDvDomains[] = {
    "bluebird-bakery.example",
    "corner-bookshop.example",
    "greenleaf-yoga.example",
    "hilltop-vet.example",
    "lakeside-dental.example",
    "pixelforge.test",
    "quietcove-inn.example",
    "redbarn-farm.example",
    "silverline-taxi.example",
    "tinkerlab.test",
    "urban-bikes.example",
    "violet-florist.example",
    "westend-pizza.example",
    "bäckerei-schmidt.example",
    "søstrene-fisk.example",
    "ñandú-tours.example",
    "example.com",
    "example.net",
    "mountain-coffee.example",
    "brightpath-tutor.example",
    "harborview-marina.example",
    "northstar-plumbing.example",
    "oakwood-library.example",
    "köln-kiosk.example",
};

const char *const kLabels[] = {
    "www",     "shop",  "api",     "mail",     "portal", "vpn",      "app",    "cdn",
    "static",  "login", "secure",  "intra",    "dev",    "staging",  "m",      "blog",
    "support", "docs",  "pay",     "status",   "git",    "wiki",     "crm",    "erp",
    "files",   "auth",  "id",      "img",      "assets", "webmail",  "remote", "test",
    "beta",    "news",  "careers", "partners", "store",  "checkout", "admin",  "monitor",
};
constexpr int kLabelCount = int(sizeof(kLabels) / sizeof(kLabels[0]));

const char *const kAdminFirstNames[] = {"Ada",  "Ben",   "Cleo", "Dana",
                                        "Emil", "Farah", "Gus",  "Hana"};

quint32 below(std::mt19937 &rng, quint32 n) {
    // Multiply-shift rather than std::uniform_int_distribution, whose output differs between
    // standard libraries; mt19937 itself is fully specified.
    return quint32((quint64(rng()) * n) >> 32);
}

qint64 between(std::mt19937 &rng, qint64 low, qint64 high) {
    if (high <= low)
        return low;
    return low + qint64((quint64(rng()) * quint64(high - low + 1)) >> 32);
}

template <size_t N> int weighted(std::mt19937 &rng, const int (&weights)[N]) {
    int total = 0;
    for (const int w : weights)
        total += w;
    int r = int(below(rng, quint32(total)));
    for (size_t i = 0; i < N; ++i) {
        if (r < weights[i])
            return int(i);
        r -= weights[i];
    }
    return int(N - 1);
}

qint64 dayOf(qint64 seconds) {
    qint64 days = seconds / kDay;
    if (seconds % kDay < 0)
        --days;
    return kEpochJulianDay + days;
}

qint64 startOfDay(qint64 julianDay) {
    return (julianDay - kEpochJulianDay) * kDay;
}

QString aceDomain(const char *unicode) {
    const QString domain = QString::fromUtf8(unicode);
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain : QString::fromLatin1(ace);
}

quint64 splitMix(quint64 &state) {
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int dnsNameCount(std::mt19937 &rng, bool multiDomain) {
    static const int weights[] = {40, 28, 14, 6, 4, 5, 3};
    const int bucket = weighted(rng, weights);
    int count = 0;
    if (bucket < 5)
        count = bucket + 1;
    else if (bucket == 5)
        count = int(between(rng, 6, 10));
    else
        count = int(between(rng, 11, 20));
    if (multiDomain)
        count = qMin(20, count + 2);
    return count;
}

} // namespace

const SandboxStore::Product &SandboxStore::product(int index) {
    return kProducts[index];
}

QString SandboxStore::statusName(Status status) {
    return QString::fromLatin1(kStatusNames[int(status)]);
}

std::optional<SandboxStore::Status> SandboxStore::statusFromName(const QString &name) {
    for (int i = 0; i < kStatusCount; ++i) {
        if (name == QLatin1String(kStatusNames[i]))
            return Status(i);
    }
    return std::nullopt;
}

QStringList SandboxStore::statusNames() {
    QStringList names;
    for (const char *name : kStatusNames)
        names << QString::fromLatin1(name);
    return names;
}

QString SandboxStore::requestStatusName(RequestStatus status) {
    switch (status) {
    case RequestStatus::Pending:
        return QStringLiteral("pending");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

QString SandboxStore::signatureHashName(int index) {
    static const char *const names[] = {"sha256", "sha384", "sha512"};
    return QString::fromLatin1(names[qBound(0, index, 2)]);
}

QStringList SandboxStore::sortKeyNames() {
    return {QStringLiteral("id"),         QStringLiteral("date_created"),
            QStringLiteral("valid_till"), QStringLiteral("common_name"),
            QStringLiteral("status"),     QStringLiteral("product_name_id")};
}

bool SandboxStore::sortKeyFromName(const QString &name, SortKey *key, bool *descending) {
    QString field = name;
    *descending = field.startsWith(QLatin1Char('-'));
    if (*descending)
        field.remove(0, 1);
    const int index = int(sortKeyNames().indexOf(field));
    if (index < 0)
        return false;
    *key = SortKey(index);
    return true;
}

QString SandboxStore::formatDay(qint64 julianDay) {
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    return QString::asprintf("%04d-%02d-%02d", year, month, day);
}

QString SandboxStore::formatDateTime(qint64 secondsSinceEpoch) {
    const qint64 julianDay = dayOf(secondsSinceEpoch);
    const int secondOfDay = int(secondsSinceEpoch - startOfDay(julianDay));
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(julianDay).getDate(&year, &month, &day);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d+00:00", year, month, day,
                             secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60);
}

SandboxStore::User SandboxStore::administrator(int index) const {
    constexpr int named = int(sizeof(kAdminFirstNames) / sizeof(kAdminFirstNames[0]));
    User user;
    user.id = kFirstUserId + index;
    if (index < named) {
        user.firstName = QString::fromLatin1(kAdminFirstNames[index]);
        user.lastName = QStringLiteral("Admin");
        user.username = user.firstName.toLower() + QStringLiteral(".admin");
    } else {
        user.firstName = QStringLiteral("Admin");
        user.lastName = QString::number(index + 1);
        user.username = QStringLiteral("admin.%1").arg(index + 1);
    }
    user.email = user.username + QStringLiteral("@example.com");
    user.jobTitle =
        index == 0 ? QStringLiteral("PKI Lead") : QStringLiteral("Certificate Administrator");
    user.telephone = QStringLiteral("555-%1").arg(100 + index, 4, 10, QLatin1Char('0'));
    return user;
}

void SandboxStore::seed(quint32 seed, int orderCount, const QDate &today) {
    m_seed = seed;
    m_today = today;
    m_nowSeconds = startOfDay(today.toJulianDay()) + kDay / 2; // 12:00:00 UTC
    for (auto &byKey : m_sortCache) {
        for (auto &cache : byKey)
            cache.clear();
    }

    m_containers.clear();
    for (const ContainerSeed &c : kContainers)
        m_containers.push_back({c.id, QString::fromUtf8(c.name), c.parentId});

    m_organizations.clear();
    for (int i = 0; i < kOrganizationCount; ++i) {
        const OrganizationSeed &o = kOrganizations[i];
        Organization org;
        org.id = kFirstOrganizationId + i;
        org.name = QString::fromUtf8(o.name);
        org.city = QString::fromUtf8(o.city);
        org.state = QString::fromUtf8(o.state);
        org.country = QString::fromLatin1(o.country);
        org.telephone = QString::fromLatin1(o.telephone);
        org.container = o.container;
        const QList<QByteArray> domains = QByteArray(o.domains).split('|');
        for (const QByteArray &domain : domains)
            org.domains << aceDomain(domain.constData());
        m_organizations.push_back(std::move(org));
    }
    QStringList dvDomains;
    QStringList dvIdnDomains;
    for (const char *domain : kDvDomains) {
        const QString ace = aceDomain(domain);
        (ace.contains(QLatin1String("xn--")) ? dvIdnDomains : dvDomains) << ace;
    }
    QStringList labels;
    for (const char *label : kLabels)
        labels << QString::fromLatin1(label);

    int productWeights[kProductCount];
    for (int i = 0; i < kProductCount; ++i)
        productWeights[i] = kProducts[i].weight;

    std::mt19937 rng(seed);
    const qint64 now = m_nowSeconds;
    const qint64 windowStart = now - 3 * kYear;

    m_orders.clear();
    m_orders.resize(size_t(orderCount));
    std::array<int, kLabelCount> labelOrder{};

    for (int i = 0; i < orderCount; ++i) {
        Order &order = m_orders[size_t(i)];
        order.id = kFirstOrderId + i;
        order.certificateId = kFirstCertificateId + i;
        order.requestId = kFirstRequestId + i;
        order.product = quint8(weighted(rng, productWeights));
        const Product &product = kProducts[order.product];
        order.status = Status(weighted(rng, kStatusWeights));

        if (product.domainValidated) {
            static const int containerWeights[] = {50, 15, 15, 10, 10};
            order.organization = -1;
            order.container = quint8(weighted(rng, containerWeights));
        } else {
            // Example Corp owns about a third of the organization-validated orders.
            const bool home = below(rng, 100) < 30;
            order.organization = qint16(home ? 0 : int(below(rng, kOrganizationCount)));
            order.container = quint8(m_organizations[size_t(order.organization)].container);
        }

        if (order.status == Status::Expired) {
            order.validityYears = below(rng, 100) < 80 ? 1 : 2;
        } else {
            static const int tlsYears[] = {60, 25, 15};
            static const int csYears[] = {50, 30, 20};
            order.validityYears = quint8(
                1 + (product.codeSigning ? weighted(rng, csYears) : weighted(rng, tlsYears)));
        }
        const qint64 years = order.validityYears;

        static const int hashWeights[] = {90, 8, 2};
        order.signatureHash = quint8(weighted(rng, hashWeights));
        if (product.codeSigning) {
            order.keySize = below(rng, 100) < 60 ? 3072 : 4096;
        } else {
            static const int keySizes[] = {2048, 3072, 4096, 256};
            static const int keyWeights[] = {50, 10, 15, 25};
            order.keySize = quint16(keySizes[weighted(rng, keyWeights)]);
        }
        order.renewed = below(rng, 100) < 8;
        if (below(rng, 100) < 3) {
            const quint32 a = rng();
            const quint32 b = rng();
            const quint32 c = rng();
            const quint32 d = rng();
            order.alternativeOrderId =
                QString::asprintf("%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16, b & 0xfff,
                                  0x8000 | (c >> 18), c & 0xffff, d);
        }

        // Dates: created, first issued, the current certificate's validity, and when the
        // order's status last changed. Everything stays at or before "now".
        const Status status = order.status;
        qint64 created = 0;
        qint64 issued = 0;
        switch (status) {
        case Status::Pending:
        case Status::WaitingPickup:
            created = between(rng, now - 365 * kDay, now - 600);
            break;
        case Status::Rejected:
        case Status::Canceled:
            created = between(rng, windowStart, now - kDay);
            break;
        case Status::Issued:
        case Status::ReissuePending:
            created = between(rng, qMax(windowStart, now - years * kYear + 2 * kDay), now - 7200);
            // Most orders placed in the last week are still pending; halve the issued ones
            // there so about 1% of all orders changed status in the last 7 days.
            if (created > now - 7 * kDay && below(rng, 2) == 0)
                created -= 7 * kDay;
            break;
        case Status::Revoked:
            created = between(rng, windowStart, now - 3 * kDay);
            break;
        case Status::Expired:
            created = between(rng, windowStart, now - years * kYear - 5 * kDay);
            break;
        }
        order.dateCreated = created;
        order.certificateCreated = created;

        const bool everIssued = status == Status::Issued || status == Status::ReissuePending ||
                                status == Status::Revoked || status == Status::Expired;
        if (everIssued) {
            issued = created + between(rng, 60, qMin(3 * kDay, now - created - 60));
            const qint64 orderEndDay = dayOf(issued + years * kYear);
            qint64 period = 0; // which certificate of a multi-year plan is current
            if (!product.codeSigning && status != Status::Revoked)
                period = qMin<qint64>((qMin(now, issued + years * kYear - 1) - issued) / kYear,
                                      years - 1);
            const qint64 validFrom = issued + period * kYear;
            order.validFromDay = dayOf(validFrom);
            order.validTillDay = product.codeSigning
                                     ? orderEndDay
                                     : qMin(order.validFromDay + kTlsCertificateDays, orderEndDay);
            if (period > 0)
                order.certificateCreated = validFrom - 3600;
        }

        switch (status) {
        case Status::Pending:
            order.lastStatusChange = created;
            break;
        case Status::WaitingPickup:
            order.lastStatusChange = created + between(rng, 60, qMin(2 * kDay, now - created));
            break;
        case Status::Rejected:
        case Status::Canceled:
            order.lastStatusChange = qMin(now - 60, created + between(rng, 3600, 5 * kDay));
            break;
        case Status::Issued:
            order.lastStatusChange = issued;
            break;
        case Status::ReissuePending:
            // Reissue requests are spread over the order's life; a few are from this week.
            order.lastStatusChange = below(rng, 100) < 2
                                         ? between(rng, now - 7 * kDay, now - 60)
                                         : between(rng, issued, qMax(issued, now - 7 * kDay));
            break;
        case Status::Revoked: {
            const qint64 end = qMin(now - 60, startOfDay(order.validTillDay));
            order.lastStatusChange = between(rng, issued, end);
            break;
        }
        case Status::Expired:
            order.lastStatusChange = startOfDay(order.validTillDay + 1);
            break;
        }

        switch (status) {
        case Status::Pending:
            order.requestStatus =
                below(rng, 100) < 70 ? RequestStatus::Pending : RequestStatus::Approved;
            break;
        case Status::Rejected:
        case Status::Canceled:
            order.requestStatus = RequestStatus::Rejected;
            break;
        default:
            order.requestStatus = RequestStatus::Approved;
            break;
        }

        // Names.
        if (product.codeSigning) {
            order.commonName = m_organizations[size_t(order.organization)].name;
            continue;
        }
        // Internationalized (punycode) names stay a small share: about 3% of DV sites, and an
        // organization's first (ASCII) domain is used three times out of four.
        QString base;
        if (product.domainValidated) {
            const QStringList &pool = below(rng, 100) < 3 ? dvIdnDomains : dvDomains;
            base = pool.at(below(rng, quint32(pool.size())));
        } else {
            const QStringList &domains = m_organizations[size_t(order.organization)].domains;
            const bool first = domains.size() == 1 || below(rng, 100) < 75;
            base = first ? domains.constFirst()
                         : domains.at(1 + below(rng, quint32(domains.size() - 1)));
        }
        const int count = dnsNameCount(rng, qstrcmp(product.nameId, "cloud_dv_geotrust") == 0);
        // A partial shuffle picks distinct labels for the extra names.
        std::iota(labelOrder.begin(), labelOrder.end(), 0);
        int nextLabel = 0;
        auto takeLabel = [&]() {
            const int j = nextLabel + int(below(rng, quint32(kLabelCount - nextLabel)));
            std::swap(labelOrder[size_t(nextLabel)], labelOrder[size_t(j)]);
            return labels.at(labelOrder[size_t(nextLabel++)]);
        };
        QString zone = base; // the names below the common name share this parent
        if (product.wildcard) {
            if (below(rng, 2) == 1)
                zone = takeLabel() + QLatin1Char('.') + base;
            order.commonName = QStringLiteral("*.") + zone;
            order.dnsNames.reserve(count + 1);
            order.dnsNames << order.commonName << zone;
        } else {
            order.commonName = below(rng, 100) < 30 ? base : takeLabel() + QLatin1Char('.') + base;
            order.dnsNames.reserve(count);
            order.dnsNames << order.commonName;
        }
        while (order.dnsNames.size() < count) {
            const QString name = takeLabel() + QLatin1Char('.') + zone;
            if (name != order.commonName)
                order.dnsNames << name;
        }
    }
}

const SandboxStore::Order *SandboxStore::findOrder(qint64 orderId) const {
    const qint64 index = orderId - kFirstOrderId;
    if (index < 0 || index >= qint64(m_orders.size()))
        return nullptr;
    return &m_orders[size_t(index)];
}

const std::vector<int> &SandboxStore::sortedIndexes(SortKey key, bool descending) {
    std::vector<int> &cache = m_sortCache[size_t(key)][descending ? 1 : 0];
    if (cache.size() == m_orders.size())
        return cache;
    cache.resize(m_orders.size());
    std::iota(cache.begin(), cache.end(), 0);

    // Ranks turn string keys into integers once, so the sort itself compares numbers.
    std::vector<qint64> primary(m_orders.size());
    bool hasMissing = false;
    std::vector<char> missing;
    switch (key) {
    case SortKey::Id:
        for (size_t i = 0; i < m_orders.size(); ++i)
            primary[i] = m_orders[i].id;
        break;
    case SortKey::DateCreated:
        for (size_t i = 0; i < m_orders.size(); ++i)
            primary[i] = m_orders[i].dateCreated;
        break;
    case SortKey::ValidTill:
        hasMissing = true;
        missing.resize(m_orders.size());
        for (size_t i = 0; i < m_orders.size(); ++i) {
            primary[i] = m_orders[i].validTillDay;
            missing[i] = m_orders[i].validTillDay == 0 ? 1 : 0;
        }
        break;
    case SortKey::CommonName: {
        std::vector<int> byName(m_orders.size());
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [this](int a, int b) {
            return QString::compare(m_orders[size_t(a)].commonName, m_orders[size_t(b)].commonName,
                                    Qt::CaseInsensitive) < 0;
        });
        qint64 rank = 0;
        for (size_t i = 0; i < byName.size(); ++i) {
            if (i > 0 &&
                QString::compare(m_orders[size_t(byName[i - 1])].commonName,
                                 m_orders[size_t(byName[i])].commonName, Qt::CaseInsensitive) != 0)
                ++rank;
            primary[size_t(byName[i])] = rank;
        }
        break;
    }
    case SortKey::Status: {
        // Alphabetical by the wire name.
        std::array<qint64, kStatusCount> rank{};
        std::array<int, kStatusCount> order{};
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [](int a, int b) { return std::strcmp(kStatusNames[a], kStatusNames[b]) < 0; });
        for (int i = 0; i < kStatusCount; ++i)
            rank[size_t(order[size_t(i)])] = i;
        for (size_t i = 0; i < m_orders.size(); ++i)
            primary[i] = rank[size_t(m_orders[i].status)];
        break;
    }
    case SortKey::ProductNameId: {
        std::array<qint64, kProductCount> rank{};
        std::array<int, kProductCount> order{};
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [](int a, int b) {
            return std::strcmp(kProducts[a].nameId, kProducts[b].nameId) < 0;
        });
        for (int i = 0; i < kProductCount; ++i)
            rank[size_t(order[size_t(i)])] = i;
        for (size_t i = 0; i < m_orders.size(); ++i)
            primary[i] = rank[m_orders[i].product];
        break;
    }
    }

    // Missing values go last in both directions; ties are always broken by ascending id,
    // which is the index order.
    std::sort(cache.begin(), cache.end(), [&](int a, int b) {
        if (hasMissing && missing[size_t(a)] != missing[size_t(b)])
            return missing[size_t(a)] < missing[size_t(b)];
        const qint64 pa = primary[size_t(a)];
        const qint64 pb = primary[size_t(b)];
        if (pa != pb)
            return descending ? pa > pb : pa < pb;
        return a < b;
    });
    return cache;
}

bool SandboxStore::matchesSearch(const Order &order, const QString &needle, qint64 numericId) {
    if (numericId > 0 && order.id == numericId)
        return true;
    if (order.commonName.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const QString &name : order.dnsNames) {
        if (name.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SandboxStore::ListResult SandboxStore::list(const ListQuery &query) {
    ListResult result;
    const std::vector<int> &sorted = sortedIndexes(query.sort, query.descending);
    const qint64 first = query.offset;
    const qint64 last = first + query.limit; // exclusive

    qint64 numericId = 0;
    bool digitsOnly = !query.search.isEmpty() && query.search.size() <= 10;
    for (const QChar c : query.search)
        digitsOnly = digitsOnly && c.isDigit() && c.unicode() < 128;
    if (digitsOnly)
        numericId = query.search.toLongLong();

    const bool filtering = query.status.has_value() || !query.search.isEmpty();
    if (!filtering) {
        result.total = int(sorted.size());
        for (qint64 i = first; i < last && i < qint64(sorted.size()); ++i)
            result.orders.push_back(&m_orders[size_t(sorted[size_t(i)])]);
        return result;
    }
    qint64 matched = 0;
    for (const int index : sorted) {
        const Order &order = m_orders[size_t(index)];
        if (query.status && order.status != *query.status)
            continue;
        if (!query.search.isEmpty() && !matchesSearch(order, query.search, numericId))
            continue;
        if (matched >= first && matched < last)
            result.orders.push_back(&order);
        ++matched;
    }
    result.total = int(matched);
    return result;
}

std::vector<const SandboxStore::Order *> SandboxStore::statusChangesWithin(int minutes) const {
    std::vector<const Order *> changed;
    const qint64 from = m_nowSeconds - qint64(minutes) * 60;
    for (const Order &order : m_orders) {
        if (order.lastStatusChange >= from && order.lastStatusChange <= m_nowSeconds)
            changed.push_back(&order);
    }
    return changed;
}

QByteArray SandboxStore::derivedBytes(const Order &order, quint64 salt, int size) const {
    quint64 state = (quint64(m_seed) << 32) ^ quint64(order.id) ^ salt;
    QByteArray bytes;
    bytes.reserve(size);
    while (bytes.size() < size) {
        const quint64 word = splitMix(state);
        for (int i = 0; i < 8 && bytes.size() < size; ++i)
            bytes.append(char((word >> (8 * i)) & 0xff));
    }
    return bytes;
}

QByteArray SandboxStore::serialNumber(const Order &order) const {
    QByteArray bytes = derivedBytes(order, 0x5e71a1ULL << 40, 16);
    // A positive DER integer without a leading zero byte, as CAs issue them.
    bytes[0] = char((bytes.at(0) & 0x7f) | 0x01);
    return bytes;
}

QByteArray SandboxStore::thumbprint(const Order &order) const {
    return derivedBytes(order, 0x7b0b1ULL << 40, 20);
}
