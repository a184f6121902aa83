#pragma once

#include "sandbox/SandboxSearch.h"

#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCustomFields.h"
#include "sandbox/SandboxDcv.h"
#include "sandbox/SandboxDomains.h"
#include "sandbox/SandboxFinance.h"
#include "sandbox/SandboxOrganizations.h"
#include "sandbox/SandboxProducts.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

// The sandbox account's data: seeded and new orders with their certificates and requests, and
// the organizations, domains and finance parts. Same seed, count and date give the same data,
// byte for byte. Seeded orders are compact; the first write to one "materializes" its
// certificate, request and DCV state, so seeding 200,000 orders stays fast.
class SandboxStore {
public:
    enum class Status : quint8 {
        Pending,
        Issued,
        Revoked,
        Expired,
        Rejected,
        Canceled,
        ReissuePending,
        WaitingPickup,
    };
    static constexpr int kStatusCount = 8;

    enum class RequestStatus : quint8 { Pending, Submitted, Approved, Rejected };
    enum class RequestType : quint8 { NewRequest, Reissue, Duplicate, Revoke };
    enum class CertificateKind : quint8 { Primary, Reissue, Duplicate };
    enum class CertificateStatus : quint8 { Pending, Issued, Revoked, Rejected };

    enum class SortKey : quint8 { Id, DateCreated, ValidTill, CommonName, Status, ProductNameId };
    static constexpr int kSortKeyCount = 6;

    static constexpr int kFirstOrderId = 100001;
    static constexpr int kFirstCertificateId = 200001;
    static constexpr int kFirstRequestId = 400001;

    using Product = SandboxProducts::Product;
    using Organization = SandboxOrganizations::Organization;

    // Everything an order has beyond the compact seeded record.
    struct OrderExtra {
        std::vector<int> certificateIds; // primary, reissues and duplicates, oldest first
        std::vector<int> requestIds;
        QString csr;
        int serverPlatformId = -1;
        QString dcvMethod = QStringLiteral("email");
        QString dcvScope = QStringLiteral("base_domain");
        QString dcvRandomValue;
        qint64 dcvRandomExpires = 0;
        QSet<QString> approvedTargets; // names whose control has been proven for this order
        qint64 priceCents = 0;
        QString paymentMethod = QStringLiteral("balance");
        qint64 chargedCents = 0;   // taken from the balance; refunded on cancel or reject
        QJsonObject orderValidity; // as requested: {"years":1}, {"days":90}, ...
        QJsonObject certValidity;
        int certValidityDays = 0; // first certificate; 0 = default
        QString csProvisioningMethod;
        QString hardwareInitCode;
        QJsonObject echo; // other request fields shown again in order info
        QString cancelNote;
    };

    struct Order {
        int id = 0;
        int certificateId = 0; // the current certificate
        int requestId = 0;     // the seeded request (new_request)
        quint8 product = 0;
        Status status = Status::Pending;
        RequestStatus requestStatus = RequestStatus::Pending;
        qint16 organization = -1; // index into organizations(); -1 for DV products
        quint8 container = 0;     // index into SandboxAccount::containers()
        quint8 validityYears = 1;
        quint8 signatureHash = 0; // index into signatureHashName()
        bool renewed = false;
        bool touched = false; // differs from what the seed made
        quint16 keySize = 2048;
        int ownerUserId = 1001;
        qint64 dateCreated = 0;        // seconds since the epoch, UTC
        qint64 certificateCreated = 0; // seconds since the epoch, UTC
        qint64 lastStatusChange = 0;   // seconds since the epoch, UTC
        qint64 validFromDay = 0;       // Julian day; 0 when never issued
        qint64 validTillDay = 0;       // Julian day; 0 when the order shows no end date
        qint64 orderEndDay = 0;        // Julian day the plan ends; 0 before the first issue
        QString commonName;
        QStringList dnsNames; // empty for code signing
        QString alternativeOrderId;
        std::shared_ptr<OrderExtra> extra; // null until materialized
    };

    struct Certificate {
        int id = 0;
        int orderId = 0;
        CertificateKind kind = CertificateKind::Primary;
        CertificateStatus status = CertificateStatus::Pending;
        QString commonName;
        QStringList dnsNames;
        QString csr; // PEM; empty when the sandbox's seed key is used
        int serverPlatformId = -1;
        quint8 signatureHash = 0;
        int keySize = 2048;
        qint64 dateCreated = 0;
        qint64 validFrom = 0; // seconds; 0 until issued
        qint64 validTill = 0;
        QByteArray serial;     // big-endian bytes
        QByteArray der;        // the X.509 certificate once rendered
        QByteArray thumbprint; // SHA-1 of der once rendered, else derived
        qint64 dateRevoked = 0;
        QString revocationReason;
        qint64 revocationScheduled = 0; // "revocation pending" after a reissue removed names
        int requestId = 0;
    };

    struct Request {
        int id = 0;
        RequestType type = RequestType::NewRequest;
        RequestStatus status = RequestStatus::Pending;
        int orderId = 0;
        int certificateId = 0;   // new_request/reissue/duplicate: the new one; revoke: the target
        bool wholeOrder = false; // revoke of every certificate on the order
        qint64 date = 0;
        qint64 dateProcessed = 0;
        int requesterId = 0;
        int processorId = 0;
        QString comments;
        QString processorComment;
        QString revocationReason;
    };

    struct ListQuery {
        int limit = 1000;
        int offset = 0;
        std::optional<Status> status;
        QString search;
        SortKey sort = SortKey::Id;
        bool descending = false;
        int ownerUserId = 0; // 0: every order
        // Indexes as stored on Order; unset: any. kNoMatch: a filter no order can meet.
        std::optional<int> product;
        std::optional<int> organization;
        std::optional<int> container;
        qint64 validTillFrom = 0; // Julian days, inclusive; 0: open
        qint64 validTillTo = 0;
        bool validTillFilter = false; // orders without a valid_till never match it
    };
    static constexpr int kNoMatch = -1000;

    struct ListResult {
        std::vector<const Order *> orders; // the requested page only
        int total = 0;                     // matches before paging
    };

    struct RequestQuery {
        int limit = 1000;
        int offset = 0;
        std::optional<RequestStatus> status;
        std::optional<RequestType> type;
        int requesterId = 0; // 0: every requester
        bool descending = false;
    };

    // Replaces all data. today fixes the seed's "now" at 12:00:00 UTC of that date.
    void seed(quint32 seed, int orderCount, const QDate &today);
    // Starts the clock at 12:00:00 UTC of today (seed() does this too).
    void startClock(const QDate &today) { m_clock.start(today); }

    quint32 seedValue() const { return m_seed; }
    int seededOrderCount() const { return m_seededCount; }
    QDate seedDate() const { return m_seedDate; }
    SandboxClock &clock() { return m_clock; }
    qint64 now() const { return m_clock.now(); }
    qint64 todayJulianDay() const { return m_clock.todayJulianDay(); }

    // Orders.
    const std::vector<Order> &orders() const { return m_orders; }
    const Order *findOrder(qint64 orderId) const;
    // For changes: marks the order touched and drops the sort caches.
    Order *editOrder(qint64 orderId);
    Order &addOrder(Order order);
    OrderExtra &extra(Order &order); // materializes a seeded order
    void setStatus(Order &order, Status status);
    ListResult list(const ListQuery &query);
    // Orders whose status last changed within [now - minutes, now], by order id.
    std::vector<const Order *> statusChangesWithin(int minutes, int ownerUserId) const;
    std::vector<const Order *> byAlternativeId(const QString &alternativeOrderId) const;
    qint64 priceCents(const Order &order) const;

    // Certificates and requests (seeded ones are materialized on first access).
    Certificate *certificate(qint64 id);
    // Only certificates that are already records (never materializes).
    const Certificate *findCertificate(qint64 id) const;
    Certificate *certificateBySerial(const QString &hex);
    Certificate &addCertificate(Certificate certificate);
    std::vector<Certificate *> certificatesOf(Order &order);
    Request *request(qint64 id);
    Request &addRequest(Request request);
    std::vector<Request *> requestsOf(Order &order);
    // Read-only views that never materialize: the order's current certificate and requests.
    Certificate certificateView(const Order &order) const;
    std::vector<Request> requestsView(const Order &order) const;
    // One page of requests, oldest first unless descending; total counts all matches.
    std::vector<Request> listRequests(const RequestQuery &query, int *total);
    static CertificateStatus effectiveStatus(const Certificate &c, qint64 now, bool *expired);

    // The other parts of the account.
    SandboxOrganizations &organizations() { return m_organizations; }
    const SandboxOrganizations &organizations() const { return m_organizations; }
    SandboxDomains &domains() { return m_domains; }
    SandboxFinance &finance() { return m_finance; }
    SandboxDcv &dcv() { return m_dcv; }
    SandboxCustomFields &customFields() { return m_customFields; }
    const SandboxCustomFields &customFields() const { return m_customFields; }

    static const Product &product(int index) { return SandboxProducts::at(index); }
    // Whether lists and order info show valid_till and days_remaining for the order.
    static bool showsValidTill(const Order &order);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    static QString requestStatusName(RequestStatus status);
    static std::optional<RequestStatus> requestStatusFromName(const QString &name);
    static QString requestTypeName(RequestType type);
    static std::optional<RequestType> requestTypeFromName(const QString &name);
    static QString certificateStatusName(CertificateStatus status);
    static QString signatureHashName(int index);
    static int signatureHashIndex(const QString &name); // -1 when unknown
    static bool sortKeyFromName(const QString &name, SortKey *key, bool *descending);
    static QStringList sortKeyNames();
    static QStringList statusNames();

    // Stable per order and seed: 16 bytes for the serial number, 20 for the thumbprint.
    QByteArray serialNumber(const Order &order) const;
    QByteArray thumbprint(const Order &order) const;
    // A fresh 16-byte positive serial for a new certificate.
    static QByteArray newSerial();

    static QString formatDay(qint64 julianDay) { return SandboxClock::formatDay(julianDay); }
    static QString formatDateTime(qint64 seconds) { return SandboxClock::formatDateTime(seconds); }

private:
    // Reads and writes the private parts for --state-file.
    friend class SandboxStateFile;

    const std::vector<int> &sortedIndexes(SortKey key, bool descending);
    void invalidateCaches();
    static bool requestMatches(const Request &r, const RequestQuery &query);
    // The seeded order's request, materialized or derived, unless the query's cheap checks
    // rule it out.
    std::optional<Request> seededRequestFor(int index, const RequestQuery &query) const;
    // The few seeded orders the seeded balance history charged.
    std::vector<SandboxFinance::SeededSale> seededSales() const;
    bool isSeededIndex(qint64 index) const { return index >= 0 && index < m_seededCount; }

    quint32 m_seed = 1;
    int m_seededCount = 0;
    QDate m_seedDate;
    qint64 m_seedNow = 0;
    SandboxClock m_clock;
    std::vector<Order> m_orders;
    std::unordered_map<int, Certificate> m_certificates;
    std::map<int, Request> m_requests;
    int m_nextCertificateId = kFirstCertificateId;
    int m_nextRequestId = kFirstRequestId;
    QHash<QString, int> m_seedSerials; // upper-case hex -> seeded order index, built lazily
    SandboxOrganizations m_organizations;
    SandboxDomains m_domains;
    SandboxFinance m_finance;
    SandboxDcv m_dcv;
    SandboxCustomFields m_customFields;
    // Lazily built: order indexes sorted by key, ascending [0] and descending [1].
    std::array<std::array<std::vector<int>, 2>, kSortKeyCount> m_sortCache;
};
