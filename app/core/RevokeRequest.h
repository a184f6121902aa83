#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// A revocation (decisions.md): one certificate by id or serial number (PUT
// certificate/{id or serial}/revoke) or every certificate on an order (PUT
// order/certificate/{order_id}/revoke; certcentral-docs.md 5.5 and 5.6), with revocation_reason
// in the documented camel case, comments and skip_approval. The API has no field for when a key
// was compromised: for keyCompromise that instant goes as the first line of comments,
// "Key compromise date: 2024-01-09T14:30:00Z" (decisions.md). validate() names the field and
// what is allowed before anything is sent.
struct RevokeRequest {
    Q_DECLARE_TR_FUNCTIONS(RevokeRequest)

public:
    enum class Scope { Certificate, SerialNumber, Order };

    Scope scope = Scope::Certificate;
    qint64 certificateId = 0; // Scope::Certificate
    QString serialNumber;     // Scope::SerialNumber: hex, colons and spaces allowed
    qint64 orderId = 0;       // Scope::Order
    QString reason = QStringLiteral("unspecified");
    QString comments;
    bool skipApproval = false; // administrators only
    // When the key was compromised; keyCompromise only. Sent in UTC in the comments.
    QDateTime compromisedAt;
    // Context, not sent: the earliest allowed compromise instant, the certificate's issue date
    // (for an order, the most recent issue date of its certificates). Invalid when unknown;
    // CertCentral checks it anyway.
    QDateTime earliestAllowed;

    static constexpr int kMaxComments = 1024;
    static QStringList reasons();
    // A reason as a user may type it (key_compromise, Key-Compromise) as documented
    // (keyCompromise); text that is no reason comes back trimmed, for validate() to refuse.
    static QString reasonFromInput(const QString &text);
    // 2024-01-09T14:30:00Z, whatever the zone of the value.
    static QString formatDate(const QDateTime &dateTime);
    // "Key compromise date: 2024-01-09T14:30:00Z"
    static QString compromiseLine(const QDateTime &dateTime);
    // The comments as sent: the compromise line first when there is a date, then the user's.
    QString commentsSent() const;
    // The earliest compromise instant for a whole order: the most recent of its certificates'
    // issue dates (invalid ones ignored).
    static QDateTime earliestForOrder(const QList<QDateTime> &issueDates);
    // The serial number as sent: upper-case hex without separators.
    QString normalizedSerial() const;
    // certificate/{id}/revoke, certificate/{serial}/revoke or order/certificate/{id}/revoke.
    QString path() const;
    // Empty when the revocation can be sent, else the message with *field set. now: the
    // current time when invalid.
    QString validate(QString *field = nullptr, const QDateTime &now = {}) const;
    QByteArray toJson() const;
};
