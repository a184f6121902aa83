#include "sandbox/SandboxOrderSeeder.h"

#include "sandbox/SandboxRules.h"

#include "sandbox/SandboxAccount.h"

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

using Status = SandboxStore::Status;
using RequestStatus = SandboxStore::RequestStatus;
using Order = SandboxStore::Order;
using Product = SandboxProducts::Product;

// The DV sites (ASCII and internationalized apart) and the labels names are made of.
struct NamePools {
    QStringList dvDomains;
    QStringList dvIdnDomains;
    QStringList labels;
};

NamePools namePools() {
    NamePools pools;
    for (const char *domain : kDvDomains) {
        const QString ace = aceDomain(domain);
        (ace.contains(QLatin1String("xn--")) ? pools.dvIdnDomains : pools.dvDomains) << ace;
    }
    for (const char *label : kLabels)
        pools.labels << QString::fromLatin1(label);
    return pools;
}

// The organization (none for DV) and the container.
void seedOwnership(std::mt19937 &rng, const Product &product,
                   const SandboxOrganizations &organizations, Order *order) {
    if (SandboxProducts::isDomainValidated(product)) {
        static const int containerWeights[] = {50, 15, 15, 10, 10};
        order->organization = -1;
        order->container = quint8(weighted(rng, containerWeights));
        return;
    }
    // Example Corp owns about a third of the organization-validated orders.
    const bool home = below(rng, 100) < 30;
    order->organization = qint16(home ? 0 : int(below(rng, quint32(organizations.count()))));
    order->container =
        quint8(SandboxAccount::containerIndex(organizations.at(order->organization).containerId));
}

// Validity years, signature hash, key size, the renewed flag and an occasional alternative
// order id.
void seedCertificateDetails(std::mt19937 &rng, bool codeSigning, Order *order) {
    if (order->status == Status::Expired) {
        order->validityYears = below(rng, 100) < 80 ? 1 : 2;
    } else {
        static const int tlsYears[] = {60, 25, 15};
        static const int csYears[] = {50, 30, 20};
        order->validityYears =
            quint8(1 + (codeSigning ? weighted(rng, csYears) : weighted(rng, tlsYears)));
    }
    static const int hashWeights[] = {90, 8, 2};
    order->signatureHash = quint8(weighted(rng, hashWeights));
    if (codeSigning) {
        order->keySize = below(rng, 100) < 60 ? 3072 : 4096;
    } else {
        static const int keySizes[] = {2048, 3072, 4096, 256};
        static const int keyWeights[] = {50, 10, 15, 25};
        order->keySize = quint16(keySizes[weighted(rng, keyWeights)]);
    }
    order->renewed = below(rng, 100) < 8;
    if (below(rng, 100) < 3) {
        const quint32 a = rng();
        const quint32 b = rng();
        const quint32 c = rng();
        const quint32 d = rng();
        order->alternativeOrderId = QString::asprintf("%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16,
                                                      b & 0xfff, 0x8000 | (c >> 18), c & 0xffff, d);
    }
}

// When the order was placed; everything stays at or before "now".
qint64 seedCreated(std::mt19937 &rng, Status status, qint64 years, qint64 now) {
    const qint64 windowStart = now - 3 * kYear;
    qint64 created = 0;
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
    return created;
}

// For orders that were ever issued: when, the plan's end and the current certificate's
// validity. Returns the first issue time, 0 when never issued.
qint64 seedIssue(std::mt19937 &rng, bool codeSigning, qint64 now, Order *order) {
    const Status status = order->status;
    const bool everIssued = status == Status::Issued || status == Status::ReissuePending ||
                            status == Status::Revoked || status == Status::Expired;
    if (!everIssued)
        return 0;
    const qint64 years = order->validityYears;
    const qint64 created = order->dateCreated;
    const qint64 issued = created + between(rng, 60, qMin(3 * kDay, now - created - 60));
    const qint64 orderEndDay = dayOf(issued + years * kYear);
    order->orderEndDay = orderEndDay;
    qint64 period = 0; // which certificate of a multi-year plan is current
    if (!codeSigning && status != Status::Revoked)
        period = qMin<qint64>((qMin(now, issued + years * kYear - 1) - issued) / kYear, years - 1);
    const qint64 validFrom = issued + period * kYear;
    order->validFromDay = dayOf(validFrom);
    order->validTillDay =
        codeSigning
            ? orderEndDay
            : qMin(order->validFromDay + SandboxRules::maxCertificateDays(order->validFromDay),
                   orderEndDay);
    if (period > 0)
        order->certificateCreated = validFrom - 3600;
    return issued;
}

// When the order's status last changed.
qint64 seedLastStatusChange(std::mt19937 &rng, const Order &order, qint64 issued, qint64 now) {
    const qint64 created = order.dateCreated;
    switch (order.status) {
    case Status::Pending:
        return created;
    case Status::WaitingPickup:
        return created + between(rng, 60, qMin(2 * kDay, now - created));
    case Status::Rejected:
    case Status::Canceled:
        return qMin(now - 60, created + between(rng, 3600, 5 * kDay));
    case Status::Issued:
        return issued;
    case Status::ReissuePending:
        // Reissue requests are spread over the order's life; a few are from this week.
        return below(rng, 100) < 2 ? between(rng, now - 7 * kDay, now - 60)
                                   : between(rng, issued, qMax(issued, now - 7 * kDay));
    case Status::Revoked: {
        const qint64 end = qMin(now - 60, startOfDay(order.validTillDay));
        return between(rng, issued, end);
    }
    case Status::Expired:
        return startOfDay(order.validTillDay + 1);
    }
    return order.lastStatusChange;
}

RequestStatus seedRequestStatus(std::mt19937 &rng, Status status) {
    switch (status) {
    case Status::Pending:
        return below(rng, 100) < 70 ? RequestStatus::Pending : RequestStatus::Approved;
    case Status::Rejected:
    case Status::Canceled:
        return RequestStatus::Rejected;
    default:
        return RequestStatus::Approved;
    }
}

// The common name and DNS names of a TLS order. labelOrder is scratch space for the partial
// shuffle that picks distinct labels.
void seedNames(std::mt19937 &rng, const NamePools &pools, const Product &product,
               const SandboxOrganizations &organizations, std::array<int, kLabelCount> &labelOrder,
               Order *order) {
    // Internationalized (punycode) names stay a small share: about 3% of DV sites, and an
    // organization's first (ASCII) domain is used three times out of four.
    QString base;
    if (SandboxProducts::isDomainValidated(product)) {
        const QStringList &pool = below(rng, 100) < 3 ? pools.dvIdnDomains : pools.dvDomains;
        base = pool.at(below(rng, quint32(pool.size())));
    } else {
        const QStringList &domains = organizations.at(order->organization).seedDomains;
        const bool first = domains.size() == 1 || below(rng, 100) < 75;
        base =
            first ? domains.constFirst() : domains.at(1 + below(rng, quint32(domains.size() - 1)));
    }
    const int count = dnsNameCount(rng, qstrcmp(product.nameId, "cloud_dv_geotrust") == 0);
    // A partial shuffle picks distinct labels for the extra names.
    std::iota(labelOrder.begin(), labelOrder.end(), 0);
    int nextLabel = 0;
    auto takeLabel = [&]() {
        const int j = nextLabel + int(below(rng, quint32(kLabelCount - nextLabel)));
        std::swap(labelOrder[size_t(nextLabel)], labelOrder[size_t(j)]);
        return pools.labels.at(labelOrder[size_t(nextLabel++)]);
    };
    QString zone = base; // the names below the common name share this parent
    if (product.wildcard) {
        if (below(rng, 2) == 1)
            zone = takeLabel() + QLatin1Char('.') + base;
        order->commonName = QStringLiteral("*.") + zone;
        order->dnsNames.reserve(count + 1);
        order->dnsNames << order->commonName << zone;
    } else {
        order->commonName = below(rng, 100) < 30 ? base : takeLabel() + QLatin1Char('.') + base;
        order->dnsNames.reserve(count);
        order->dnsNames << order->commonName;
    }
    while (order->dnsNames.size() < count) {
        const QString name = takeLabel() + QLatin1Char('.') + zone;
        if (name != order->commonName)
            order->dnsNames << name;
    }
}

} // namespace

std::vector<SandboxStore::Order>
SandboxOrderSeeder::generate(quint32 seed, int orderCount, qint64 now,
                             const SandboxOrganizations &organizations) {
    const NamePools pools = namePools();
    // The seeded mix covers the 13 products of the catalogue, in catalogue order.
    int productWeights[13] = {};
    Q_ASSERT(SandboxProducts::count() == 13);
    for (int i = 0; i < 13; ++i)
        productWeights[i] = SandboxProducts::at(i).weight;

    std::mt19937 rng(seed);
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
        seedOwnership(rng, product, organizations, &order);
        seedCertificateDetails(rng, codeSigning, &order);

        // Dates: created, first issued, the current certificate's validity, and when the
        // order's status last changed. Everything stays at or before "now".
        order.dateCreated = seedCreated(rng, order.status, order.validityYears, now);
        order.certificateCreated = order.dateCreated;
        const qint64 issued = seedIssue(rng, codeSigning, now, &order);
        order.lastStatusChange = seedLastStatusChange(rng, order, issued, now);
        order.requestStatus = seedRequestStatus(rng, order.status);

        if (codeSigning)
            order.commonName = organizations.at(order.organization).name;
        else
            seedNames(rng, pools, product, organizations, labelOrder, &order);
    }
    return orders;
}
