#pragma once

#include "core/OrganizationContact.h"
#include "core/OrganizationValidation.h"
#include "core/VerifiedContact.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// An organization of the account as List organizations and Organization info describe it.
// The list gives the summary (and validations with include_validation); contacts, creation
// date and verified contacts come only from Organization info (hasDetails).
struct Organization {
    qint64 id = 0;
    QString status; // active, inactive
    QString name;
    QString assumedName;
    QString displayName;
    bool isActive = true;
    QString address;
    QString address2;
    QString city;
    QString state;
    QString zip;
    QString country; // two letters, lower case as the API sends it
    QString telephone;
    qint64 containerId = 0;
    QString containerName;
    QDateTime dateCreated;
    OrganizationContact organizationContact;
    OrganizationContact technicalContact;
    QList<OrganizationValidation> validations;
    QList<VerifiedContact> verifiedContacts;
    bool hasValidations = false; // the reply carried a validations array
    bool hasDetails = false;     // read from Organization info (contacts are known)

    // "Example Corp (Example)" when there is an assumed name.
    QString fullName() const;
    // "1 Main St, Suite 2, Lehi, UT 84043, US".
    QString oneLineAddress() const;
    // The validation of a type, or nullptr.
    const OrganizationValidation *validation(const QString &type) const;

    // Reads one organization object; false (with a reason) when it has no id or no name.
    static bool fromJson(const QJsonObject &object, Organization *out, QString *error = nullptr);
    // The body of Organization info; sets hasDetails.
    static bool fromBody(const QByteArray &body, Organization *out, QString *error);
};

Q_DECLARE_METATYPE(Organization)
