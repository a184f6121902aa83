#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One validation (OV, EV) of a domain and how long it lasts.
struct DomainValidation {
    QString type;   // ov, ev
    QString name;   // "OV"
    QString status; // completed, pending, expired
    QDate validatedUntil;
    QString dcvStatus; // complete, pending
};

// A domain of the account as List domains / Domain info describe it.
struct Domain {
    qint64 id = 0;
    QString name;
    bool isActive = true;
    QString status; // active, pending, expired, inactive
    QDateTime dateCreated;
    qint64 organizationId = 0;
    QString organizationName;
    QString containerName;
    QString dcvMethod;
    QDateTime dcvApproved;
    QDate dcvExpiresOv;
    QDate dcvExpiresEv;
    QString lockingStatus;
    QList<DomainValidation> validations;

    // Reads one domain object; false (with a reason) when it has no id or no name.
    static bool fromJson(const QJsonObject &object, Domain *out, QString *error = nullptr);
    // The validation of a type, or nullptr.
    const DomainValidation *validation(const QString &type) const;
};

// One page of List domains.
struct DomainBatch {
    QList<Domain> domains;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0;

    static bool fromJson(const QByteArray &body, DomainBatch *out, QString *error);
};

Q_DECLARE_METATYPE(Domain)
Q_DECLARE_METATYPE(DomainBatch)
