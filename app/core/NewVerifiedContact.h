#pragma once

#include "core/FieldError.h"
#include "core/OrganizationContact.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// A verified contact to add to an organization: a verified_users entry of POST
// organization/{id}/validation (there is no verified-contact endpoint), with the checks made
// before sending it.
struct NewVerifiedContact {
    Q_DECLARE_TR_FUNCTIONS(NewVerifiedContact)

public:
    // CertCentral refuses more in one request (too_many_verified_contacts).
    static constexpr int kMaxPerRequest = 30;

    OrganizationContact contact; // job title and telephone are required here
    QStringList validationTypes; // ev, cs, ev_cs; empty means ev

    // Problems of this entry, named contacts[index].field.
    FieldErrors validate(int index) const;
    // The verified_users entry: first_name, last_name, job_title, telephone, email.
    QJsonObject toJson() const;

    // The whole request: at least one, at most kMaxPerRequest, each entry valid. Past the
    // limit only that is reported (field "contacts"), as nothing else matters until then.
    static FieldErrors validateList(const QList<NewVerifiedContact> &contacts);
    // {"validations":[{"type":"ev","verified_users":[...]}, ...]}, one entry per type.
    static QByteArray body(const QList<NewVerifiedContact> &contacts);
    // The validation types a verified contact can approve.
    static QStringList allowedTypes();
};
