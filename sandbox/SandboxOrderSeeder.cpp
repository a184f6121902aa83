#include "SandboxOrderSeeder.h"

#include "SandboxRules.h"

#include "SandboxAccount.h"

#include <QUrl>

#include <array>
#include <numeric>
#include <random>

namespace {

constexpr qint64 kDay = SandboxClock::kDay;
constexpr qint64 kYear = 365 * kDay;

const int kStatusWeights[] = {8, 60, 5, 12, 3, 4, 4, 4};

// Sites bought with DV certificates, independent of the organizations.
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
    return SandboxClock::dayOf(seconds);
}

qint64 startOfDay(qint64 julianDay) {
    return SandboxClock::startOfDay(julianDay);
}

QString aceDomain(const char *unicode) {
    const QString domain = QString::fromUtf8(unicode);
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain : QString::fromLatin1(ace);
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

std::vector<SandboxStore::Order>
SandboxOrderSeeder::generate(quint32 seed, int orderCount, qint64 now,
                             const SandboxOrganizations &organizations) {
    using Status = SandboxStore::Status;
    using RequestStatus = SandboxStore::RequestStatus;
    using Order = SandboxStore::Order;
    using Product = SandboxProducts::Product;
    QStringList dvDomains;
    QStringList dvIdnDomains;
    for (const char *domain : kDvDomains) {
        const QString ace = aceDomain(domain);
        (ace.contains(QLatin1String("xn--")) ? dvIdnDomains : dvDomains) << ace;
    }
    QStringList labels;
    for (const char *label : kLabels)
        labels << QString::fromLatin1(label);

    // The seeded mix covers the 13 products of the catalogue, in catalogue order.
    int productWeights[13] = {};
    Q_ASSERT(SandboxProducts::count() == 13);
    for (int i = 0; i < 13; ++i)
        productWeights[i] = SandboxProducts::at(i).weight;

    const int organizationCount = organizations.count();
    std::mt19937 rng(seed);
    const qint64 windowStart = now - 3 * kYear;

    std::vector<Order> orders(static_cast<size_t>(orderCount));
    std::array<int, kLabelCount> labelOrder{};

    for (int i = 0; i < orderCount; ++i) {
        Order &order = orders[size_t(i)];
        order.id = SandboxStore::kFirstOrderId + i;
        order.certificateId = SandboxStore::kFirstCertificateId + i;
        order.requestId = SandboxStore::kFirstRequestId + i;
        order.ownerUserId = SandboxAccount::seededOwner(order.id);
        order.product = quint8(weighted(rng, productWeights));
        const Product &product = SandboxProducts::at(order.product);
        const bool codeSigning = SandboxProducts::isCodeSigning(product);
        order.status = Status(weighted(rng, kStatusWeights));

        if (SandboxProducts::isDomainValidated(product)) {
            static const int containerWeights[] = {50, 15, 15, 10, 10};
            order.organization = -1;
            order.container = quint8(weighted(rng, containerWeights));
        } else {
            // Example Corp owns about a third of the organization-validated orders.
            const bool home = below(rng, 100) < 30;
            order.organization = qint16(home ? 0 : int(below(rng, quint32(organizationCount))));
            order.container = quint8(
                SandboxAccount::containerIndex(organizations.at(order.organization).containerId));
        }

        if (order.status == Status::Expired) {
            order.validityYears = below(rng, 100) < 80 ? 1 : 2;
        } else {
            static const int tlsYears[] = {60, 25, 15};
            static const int csYears[] = {50, 30, 20};
            order.validityYears =
                quint8(1 + (codeSigning ? weighted(rng, csYears) : weighted(rng, tlsYears)));
        }
        const qint64 years = order.validityYears;

        static const int hashWeights[] = {90, 8, 2};
        order.signatureHash = quint8(weighted(rng, hashWeights));
        if (codeSigning) {
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
            order.orderEndDay = orderEndDay;
            qint64 period = 0; // which certificate of a multi-year plan is current
            if (!codeSigning && status != Status::Revoked)
                period = qMin<qint64>((qMin(now, issued + years * kYear - 1) - issued) / kYear,
                                      years - 1);
            const qint64 validFrom = issued + period * kYear;
            order.validFromDay = dayOf(validFrom);
            order.validTillDay =
                codeSigning ? orderEndDay
                            : qMin(order.validFromDay +
                                       SandboxRules::maxCertificateDays(order.validFromDay),
                                   orderEndDay);
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
        if (codeSigning) {
            order.commonName = organizations.at(order.organization).name;
            continue;
        }
        // Internationalized (punycode) names stay a small share: about 3% of DV sites, and an
        // organization's first (ASCII) domain is used three times out of four.
        QString base;
        if (SandboxProducts::isDomainValidated(product)) {
            const QStringList &pool = below(rng, 100) < 3 ? dvIdnDomains : dvDomains;
            base = pool.at(below(rng, quint32(pool.size())));
        } else {
            const QStringList &domains = organizations.at(order.organization).seedDomains;
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
    return orders;
}
