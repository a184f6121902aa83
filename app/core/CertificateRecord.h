#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

// One certificate of an order's history: a reissue or a duplicate (GET order/certificate/{id}/
// reissue or duplicate).
struct CertificateRecord {
    enum class Kind { Reissue, Duplicate };

    Kind kind = Kind::Reissue;
    qint64 id = 0;
    QString status;
    QString commonName;
    QStringList dnsNames;
    QDateTime dateCreated;
    QDate validFrom;
    QDate validTill;
    QString serialNumber;
    QString thumbprint;
    QString signatureHash;
    int keySize = 0;
    QString serverPlatform;
    QDateTime dateRevoked;
    QString revocationReason;

    // Reads {"certificates":[...]}; entries without an id are skipped. False, with a reason,
    // when the body is not a JSON object.
    static bool listFromJson(Kind kind, const QByteArray &body, QList<CertificateRecord> *out,
                             QString *error);
};
