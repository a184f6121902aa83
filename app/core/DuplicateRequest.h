#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

// A duplicate of an issued order's certificate (POST order/certificate/{order_id}/duplicate):
// the certificate object and a root custom_expiration_date as yyyy-MM-dd (decisions.md). A
// duplicate uses only the order's names. validate() names the API field and what is allowed.
struct DuplicateRequest {
    Q_DECLARE_TR_FUNCTIONS(DuplicateRequest)

public:
    // Which limit decides the latest end date of a duplicate.
    enum class Bound { OrderEnd, PlanEnd, MaxValidity };
    struct Latest {
        QDate date;
        Bound bound = Bound::MaxValidity;
    };

    qint64 orderId = 0;
    QString commonName;
    QStringList dnsNames; // besides the common name
    QByteArray csr;
    std::optional<int> serverPlatformId; // unset: not sent
    QString signatureHash = QStringLiteral("sha256");
    QDate customExpirationDate; // invalid: the duplicate ends with the certificate it copies
    QString comments;
    bool skipApproval = false;
    // Context, not sent: the order's names (a duplicate may use no others) and its end dates.
    QStringList orderNames;
    QDate orderEnd;
    QDate planEnd; // invalid when unknown

    static constexpr int kMaxComments = 1024;
    // The latest allowed end: the earliest of the order's end, the plan's end (when given) and
    // the issue day + TlsLimits::maxCertificateDays (199 days from 24 February 2026). On a tie
    // the first of that list is named.
    static Latest latestExpiration(const QDate &issueDay, const QDate &orderEnd,
                                   const QDate &planEnd = {});
    static QString boundName(Bound bound);
    QStringList allNames() const;
    // Empty when the duplicate can be sent, else the message with *field set (the API's
    // path). today is the issue day (the current date when invalid).
    QString validate(QString *field = nullptr, const QDate &today = {}) const;
    QByteArray toJson() const;
};
