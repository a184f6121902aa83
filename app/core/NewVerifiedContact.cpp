#include "NewVerifiedContact.h"

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
    QJsonObject json = contact.toJson();
    if (!validationTypes.isEmpty())
        json.insert(QStringLiteral("validation_types"),
                    QJsonArray::fromStringList(validationTypes));
    return json;
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
    QJsonArray array;
    for (const NewVerifiedContact &c : contacts)
        array.append(c.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), array}})
        .toJson(QJsonDocument::Compact);
}
