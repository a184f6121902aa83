#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxOrderListing.h"
#include "sandbox/SandboxOrderSeeder.h"
#include "sandbox/SandboxSeededRecords.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

// Indexed by SandboxStore::Status.
const char *const kStatusNames[] = {"pending",  "issued",   "revoked",         "expired",
                                    "rejected", "canceled", "reissue_pending", "waiting_pickup"};

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
    m_orders = SandboxOrderSeeder::generate(seed, orderCount, m_seedNow, m_organizations);
    m_finance.seed(m_seedNow, seededSales());
    m_seededCount = orderCount;
    m_nextCertificateId = kFirstCertificateId + orderCount;
    m_nextRequestId = kFirstRequestId + orderCount;
}

std::vector<SandboxFinance::SeededSale> SandboxStore::seededSales() const {
    // The balance history shows a few recent sales per container, not one per seeded order:
    // the newest issued orders of the last four months, at most three per container.
    constexpr size_t kPerContainer = 3;
    constexpr qint64 kWindow = 120 * SandboxClock::kDay;
    std::vector<std::vector<const Order *>> newest(SandboxAccount::containers().size());
    for (const Order &order : m_orders) {
        if (order.status != Status::Issued || order.dateCreated < m_seedNow - kWindow ||
            order.container >= newest.size())
            continue;
        std::vector<const Order *> &list = newest[order.container];
        list.push_back(&order);
        std::sort(list.begin(), list.end(),
                  [](const Order *a, const Order *b) { return a->dateCreated > b->dateCreated; });
        if (list.size() > kPerContainer)
            list.pop_back();
    }
    std::vector<SandboxFinance::SeededSale> sales;
    for (size_t i = 0; i < newest.size(); ++i) {
        for (const Order *order : newest[i])
            sales.push_back({SandboxAccount::containers()[i].id, order->id, order->dateCreated,
                             priceCents(*order)});
    }
    return sales;
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
            m_certificates.emplace(order.certificateId,
                                   SandboxSeededRecords::certificate(m_seed, order));
        if (!m_requests.count(order.requestId))
            m_requests.emplace(order.requestId, SandboxSeededRecords::request(order));
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
    return SandboxSeededRecords::certificate(m_seed, order);
}

std::vector<SandboxStore::Request> SandboxStore::requestsView(const Order &order) const {
    std::vector<Request> list;
    if (!order.extra) {
        list.push_back(SandboxSeededRecords::request(order));
        return list;
    }
    for (const int id : order.extra->requestIds) {
        const auto it = m_requests.find(id);
        if (it != m_requests.end())
            list.push_back(it->second);
    }
    return list;
}

bool SandboxStore::requestMatches(const Request &r, const RequestQuery &query) {
    if (query.status && r.status != *query.status)
        return false;
    if (query.type && r.type != *query.type)
        return false;
    return !query.requesterId || r.requesterId == query.requesterId;
}

std::optional<SandboxStore::Request>
SandboxStore::seededRequestFor(int index, const RequestQuery &query) const {
    const Order &order = m_orders[size_t(index)];
    const auto it = m_requests.find(order.requestId);
    if (it != m_requests.end())
        return it->second;
    // Cheap checks first: most seeded requests are filtered out by status.
    if (query.status) {
        const RequestStatus derived =
            order.status == Status::ReissuePending ? RequestStatus::Pending : order.requestStatus;
        if (derived != *query.status)
            return std::nullopt;
    }
    if (query.requesterId && order.ownerUserId != query.requesterId)
        return std::nullopt;
    return SandboxSeededRecords::request(order);
}

std::vector<SandboxStore::Request> SandboxStore::listRequests(const RequestQuery &query,
                                                              int *total) {
    // Seeded requests (one per seeded order) come first by id, then every later one; a
    // materialized seeded request replaces its derived form.
    std::vector<Request> page;
    int matched = 0;
    auto consider = [&](const Request &r) {
        if (!requestMatches(r, query))
            return;
        if (matched >= query.offset && matched < query.offset + query.limit)
            page.push_back(r);
        ++matched;
    };
    auto seeded = [&](int i) {
        if (const auto request = seededRequestFor(i, query))
            consider(*request);
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
    if (cache.size() != m_orders.size())
        cache = SandboxOrderListing::sortedIndexes(m_orders, key, descending);
    return cache;
}

bool SandboxStore::showsValidTill(const Order &order) {
    const bool shows = order.status == Status::Issued || order.status == Status::Expired ||
                       order.status == Status::Revoked || order.status == Status::ReissuePending;
    return shows && order.validTillDay > 0;
}

SandboxStore::ListResult SandboxStore::list(const ListQuery &query) {
    return SandboxOrderListing::page(m_orders, sortedIndexes(query.sort, query.descending), query);
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

QByteArray SandboxStore::serialNumber(const Order &order) const {
    return SandboxSeededRecords::serialNumber(m_seed, order);
}

QByteArray SandboxStore::thumbprint(const Order &order) const {
    return SandboxSeededRecords::thumbprint(m_seed, order);
}

QByteArray SandboxStore::newSerial() {
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[0] = char((bytes.at(0) & 0x7f) | 0x01);
    return bytes;
}
