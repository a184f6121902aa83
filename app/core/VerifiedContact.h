#pragma once

#include "core/OrganizationContact.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

// A verified contact of an organization: someone CertCentral checked who may approve EV and
// code-signing orders, with the validation types they approve and each one's state.
struct VerifiedContact {
    struct Validation {
        QString type;   // ev, cs, ev_cs
        QString name;   // "EV"
        QString status; // pending, completed
    };

    OrganizationContact contact; // id, names, e-mail, job title, telephone
    QDateTime dateCreated;
    QList<Validation> validations;

    qint64 id() const { return contact.id; }
    // "EV (completed), CS (pending)".
    QString validationSummary() const;

    // Reads one entry; false when it has no positive id.
    static bool fromJson(const QJsonObject &object, VerifiedContact *out);
    // Reads an array of entries; entries that are not objects or have no id are skipped and
    // counted in *skipped.
    static QList<VerifiedContact> listFromJson(const QJsonValue &array, int *skipped = nullptr);
    // The body of GET organization/{id}/verified-contact. False, with a reason, for a body
    // that is not a JSON object.
    static bool listFromBody(const QByteArray &body, QList<VerifiedContact> *out, QString *error);
};

Q_DECLARE_METATYPE(VerifiedContact)
