#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

// The sandbox account: users, containers, organizations, products and seeded orders, plus the
// queries the API routes need. Same seed, count and date give the same data, byte for byte.
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

    enum class RequestStatus : quint8 { Pending, Approved, Rejected };

    enum class SortKey : quint8 { Id, DateCreated, ValidTill, CommonName, Status, ProductNameId };
    static constexpr int kSortKeyCount = 6;

    struct Product {
        const char *nameId;
        const char *name;
        const char *type;
        const char *validationType;
        int pricePerYearCents;
        bool domainValidated;
        bool wildcard;
        bool codeSigning;
        int weight;
    };

    struct Container {
        int id = 0;
        QString name;
        int parentId = 0;
    };

    struct Organization {
        int id = 0;
        QString name;
        QString city;
        QString state;
        QString country;
        QString telephone;
        int container = 0;   // index into containers()
        QStringList domains; // ACE (punycode) form; the first one is plain ASCII
    };

    struct User {
        int id = 0;
        QString username;
        QString firstName;
        QString lastName;
        QString email;
        QString jobTitle;
        QString telephone;
    };

    struct Order {
        int id = 0;
        int certificateId = 0;
        int requestId = 0;
        quint8 product = 0;
        Status status = Status::Pending;
        RequestStatus requestStatus = RequestStatus::Pending;
        qint16 organization = -1; // index into organizations(); -1 for DV products
        quint8 container = 0;     // index into containers()
        quint8 validityYears = 1;
        quint8 signatureHash = 0; // index into signatureHashName()
        bool renewed = false;
        quint16 keySize = 2048;
        qint64 dateCreated = 0;        // seconds since the epoch, UTC
        qint64 certificateCreated = 0; // seconds since the epoch, UTC
        qint64 lastStatusChange = 0;   // seconds since the epoch, UTC
        qint64 validFromDay = 0;       // Julian day; 0 when never issued
        qint64 validTillDay = 0;       // Julian day; 0 when the order shows no end date
        QString commonName;
        QStringList dnsNames; // empty for code signing
        QString alternativeOrderId;
    };

    struct ListQuery {
        int limit = 1000;
        int offset = 0;
        std::optional<Status> status;
        QString search;
        SortKey sort = SortKey::Id;
        bool descending = false;
    };

    struct ListResult {
        std::vector<const Order *> orders; // the requested page only
        int total = 0;                     // matches before paging
    };

    // Replaces all data. today fixes "now" at 12:00:00 UTC of that date.
    void seed(quint32 seed, int orderCount, const QDate &today);

    QDate today() const { return m_today; }
    qint64 nowSeconds() const { return m_nowSeconds; }
    qint64 todayJulianDay() const { return m_today.toJulianDay(); }

    const std::vector<Order> &orders() const { return m_orders; }
    const Order *findOrder(qint64 orderId) const;
    ListResult list(const ListQuery &query);
    // Orders whose status last changed within [now - minutes, now], by order id.
    std::vector<const Order *> statusChangesWithin(int minutes) const;

    static const Product &product(int index);
    const Organization &organization(int index) const { return m_organizations.at(index); }
    const Container &container(int index) const { return m_containers.at(index); }
    // Administrator i (0-based) for API key i; generated past the named ones.
    User administrator(int index) const;
    const Container &rootContainer() const { return m_containers.front(); }
    int accountId() const { return 5150001; }

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    static QString requestStatusName(RequestStatus status);
    static QString signatureHashName(int index);
    static bool sortKeyFromName(const QString &name, SortKey *key, bool *descending);
    static QStringList sortKeyNames();
    static QStringList statusNames();

    // Stable per order and seed: 16 bytes for the serial number, 20 for the thumbprint.
    QByteArray serialNumber(const Order &order) const;
    QByteArray thumbprint(const Order &order) const;

    static QString formatDay(qint64 julianDay);
    static QString formatDateTime(qint64 secondsSinceEpoch);

private:
    const std::vector<int> &sortedIndexes(SortKey key, bool descending);
    static bool matchesSearch(const Order &order, const QString &needle, qint64 numericId);
    QByteArray derivedBytes(const Order &order, quint64 salt, int size) const;

    quint32 m_seed = 1;
    QDate m_today;
    qint64 m_nowSeconds = 0;
    std::vector<Container> m_containers;
    std::vector<Organization> m_organizations;
    std::vector<Order> m_orders;
    // Lazily built: order indexes sorted by key, ascending [0] and descending [1].
    std::array<std::array<std::vector<int>, 2>, kSortKeyCount> m_sortCache;
};
