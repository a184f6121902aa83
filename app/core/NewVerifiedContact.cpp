#include "core/NewVerifiedContact.h"

#include <QJsonArray>
#include <QJsonDocument>

QStringList NewVerifiedContact::allowedTypes() {
    return {QStringLiteral("ev"), QStringLiteral("cs"), QStringLiteral("ev_cs")};
}

FieldErrors NewVerifiedContact::validate(int index) const {
    const QString prefix = QStringLiteral("contacts[%1].").arg(index);
    FieldErrors errors = contact.validate(prefix, true);
    for (const QString &type : validationTypes) {
        if (!allowedTypes().contains(type)) {
            errors << FieldError{
                prefix + QLatin1String("validation_types"),
                tr("\"%1\" is not a validation type; use EV, CS or EV CS.").arg(type)};
            break;
        }
    }
    return errors;
}

QJsonObject NewVerifiedContact::toJson() const {
    // A verified_users entry for a new person (certcentral-docs.md 8.4).
    return {{QStringLiteral("first_name"), contact.firstName.trimmed()},
            {QStringLiteral("last_name"), contact.lastName.trimmed()},
            {QStringLiteral("job_title"), contact.jobTitle.trimmed()},
            {QStringLiteral("telephone"), contact.telephone.trimmed()},
            {QStringLiteral("email"), contact.email.trimmed()}};
}

FieldErrors NewVerifiedContact::validateList(const QList<NewVerifiedContact> &contacts) {
    if (contacts.isEmpty())
        return {FieldError{QStringLiteral("contacts"), tr("Enter at least one contact.")}};
    if (contacts.size() > kMaxPerRequest)
        return {FieldError{QStringLiteral("contacts"),
                           tr("At most %1 new verified contacts can be added in one request; "
                              "you entered %2.")
                               .arg(kMaxPerRequest)
                               .arg(contacts.size())}};
    FieldErrors errors;
    for (int i = 0; i < contacts.size(); ++i)
        errors += contacts.at(i).validate(i);
    return errors;
}

QByteArray NewVerifiedContact::body(const QList<NewVerifiedContact> &contacts) {
    // POST organization/{id}/validation: one validations[] entry per type, each with the people
    // who approve it as verified_users (decisions.md, verified contacts).
    QJsonArray validations;
    for (const QString &type : allowedTypes()) {
        QJsonArray users;
        for (const NewVerifiedContact &c : contacts) {
            const QStringList types =
                c.validationTypes.isEmpty() ? QStringList{QStringLiteral("ev")} : c.validationTypes;
            if (types.contains(type))
                users.append(c.toJson());
        }
        if (!users.isEmpty())
            validations.append(QJsonObject{{QStringLiteral("type"), type},
                                           {QStringLiteral("verified_users"), users}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("validations"), validations}})
        .toJson(QJsonDocument::Compact);
}
