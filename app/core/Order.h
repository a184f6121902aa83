#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class FastJsonValue;

// A request recorded on an order (new order, reissue, duplicate, revoke).
struct OrderRequest {
    qint64 id = 0;
    QDateTime date;
    QString type;
    QString status;
    QString comments;
};

// One certificate order as List orders or Order info describe it. Fields the API did not send
// stay empty (strings), invalid (dates) or -1 (numbers that can be 0).
struct Order {
    qint64 id = 0;
    qint64 certificateId = 0;
    QString commonName;
    QStringList dnsNames;
    QString status;
    QString productNameId;
    QString productName;
    QString productType;
    QString validationType;
    qint64 organizationId = 0;
    QString organizationName;
    qint64 containerId = 0;
    QString containerName;
    QDateTime dateCreated;
    QDate validFrom;
    QDate validTill;
    int daysRemaining = -1;
    QString alternativeOrderId;
    QString serialNumber;
    QString thumbprint;
    int keySize = 0;
    QString signatureHash;
    QString serverPlatform;
    int orderValidityYears = 0;
    QString price; // decimal string
    QString currency;
    QString paymentMethod;
    QString requesterName;
    QString requesterEmail;
    int autoRenew = -1; // -1 unknown, 0 off, else the number of renewals left (1 for "on")
    QList<OrderRequest> requests;

    // Reads one order object. Returns false (and says why) only when it has no usable id.
    static bool fromJson(const QJsonObject &object, Order *out, QString *error = nullptr);
    // The same from a document parsed by simdjson (OrderBatch's fast path).
    static bool fromJson(const FastJsonValue &object, Order *out, QString *error = nullptr);
    // The names on the certificate: the common name first, then the other SANs, no duplicates.
    QStringList allNames() const;
    // Names other than the common name.
    int sanCount() const;
};

Q_DECLARE_METATYPE(Order)
