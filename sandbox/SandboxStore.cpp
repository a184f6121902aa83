#include "SandboxStore.h"

#include "SandboxAccount.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <random>

namespace {

constexpr qint64 kDay = SandboxClock::kDay;
constexpr qint64 kYear = 365 * kDay;
constexpr int kTlsCertificateDays = 397;

// Indexed by SandboxStore::Status.
const char *const kStatusNames[] = {"pending",  "issued",   "revoked",         "expired",
                                    "rejected", "canceled", "reissue_pending", "waiting_pickup"};
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
    case RequestStatus::Submitted:
        return QStringLiteral("submitted");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<SandboxStore::RequestStatus>
SandboxStore::requestStatusFromName(const QString &name) {
    for (const RequestStatus s : {RequestStatus::Pending, RequestStatus::Submitted,
                                  RequestStatus::Approved, RequestStatus::Rejected}) {
        if (name == requestStatusName(s))
            return s;
    }
    return std::nullopt;
}

QString SandboxStore::requestTypeName(RequestType type) {
    switch (type) {
    case RequestType::NewRequest:
        return QStringLiteral("new_request");
    case RequestType::Reissue:
        return QStringLiteral("reissue");
    case RequestType::Duplicate:
        return QStringLiteral("duplicate");
    case RequestType::Revoke:
        return QStringLiteral("revoke");
    }
    return QString();
}

std::optional<SandboxStore::RequestType> SandboxStore::requestTypeFromName(const QString &name) {
    for (const RequestType t : {RequestType::NewRequest, RequestType::Reissue,
                                RequestType::Duplicate, RequestType::Revoke}) {
        if (name == requestTypeName(t))
            return t;
    }
    return std::nullopt;
}

QString SandboxStore::certificateStatusName(CertificateStatus status) {
    switch (status) {
    case CertificateStatus::Pending:
        return QStringLiteral("pending");
    case CertificateStatus::Issued:
        return QStringLiteral("issued");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case CertificateStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return QString();
}

QString SandboxStore::signatureHashName(int index) {
    static const char *const names[] = {"sha256", "sha384", "sha512"};
    return QString::fromLatin1(names[qBound(0, index, 2)]);
}

int SandboxStore::signatureHashIndex(const QString &name) {
    for (int i = 0; i < 3; ++i) {
        if (name == signatureHashName(i))
            return i;
    }
    return -1;
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

void SandboxStore::invalidateCaches() {
    for (auto &byKey : m_sortCache) {
        for (auto &cache : byKey)
            cache.clear();
    }
}

void SandboxStore::seed(quint32 seed, int orderCount, const QDate &today) {
    m_seed = seed;
    m_seedDate = today;
    m_clock.start(today);
    m_seedNow = m_clock.base();
    invalidateCaches();
    m_certificates.clear();
    m_requests.clear();
    m_seedSerials.clear();
    m_dcv.clear();

    m_organizations.seed(m_seedNow);
    m_domains.seed(m_organizations, m_seedNow);
    m_finance.seed(m_seedNow);
    seedOrders(seed, orderCount);
    m_seededCount = orderCount;
    m_nextCertificateId = kFirstCertificateId + orderCount;
    m_nextRequestId = kFirstRequestId + orderCount;
}

void SandboxStore::seedOrders(quint32 seed, int orderCount) {
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

    const int organizationCount = m_organizations.count();
    std::mt19937 rng(seed);
    const qint64 now = m_seedNow;
    const qint64 windowStart = now - 3 * kYear;

    m_orders.clear();
    m_orders.resize(size_t(orderCount));
    std::array<int, kLabelCount> labelOrder{};

    for (int i = 0; i < orderCount; ++i) {
        Order &order = m_orders[size_t(i)];
        order.id = kFirstOrderId + i;
        order.certificateId = kFirstCertificateId + i;
        order.requestId = kFirstRequestId + i;
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
                SandboxAccount::containerIndex(m_organizations.at(order.organization).containerId));
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
            order.validTillDay = codeSigning
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
        if (codeSigning) {
            order.commonName = m_organizations.at(order.organization).name;
            continue;
        }
        // Internationalized (punycode) names stay a small share: about 3% of DV sites, and an
        // organization's first (ASCII) domain is used three times out of four.
        QString base;
        if (SandboxProducts::isDomainValidated(product)) {
            const QStringList &pool = below(rng, 100) < 3 ? dvIdnDomains : dvDomains;
            base = pool.at(below(rng, quint32(pool.size())));
        } else {
            const QStringList &domains = m_organizations.at(order.organization).seedDomains;
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

SandboxStore::Order *SandboxStore::editOrder(qint64 orderId) {
    const qint64 index = orderId - kFirstOrderId;
    if (index < 0 || index >= qint64(m_orders.size()))
        return nullptr;
    Order &order = m_orders[size_t(index)];
    order.touched = true;
    invalidateCaches();
    return &order;
}

SandboxStore::Order &SandboxStore::addOrder(Order order) {
    order.id = kFirstOrderId + int(m_orders.size());
    order.touched = true;
    m_orders.push_back(std::move(order));
    invalidateCaches();
    return m_orders.back();
}

void SandboxStore::setStatus(Order &order, Status status) {
    order.touched = true;
    if (order.status != status) {
        order.status = status;
        order.lastStatusChange = now();
    }
    invalidateCaches();
}

SandboxStore::Certificate SandboxStore::seededCertificate(const Order &order) const {
    Certificate c;
    c.id = order.certificateId;
    c.orderId = order.id;
    c.kind = CertificateKind::Primary;
    c.commonName = order.commonName;
    c.dnsNames = order.dnsNames;
    c.signatureHash = order.signatureHash;
    c.keySize = order.keySize;
    c.dateCreated = order.certificateCreated;
    c.serial = serialNumber(order);
    c.thumbprint = thumbprint(order);
    c.requestId = order.requestId;
    switch (order.status) {
    case Status::Issued:
    case Status::ReissuePending:
    case Status::Expired:
        c.status = CertificateStatus::Issued;
        break;
    case Status::Revoked:
        c.status = CertificateStatus::Revoked;
        c.dateRevoked = order.lastStatusChange;
        c.revocationReason = QStringLiteral("unspecified");
        break;
    case Status::Rejected:
    case Status::Canceled:
        c.status = CertificateStatus::Rejected;
        break;
    case Status::Pending:
    case Status::WaitingPickup:
        c.status = CertificateStatus::Pending;
        break;
    }
    if (order.validFromDay > 0) {
        // Certificates start at the hour they were issued and end at the last second of the
        // valid_till day.
        c.validFrom = qMax(startOfDay(order.validFromDay), order.certificateCreated);
        c.validTill = startOfDay(order.validTillDay + 1) - 1;
    }
    return c;
}

SandboxStore::Request SandboxStore::seededRequest(const Order &order) const {
    Request r;
    r.id = order.requestId;
    r.orderId = order.id;
    r.certificateId = order.certificateId;
    r.date = order.dateCreated;
    r.requesterId = order.ownerUserId;
    if (order.status == Status::ReissuePending) {
        // The seeded reissue waits for approval; its certificate is made when approved.
        r.type = RequestType::Reissue;
        r.status = RequestStatus::Pending;
        r.date = order.lastStatusChange;
        r.certificateId = 0;
        return r;
    }
    r.type = RequestType::NewRequest;
    r.status = order.requestStatus;
    if (r.status != RequestStatus::Pending) {
        r.dateProcessed = order.dateCreated + 1800;
        r.processorId = SandboxAccount::kFirstUserId;
        if (r.status == RequestStatus::Rejected)
            r.processorComment = order.status == Status::Canceled
                                     ? QStringLiteral("Canceled by the requester")
                                     : QStringLiteral("Not approved");
    }
    return r;
}

SandboxStore::OrderExtra &SandboxStore::extra(Order &order) {
    if (order.extra)
        return *order.extra;
    order.touched = true;
    auto extra = std::make_shared<OrderExtra>();
    const Product &p = product(order.product);
    extra->priceCents = qint64(p.pricePerYearCents) * order.validityYears;
    extra->orderValidity = QJsonObject{{QStringLiteral("years"), order.validityYears}};
    // The seeded primary certificate and request become real records.
    const qint64 index = order.id - kFirstOrderId;
    if (isSeededIndex(index)) {
        if (!m_certificates.count(order.certificateId))
            m_certificates.emplace(order.certificateId, seededCertificate(order));
        if (!m_requests.count(order.requestId))
            m_requests.emplace(order.requestId, seededRequest(order));
        extra->certificateIds.push_back(order.certificateId);
        extra->requestIds.push_back(order.requestId);
        // Seeded orders that got past validation have proven control of every name.
        if (order.status != Status::Pending && order.status != Status::WaitingPickup) {
            const auto targets = SandboxDcv::targets(order.dnsNames, extra->dcvScope);
            for (const QString &target : targets)
                extra->approvedTargets.insert(target);
        }
    }
    order.extra = extra;
    return *extra;
}

qint64 SandboxStore::priceCents(const Order &order) const {
    if (order.extra)
        return order.extra->priceCents;
    return qint64(product(order.product).pricePerYearCents) * order.validityYears;
}

SandboxStore::Certificate *SandboxStore::certificate(qint64 id) {
    const auto it = m_certificates.find(int(id));
    if (it != m_certificates.end())
        return &it->second;
    const qint64 index = id - kFirstCertificateId;
    if (!isSeededIndex(index))
        return nullptr;
    Order &order = m_orders[size_t(index)];
    if (order.certificateId != id)
        return nullptr;
    extra(order); // materializes the certificate
    const auto created = m_certificates.find(int(id));
    return created == m_certificates.end() ? nullptr : &created->second;
}

const SandboxStore::Certificate *SandboxStore::findCertificate(qint64 id) const {
    const auto it = m_certificates.find(int(id));
    return it == m_certificates.end() ? nullptr : &it->second;
}

SandboxStore::Certificate *SandboxStore::certificateBySerial(const QString &hex) {
    const QString wanted = hex.toUpper();
    for (auto &entry : m_certificates) {
        if (QString::fromLatin1(entry.second.serial.toHex()).toUpper() == wanted)
            return &entry.second;
    }
    if (m_seedSerials.isEmpty()) {
        m_seedSerials.reserve(m_seededCount);
        for (int i = 0; i < m_seededCount; ++i)
            m_seedSerials.insert(
                QString::fromLatin1(serialNumber(m_orders[size_t(i)]).toHex()).toUpper(), i);
    }
    const auto it = m_seedSerials.constFind(wanted);
    if (it == m_seedSerials.constEnd())
        return nullptr;
    return certificate(kFirstCertificateId + it.value());
}

SandboxStore::Certificate &SandboxStore::addCertificate(Certificate certificate) {
    certificate.id = m_nextCertificateId++;
    if (certificate.serial.isEmpty())
        certificate.serial = newSerial();
    const int id = certificate.id;
    return m_certificates.emplace(id, std::move(certificate)).first->second;
}

std::vector<SandboxStore::Certificate *> SandboxStore::certificatesOf(Order &order) {
    std::vector<Certificate *> list;
    for (const int id : extra(order).certificateIds) {
        if (Certificate *c = certificate(id))
            list.push_back(c);
    }
    return list;
}

SandboxStore::Request *SandboxStore::request(qint64 id) {
    const auto it = m_requests.find(int(id));
    if (it != m_requests.end())
        return &it->second;
    const qint64 index = id - kFirstRequestId;
    if (!isSeededIndex(index))
        return nullptr;
    Order &order = m_orders[size_t(index)];
    extra(order);
    const auto created = m_requests.find(int(id));
    return created == m_requests.end() ? nullptr : &created->second;
}

SandboxStore::Request &SandboxStore::addRequest(Request request) {
    request.id = m_nextRequestId++;
    const int id = request.id;
    return m_requests.emplace(id, std::move(request)).first->second;
}

std::vector<SandboxStore::Request *> SandboxStore::requestsOf(Order &order) {
    std::vector<Request *> list;
    for (const int id : extra(order).requestIds) {
        if (Request *r = request(id))
            list.push_back(r);
    }
    return list;
}

SandboxStore::Certificate SandboxStore::certificateView(const Order &order) const {
    const auto it = m_certificates.find(order.certificateId);
    if (it != m_certificates.end())
        return it->second;
    return seededCertificate(order);
}

std::vector<SandboxStore::Request> SandboxStore::requestsView(const Order &order) const {
    std::vector<Request> list;
    if (!order.extra) {
        list.push_back(seededRequest(order));
        return list;
    }
    for (const int id : order.extra->requestIds) {
        const auto it = m_requests.find(id);
        if (it != m_requests.end())
            list.push_back(it->second);
    }
    return list;
}

std::vector<SandboxStore::Request> SandboxStore::listRequests(const RequestQuery &query,
                                                              int *total) {
    // Seeded requests (one per seeded order) come first by id, then every later one; a
    // materialized seeded request replaces its derived form.
    std::vector<Request> page;
    int matched = 0;
    auto consider = [&](const Request &r) {
        if (query.status && r.status != *query.status)
            return;
        if (query.type && r.type != *query.type)
            return;
        if (query.requesterId && r.requesterId != query.requesterId)
            return;
        if (matched >= query.offset && matched < query.offset + query.limit)
            page.push_back(r);
        ++matched;
    };
    auto seeded = [&](int i) {
        const Order &order = m_orders[size_t(i)];
        const auto it = m_requests.find(order.requestId);
        if (it != m_requests.end()) {
            consider(it->second);
            return;
        }
        // Cheap checks first: most seeded requests are filtered out by status.
        if (query.status) {
            const RequestStatus derived = order.status == Status::ReissuePending
                                              ? RequestStatus::Pending
                                              : order.requestStatus;
            if (derived != *query.status)
                return;
        }
        if (query.requesterId && order.ownerUserId != query.requesterId)
            return;
        consider(seededRequest(order));
    };
    std::vector<const Request *> later;
    for (const auto &entry : m_requests) {
        if (entry.first >= kFirstRequestId + m_seededCount)
            later.push_back(&entry.second);
    }
    if (!query.descending) {
        for (int i = 0; i < m_seededCount; ++i)
            seeded(i);
        for (const Request *r : later)
            consider(*r);
    } else {
        for (auto it = later.rbegin(); it != later.rend(); ++it)
            consider(**it);
        for (int i = m_seededCount - 1; i >= 0; --i)
            seeded(i);
    }
    *total = matched;
    return page;
}

SandboxStore::CertificateStatus SandboxStore::effectiveStatus(const Certificate &c, qint64 now,
                                                              bool *expired) {
    *expired = c.status == CertificateStatus::Issued && c.validTill > 0 && c.validTill < now;
    return c.status;
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
        const int count = SandboxProducts::count();
        std::vector<qint64> rank(static_cast<size_t>(count), 0);
        std::vector<int> order(static_cast<size_t>(count), 0);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [](int a, int b) {
            return std::strcmp(SandboxProducts::at(a).nameId, SandboxProducts::at(b).nameId) < 0;
        });
        for (int i = 0; i < count; ++i)
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

    const bool filtering =
        query.status.has_value() || !query.search.isEmpty() || query.ownerUserId != 0;
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
        if (query.ownerUserId != 0 && order.ownerUserId != query.ownerUserId)
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

std::vector<const SandboxStore::Order *> SandboxStore::statusChangesWithin(int minutes,
                                                                           int ownerUserId) const {
    std::vector<const Order *> changed;
    const qint64 current = now();
    const qint64 from = current - qint64(minutes) * 60;
    for (const Order &order : m_orders) {
        if (ownerUserId != 0 && order.ownerUserId != ownerUserId)
            continue;
        if (order.lastStatusChange >= from && order.lastStatusChange <= current)
            changed.push_back(&order);
    }
    return changed;
}

std::vector<const SandboxStore::Order *>
SandboxStore::byAlternativeId(const QString &alternativeOrderId) const {
    std::vector<const Order *> found;
    for (const Order &order : m_orders) {
        if (!order.alternativeOrderId.isEmpty() && order.alternativeOrderId == alternativeOrderId)
            found.push_back(&order);
    }
    return found;
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

QByteArray SandboxStore::newSerial() {
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[0] = char((bytes.at(0) & 0x7f) | 0x01);
    return bytes;
}

namespace {

QJsonArray intArray(const std::vector<int> &values) {
    QJsonArray array;
    for (const int v : values)
        array.append(v);
    return array;
}

std::vector<int> intVector(const QJsonValue &value) {
    std::vector<int> values;
    for (const QJsonValue &v : value.toArray())
        values.push_back(v.toInt());
    return values;
}

qint64 int64(const QJsonObject &o, const char *key) {
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString bytes(const QByteArray &data) {
    return QString::fromLatin1(data.toBase64());
}

QByteArray unbytes(const QJsonValue &value) {
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

QJsonObject SandboxStore::save() const {
    QJsonArray orders;
    for (const Order &o : m_orders) {
        if (!o.touched)
            continue;
        QJsonObject json{{QStringLiteral("id"), o.id},
                         {QStringLiteral("certificate_id"), o.certificateId},
                         {QStringLiteral("request_id"), o.requestId},
                         {QStringLiteral("product"), int(o.product)},
                         {QStringLiteral("status"), int(o.status)},
                         {QStringLiteral("request_status"), int(o.requestStatus)},
                         {QStringLiteral("organization"), int(o.organization)},
                         {QStringLiteral("container"), int(o.container)},
                         {QStringLiteral("validity_years"), int(o.validityYears)},
                         {QStringLiteral("signature_hash"), int(o.signatureHash)},
                         {QStringLiteral("renewed"), o.renewed},
                         {QStringLiteral("key_size"), int(o.keySize)},
                         {QStringLiteral("owner"), o.ownerUserId},
                         {QStringLiteral("date_created"), o.dateCreated},
                         {QStringLiteral("certificate_created"), o.certificateCreated},
                         {QStringLiteral("last_status_change"), o.lastStatusChange},
                         {QStringLiteral("valid_from_day"), o.validFromDay},
                         {QStringLiteral("valid_till_day"), o.validTillDay},
                         {QStringLiteral("order_end_day"), o.orderEndDay},
                         {QStringLiteral("common_name"), o.commonName},
                         {QStringLiteral("dns_names"), QJsonArray::fromStringList(o.dnsNames)},
                         {QStringLiteral("alternative_order_id"), o.alternativeOrderId}};
        if (o.extra) {
            const OrderExtra &e = *o.extra;
            QStringList approved(e.approvedTargets.begin(), e.approvedTargets.end());
            std::sort(approved.begin(), approved.end());
            json.insert(
                QStringLiteral("extra"),
                QJsonObject{
                    {QStringLiteral("certificate_ids"), intArray(e.certificateIds)},
                    {QStringLiteral("request_ids"), intArray(e.requestIds)},
                    {QStringLiteral("csr"), e.csr},
                    {QStringLiteral("server_platform_id"), e.serverPlatformId},
                    {QStringLiteral("dcv_method"), e.dcvMethod},
                    {QStringLiteral("dcv_scope"), e.dcvScope},
                    {QStringLiteral("dcv_random_value"), e.dcvRandomValue},
                    {QStringLiteral("dcv_random_expires"), e.dcvRandomExpires},
                    {QStringLiteral("approved_targets"), QJsonArray::fromStringList(approved)},
                    {QStringLiteral("price_cents"), e.priceCents},
                    {QStringLiteral("payment_method"), e.paymentMethod},
                    {QStringLiteral("charged_cents"), e.chargedCents},
                    {QStringLiteral("order_validity"), e.orderValidity},
                    {QStringLiteral("cert_validity"), e.certValidity},
                    {QStringLiteral("cert_validity_days"), e.certValidityDays},
                    {QStringLiteral("cs_provisioning_method"), e.csProvisioningMethod},
                    {QStringLiteral("hardware_init_code"), e.hardwareInitCode},
                    {QStringLiteral("echo"), e.echo},
                    {QStringLiteral("cancel_note"), e.cancelNote}});
        }
        orders.append(json);
    }
    QJsonArray certificates;
    for (const auto &entry : m_certificates) {
        const Certificate &c = entry.second;
        certificates.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("order_id"), c.orderId},
                        {QStringLiteral("kind"), int(c.kind)},
                        {QStringLiteral("status"), int(c.status)},
                        {QStringLiteral("common_name"), c.commonName},
                        {QStringLiteral("dns_names"), QJsonArray::fromStringList(c.dnsNames)},
                        {QStringLiteral("csr"), c.csr},
                        {QStringLiteral("server_platform_id"), c.serverPlatformId},
                        {QStringLiteral("signature_hash"), int(c.signatureHash)},
                        {QStringLiteral("key_size"), c.keySize},
                        {QStringLiteral("date_created"), c.dateCreated},
                        {QStringLiteral("valid_from"), c.validFrom},
                        {QStringLiteral("valid_till"), c.validTill},
                        {QStringLiteral("serial"), bytes(c.serial)},
                        {QStringLiteral("der"), bytes(c.der)},
                        {QStringLiteral("thumbprint"), bytes(c.thumbprint)},
                        {QStringLiteral("date_revoked"), c.dateRevoked},
                        {QStringLiteral("revocation_reason"), c.revocationReason},
                        {QStringLiteral("revocation_date"), c.revocationDate},
                        {QStringLiteral("revocation_scheduled"), c.revocationScheduled},
                        {QStringLiteral("request_id"), c.requestId}});
    }
    QJsonArray requests;
    for (const auto &entry : m_requests) {
        const Request &r = entry.second;
        requests.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("type"), int(r.type)},
                                    {QStringLiteral("status"), int(r.status)},
                                    {QStringLiteral("order_id"), r.orderId},
                                    {QStringLiteral("certificate_id"), r.certificateId},
                                    {QStringLiteral("whole_order"), r.wholeOrder},
                                    {QStringLiteral("date"), r.date},
                                    {QStringLiteral("date_processed"), r.dateProcessed},
                                    {QStringLiteral("requester_id"), r.requesterId},
                                    {QStringLiteral("processor_id"), r.processorId},
                                    {QStringLiteral("comments"), r.comments},
                                    {QStringLiteral("processor_comment"), r.processorComment},
                                    {QStringLiteral("revocation_reason"), r.revocationReason},
                                    {QStringLiteral("revocation_date"), r.revocationDate}});
    }
    return {{QStringLiteral("seed"), qint64(m_seed)},
            {QStringLiteral("seeded_orders"), m_seededCount},
            {QStringLiteral("seed_date"), m_seedDate.toString(Qt::ISODate)},
            {QStringLiteral("next_certificate_id"), m_nextCertificateId},
            {QStringLiteral("next_request_id"), m_nextRequestId},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("organizations"), m_organizations.save()},
            {QStringLiteral("domains"), m_domains.save()},
            {QStringLiteral("finance"), m_finance.save()},
            {QStringLiteral("dcv_placed"), QJsonArray::fromStringList(m_dcv.placed())}};
}

bool SandboxStore::load(const QJsonObject &json, QString *error) {
    const QDate seedDate =
        QDate::fromString(json.value(QStringLiteral("seed_date")).toString(), Qt::ISODate);
    const int seeded = json.value(QStringLiteral("seeded_orders")).toInt(-1);
    if (!seedDate.isValid() || seeded < 0) {
        *error = QStringLiteral("the state file lacks seed_date or seeded_orders");
        return false;
    }
    seed(quint32(json.value(QStringLiteral("seed")).toDouble()), seeded, seedDate);

    QJsonArray savedOrders = json.value(QStringLiteral("orders")).toArray();
    std::vector<QJsonObject> sorted;
    for (const QJsonValue &v : savedOrders)
        sorted.push_back(v.toObject());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toInt() < b.value(QStringLiteral("id")).toInt();
    });
    for (const QJsonObject &o : sorted) {
        Order order;
        order.id = o.value(QStringLiteral("id")).toInt();
        order.certificateId = o.value(QStringLiteral("certificate_id")).toInt();
        order.requestId = o.value(QStringLiteral("request_id")).toInt();
        order.product = quint8(o.value(QStringLiteral("product")).toInt());
        order.status = Status(o.value(QStringLiteral("status")).toInt());
        order.requestStatus = RequestStatus(o.value(QStringLiteral("request_status")).toInt());
        order.organization = qint16(o.value(QStringLiteral("organization")).toInt(-1));
        order.container = quint8(o.value(QStringLiteral("container")).toInt());
        order.validityYears = quint8(o.value(QStringLiteral("validity_years")).toInt(1));
        order.signatureHash = quint8(o.value(QStringLiteral("signature_hash")).toInt());
        order.renewed = o.value(QStringLiteral("renewed")).toBool();
        order.keySize = quint16(o.value(QStringLiteral("key_size")).toInt(2048));
        order.ownerUserId = o.value(QStringLiteral("owner")).toInt(1001);
        order.dateCreated = int64(o, "date_created");
        order.certificateCreated = int64(o, "certificate_created");
        order.lastStatusChange = int64(o, "last_status_change");
        order.validFromDay = int64(o, "valid_from_day");
        order.validTillDay = int64(o, "valid_till_day");
        order.orderEndDay = int64(o, "order_end_day");
        order.commonName = o.value(QStringLiteral("common_name")).toString();
        for (const QJsonValue &n : o.value(QStringLiteral("dns_names")).toArray())
            order.dnsNames << n.toString();
        order.alternativeOrderId = o.value(QStringLiteral("alternative_order_id")).toString();
        order.touched = true;
        if (o.contains(QStringLiteral("extra"))) {
            const QJsonObject e = o.value(QStringLiteral("extra")).toObject();
            auto extra = std::make_shared<OrderExtra>();
            extra->certificateIds = intVector(e.value(QStringLiteral("certificate_ids")));
            extra->requestIds = intVector(e.value(QStringLiteral("request_ids")));
            extra->csr = e.value(QStringLiteral("csr")).toString();
            extra->serverPlatformId = e.value(QStringLiteral("server_platform_id")).toInt(-1);
            extra->dcvMethod = e.value(QStringLiteral("dcv_method")).toString();
            extra->dcvScope = e.value(QStringLiteral("dcv_scope")).toString();
            extra->dcvRandomValue = e.value(QStringLiteral("dcv_random_value")).toString();
            extra->dcvRandomExpires = int64(e, "dcv_random_expires");
            for (const QJsonValue &t : e.value(QStringLiteral("approved_targets")).toArray())
                extra->approvedTargets.insert(t.toString());
            extra->priceCents = int64(e, "price_cents");
            extra->paymentMethod = e.value(QStringLiteral("payment_method")).toString();
            extra->chargedCents = int64(e, "charged_cents");
            extra->orderValidity = e.value(QStringLiteral("order_validity")).toObject();
            extra->certValidity = e.value(QStringLiteral("cert_validity")).toObject();
            extra->certValidityDays = e.value(QStringLiteral("cert_validity_days")).toInt();
            extra->csProvisioningMethod =
                e.value(QStringLiteral("cs_provisioning_method")).toString();
            extra->hardwareInitCode = e.value(QStringLiteral("hardware_init_code")).toString();
            extra->echo = e.value(QStringLiteral("echo")).toObject();
            extra->cancelNote = e.value(QStringLiteral("cancel_note")).toString();
            order.extra = extra;
        }
        const qint64 index = order.id - kFirstOrderId;
        if (index >= 0 && index < qint64(m_orders.size())) {
            m_orders[size_t(index)] = order;
        } else if (index == qint64(m_orders.size())) {
            m_orders.push_back(order);
        } else {
            *error = QStringLiteral("the state file skips order ids before %1").arg(order.id);
            return false;
        }
    }
    for (const QJsonValue &v : json.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject o = v.toObject();
        Certificate c;
        c.id = o.value(QStringLiteral("id")).toInt();
        c.orderId = o.value(QStringLiteral("order_id")).toInt();
        c.kind = CertificateKind(o.value(QStringLiteral("kind")).toInt());
        c.status = CertificateStatus(o.value(QStringLiteral("status")).toInt());
        c.commonName = o.value(QStringLiteral("common_name")).toString();
        for (const QJsonValue &n : o.value(QStringLiteral("dns_names")).toArray())
            c.dnsNames << n.toString();
        c.csr = o.value(QStringLiteral("csr")).toString();
        c.serverPlatformId = o.value(QStringLiteral("server_platform_id")).toInt(-1);
        c.signatureHash = quint8(o.value(QStringLiteral("signature_hash")).toInt());
        c.keySize = o.value(QStringLiteral("key_size")).toInt(2048);
        c.dateCreated = int64(o, "date_created");
        c.validFrom = int64(o, "valid_from");
        c.validTill = int64(o, "valid_till");
        c.serial = unbytes(o.value(QStringLiteral("serial")));
        c.der = unbytes(o.value(QStringLiteral("der")));
        c.thumbprint = unbytes(o.value(QStringLiteral("thumbprint")));
        c.dateRevoked = int64(o, "date_revoked");
        c.revocationReason = o.value(QStringLiteral("revocation_reason")).toString();
        c.revocationDate = int64(o, "revocation_date");
        c.revocationScheduled = int64(o, "revocation_scheduled");
        c.requestId = o.value(QStringLiteral("request_id")).toInt();
        m_certificates[c.id] = c;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject o = v.toObject();
        Request r;
        r.id = o.value(QStringLiteral("id")).toInt();
        r.type = RequestType(o.value(QStringLiteral("type")).toInt());
        r.status = RequestStatus(o.value(QStringLiteral("status")).toInt());
        r.orderId = o.value(QStringLiteral("order_id")).toInt();
        r.certificateId = o.value(QStringLiteral("certificate_id")).toInt();
        r.wholeOrder = o.value(QStringLiteral("whole_order")).toBool();
        r.date = int64(o, "date");
        r.dateProcessed = int64(o, "date_processed");
        r.requesterId = o.value(QStringLiteral("requester_id")).toInt();
        r.processorId = o.value(QStringLiteral("processor_id")).toInt();
        r.comments = o.value(QStringLiteral("comments")).toString();
        r.processorComment = o.value(QStringLiteral("processor_comment")).toString();
        r.revocationReason = o.value(QStringLiteral("revocation_reason")).toString();
        r.revocationDate = int64(o, "revocation_date");
        m_requests[r.id] = r;
    }
    if (!m_organizations.load(json.value(QStringLiteral("organizations")).toObject(), error) ||
        !m_domains.load(json.value(QStringLiteral("domains")).toObject(), error) ||
        !m_finance.load(json.value(QStringLiteral("finance")).toObject(), error))
        return false;
    for (const QJsonValue &v : json.value(QStringLiteral("dcv_placed")).toArray())
        m_dcv.place(v.toString());
    m_nextCertificateId =
        json.value(QStringLiteral("next_certificate_id")).toInt(m_nextCertificateId);
    m_nextRequestId = json.value(QStringLiteral("next_request_id")).toInt(m_nextRequestId);
    invalidateCaches();
    return true;
}
