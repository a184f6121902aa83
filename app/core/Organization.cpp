#include "core/Organization.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}
} // namespace

QString Organization::fullName() const {
    if (assumedName.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(name, assumedName);
}

QString Organization::oneLineAddress() const {
    QStringList parts;
    for (const QString &part : {address, address2, city})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    const QString stateZip =
        QStringList{state.trimmed(), zip.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!stateZip.isEmpty())
        parts << stateZip;
    if (!country.isEmpty())
        parts << country.toUpper();
    return parts.join(QStringLiteral(", "));
}

const OrganizationValidation *Organization::validation(const QString &type) const {
    for (const OrganizationValidation &v : validations)
        if (v.type == type)
            return &v;
    return nullptr;
}

bool Organization::fromJson(const QJsonObject &o, Organization *out, QString *error) {
    Organization org;
    org.id = JsonRead::integer(o.value(key("id")));
    org.name = JsonRead::string(o.value(key("name"))).trimmed();
    if (org.id <= 0 || org.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Organization",
                                                 "An organization without an id or a name");
        return false;
    }
    org.status = JsonRead::string(o.value(key("status"))).trimmed().toLower();
    org.assumedName = JsonRead::string(o.value(key("assumed_name"))).trimmed();
    org.displayName = JsonRead::string(o.value(key("display_name"))).trimmed();
    if (org.displayName.isEmpty())
        org.displayName = org.fullName();
    org.isActive = JsonRead::boolean(o.value(key("is_active")),
                                     org.status.isEmpty() || org.status == QLatin1String("active"));
    org.address = JsonRead::string(o.value(key("address"))).trimmed();
    org.address2 = JsonRead::string(o.value(key("address2"))).trimmed();
    org.city = JsonRead::string(o.value(key("city"))).trimmed();
    org.state = JsonRead::string(o.value(key("state"))).trimmed();
    org.zip = JsonRead::string(o.value(key("zip"))).trimmed();
    org.country = JsonRead::string(o.value(key("country"))).trimmed().toLower();
    org.telephone = JsonRead::string(o.value(key("telephone"))).trimmed();
    const QJsonObject container = o.value(key("container")).toObject();
    org.containerId = JsonRead::integer(container.value(key("id")));
    org.containerName = JsonRead::string(container.value(key("name")));
    org.dateCreated = JsonRead::dateTime(o.value(key("date_created")));
    org.organizationContact =
        OrganizationContact::fromJson(o.value(key("organization_contact")).toObject());
    org.technicalContact =
        OrganizationContact::fromJson(o.value(key("technical_contact")).toObject());
    org.hasValidations = o.value(key("validations")).isArray();
    org.validations = OrganizationValidation::listFromJson(o.value(key("validations")));
    org.verifiedContacts = VerifiedContact::listFromJson(o.value(key("verified_contacts")));
    *out = std::move(org);
    return true;
}

bool Organization::fromBody(const QByteArray &body, Organization *out, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("Organization", "Invalid JSON at byte %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())
                    : QCoreApplication::translate("Organization", "Expected a JSON object for the "
                                                                  "organization");
        return false;
    }
    if (!fromJson(doc.object(), out, error))
        return false;
    out->hasDetails = true;
    return true;
}
