#pragma once

#include "core/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A person attached to an organization: its organization contact, technical contact or a
// verified contact's name and reachability. Also the body entry that sets one.
struct OrganizationContact {
    Q_DECLARE_TR_FUNCTIONS(OrganizationContact)

public:
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString jobTitle;
    QString telephone;
    QString telephoneExtension;
    qint64 userId = 0;

    bool isEmpty() const { return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty(); }
    // "Gia Rahman"; the e-mail when there is no name.
    QString displayName() const;
    // Lenient: any object is read; absent fields stay empty.
    static OrganizationContact fromJson(const QJsonObject &object);
    // The fields a request sends (first_name, last_name, email and the optional ones that are
    // filled in), without ids.
    QJsonObject toJson() const;
    // First name, last name and e-mail are required, with job title and telephone when
    // requireJobAndTelephone (verified contacts). fieldPrefix: "organization_contact." etc.
    FieldErrors validate(const QString &fieldPrefix, bool requireJobAndTelephone) const;
};

Q_DECLARE_METATYPE(OrganizationContact)
