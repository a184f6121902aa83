#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

// A request waiting for (or given) an approver's decision: GET request and GET request/{id}
// (decisions.md "pending requests"). It names the work (a new order, a reissue, a duplicate or
// a revocation), who asked and, once processed, who decided. Decoding is lenient: a missing or
// odd field stays empty; only an entry without a positive id is refused.
struct ApprovalRequest {
    Q_DECLARE_TR_FUNCTIONS(ApprovalRequest)

public:
    struct Person {
        qint64 id = 0;
        QString firstName;
        QString lastName;
        QString email;
        // "Ada Admin", else the e-mail, else "user 1001", else empty.
        QString displayName() const;
    };

    qint64 id = 0;
    QString type;   // new_request, reissue, duplicate, revoke (others kept as sent)
    QString status; // pending, submitted, approved, rejected
    QDateTime date;
    Person requester;
    QString comments; // the requester's
    QDateTime dateProcessed;
    Person processor;
    QString processorComment;
    // Revocations only.
    QString revocationReason;
    QString scope; // certificate or order

    // The order the request belongs to.
    qint64 orderId = 0;
    QString orderStatus;
    QString price; // decimal string, see Money
    qint64 containerId = 0;
    QString containerName;
    qint64 organizationId = 0;
    QString organizationName;
    QString productNameId;
    QString productName;
    QString productType;
    // The certificate the request is about (the new one, or the one to revoke).
    qint64 certificateId = 0;
    QString commonName;
    QStringList dnsNames;
    QString signatureHash;
    qint64 serverPlatformId = 0;
    QString serverPlatformName;
    QString csr; // GET request/{id} only

    static QStringList types();
    static QStringList statuses();
    // pending and submitted requests wait for a decision.
    bool isPending() const;
    // "new order", "reissue", "duplicate", "revocation", or the type as sent.
    static QString typeLabel(const QString &type);
    // One list entry or the GET request/{id} body; false for an entry without a positive id.
    static bool fromJson(const QJsonObject &json, ApprovalRequest *out);
    // GET request/{id}: false, with a reason, when the body is not an object with an id.
    static bool fromJson(const QByteArray &body, ApprovalRequest *out, QString *error);
};

// One page of GET request: entries that are not objects or have no id are skipped and counted.
struct ApprovalRequestBatch {
    QList<ApprovalRequest> requests;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0;

    static bool fromJson(const QByteArray &body, ApprovalRequestBatch *out, QString *error);
};

Q_DECLARE_METATYPE(ApprovalRequest)
Q_DECLARE_METATYPE(ApprovalRequestBatch)
