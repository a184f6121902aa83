#include "core/NewOrganization.h"

#include "core/OrganizationValidation.h"
#include "core/PlainText.h"

#include <QJsonDocument>

namespace {
bool isCountryCode(const QString &text) {
    if (text.size() != 2)
        return false;
    for (const QChar c : text)
        if (c.unicode() > 127 || !c.isLetter())
            return false;
    return true;
}
} // namespace

FieldErrors NewOrganization::validate() const {
    FieldErrors errors;
    auto check = [&errors](const QString &value, const char *field, int max, bool required) {
        const QString v = value.trimmed();
        if (required && v.isEmpty()) {
            errors << FieldError{QLatin1String(field), tr("Required.")};
            return false;
        }
        if (v.size() > max) {
            errors << FieldError{QLatin1String(field),
                                 tr("At most %1 characters; this has %2.").arg(max).arg(v.size())};
            return false;
        }
        if (const QString problem = PlainText::problem(value, false); !problem.isEmpty()) {
            errors << FieldError{QLatin1String(field), problem};
            return false;
        }
        return true;
    };
    const bool nameOk = check(name, "name", 64, true);
    const bool assumedOk = check(assumedName, "assumed_name", 64, false);
    const int together = int(name.trimmed().size() + assumedName.trimmed().size());
    if (nameOk && assumedOk && !assumedName.trimmed().isEmpty() && together > 61)
        errors << FieldError{QStringLiteral("assumed_name"),
                             tr("Name and assumed name together may have at most 61 characters; "
                                "these have %1.")
                                 .arg(together)};
    check(address, "address", 64, true);
    check(address2, "address2", 64, false);
    check(city, "city", 64, true);
    check(state, "state", 64, true);
    check(zip, "zip", 128, true);
    if (country.trimmed().isEmpty())
        errors << FieldError{QStringLiteral("country"), tr("Required.")};
    else if (!isCountryCode(country.trimmed()))
        errors << FieldError{QStringLiteral("country"),
                             tr("Two letters: the ISO 3166 country code, for example US or DE.")};
    check(telephone, "telephone", 32, true);
    errors += organizationContact.validate(QStringLiteral("organization_contact."), false);
    if (!technicalContact.isEmpty() || !technicalContact.telephone.trimmed().isEmpty() ||
        !technicalContact.jobTitle.trimmed().isEmpty())
        errors += technicalContact.validate(QStringLiteral("technical_contact."), false);
    if (!verifiedContacts.isEmpty())
        errors += NewVerifiedContact::validateList(verifiedContacts);
    errors += validateValidations(validations, !verifiedContacts.isEmpty());
    return errors;
}

FieldErrors NewOrganization::validateValidations(const QList<Validation> &validations,
                                                 bool organizationHasVerifiedContacts) {
    FieldErrors errors;
    QStringList seen;
    bool needsApprover = false;
    bool hasApprover = organizationHasVerifiedContacts;
    for (const Validation &v : validations) {
        if (!OrganizationValidation::types().contains(v.type)) {
            errors << FieldError{
                QStringLiteral("validations"),
                tr("\"%1\" is not a validation type; use OV, EV, CS or EV CS.").arg(v.type)};
            return errors;
        }
        if (seen.contains(v.type)) {
            errors << FieldError{
                QStringLiteral("validations"),
                tr("%1 is chosen twice.").arg(OrganizationValidation::typeName(v.type))};
            return errors;
        }
        seen << v.type;
        if (v.type != QLatin1String("ov"))
            needsApprover = true;
        if (!v.verifiedUserIds.isEmpty())
            hasApprover = true;
    }
    if (needsApprover && !hasApprover)
        errors << FieldError{QStringLiteral("validations"),
                             tr("EV and code-signing validations need a verified contact who "
                                "approves them; add one first.")};
    return errors;
}

QJsonArray NewOrganization::validationsJson(const QList<Validation> &validations) {
    QJsonArray array;
    for (const Validation &v : validations) {
        QJsonObject entry{{QStringLiteral("type"), v.type}};
        if (!v.verifiedUserIds.isEmpty()) {
            QJsonArray users;
            for (qint64 id : v.verifiedUserIds)
                users.append(QJsonObject{{QStringLiteral("id"), id}});
            entry.insert(QStringLiteral("verified_users"), users);
        }
        array.append(entry);
    }
    return array;
}

QByteArray NewOrganization::validationsBody(const QList<Validation> &validations) {
    return QJsonDocument(QJsonObject{{QStringLiteral("validations"), validationsJson(validations)}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject NewOrganization::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("address"), address.trimmed()},
                     {QStringLiteral("city"), city.trimmed()},
                     {QStringLiteral("state"), state.trimmed()},
                     {QStringLiteral("zip"), zip.trimmed()},
                     {QStringLiteral("country"), country.trimmed().toLower()},
                     {QStringLiteral("telephone"), telephone.trimmed()},
                     {QStringLiteral("organization_contact"), organizationContact.toJson()}};
    if (!assumedName.trimmed().isEmpty())
        json.insert(QStringLiteral("assumed_name"), assumedName.trimmed());
    if (!address2.trimmed().isEmpty())
        json.insert(QStringLiteral("address2"), address2.trimmed());
    if (!technicalContact.isEmpty())
        json.insert(QStringLiteral("technical_contact"), technicalContact.toJson());
    if (containerId > 0)
        json.insert(QStringLiteral("container"), QJsonObject{{QStringLiteral("id"), containerId}});
    if (!verifiedContacts.isEmpty()) {
        QJsonArray contacts;
        for (const NewVerifiedContact &c : verifiedContacts) {
            QJsonObject entry = c.contact.toJson();
            entry.insert(QStringLiteral("contact_type"), QStringLiteral("verified_contact"));
            contacts.append(entry);
        }
        json.insert(QStringLiteral("contacts"), contacts);
    }
    if (!validations.isEmpty())
        json.insert(QStringLiteral("validations"), validationsJson(validations));
    if (skipDuplicateCheck)
        json.insert(QStringLiteral("skip_duplicate_org_check"), true);
    return json;
}

QByteArray NewOrganization::body() const {
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}
