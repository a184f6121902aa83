#pragma once

#include "core/FieldError.h"
#include "core/NewVerifiedContact.h"
#include "core/OrganizationContact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A new organization for POST organization: its details, contacts, verified contacts and the
// validations to submit in the same request, with CertCentral's rules checked before sending
// (each problem names the field and what is allowed).
struct NewOrganization {
    Q_DECLARE_TR_FUNCTIONS(NewOrganization)

public:
    // A validation to submit: type (ov, ev, cs, ev_cs) and who approves it.
    struct Validation {
        QString type;
        QList<qint64> verifiedUserIds;
    };

    QString name;
    QString assumedName;
    QString address;
    QString address2;
    QString city;
    QString state;
    QString zip;
    QString country; // two letters
    QString telephone;
    qint64 containerId = 0; // 0: the caller's container
    OrganizationContact organizationContact;
    OrganizationContact technicalContact; // optional: left out when empty
    QList<NewVerifiedContact> verifiedContacts;
    QList<Validation> validations;
    bool skipDuplicateCheck = false;

    FieldErrors validate() const;
    QJsonObject toJson() const;
    QByteArray body() const;

    // Checks a list of validations to submit: known types, none twice, and a verified contact
    // for EV and code signing (given, or already on the organization).
    static FieldErrors validateValidations(const QList<Validation> &validations,
                                           bool organizationHasVerifiedContacts);
    static QJsonArray validationsJson(const QList<Validation> &validations);
    // {"validations":[...]} for POST organization/{id}/validation.
    static QByteArray validationsBody(const QList<Validation> &validations);
};
