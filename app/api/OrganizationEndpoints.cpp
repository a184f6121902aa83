#include "api/OrganizationEndpoints.h"

#include "core/JsonRead.h"
#include "core/SearchFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString organizationPath(qint64 organizationId, const QString &tail = {}) {
    const QString base = QStringLiteral("organization/%1").arg(organizationId);
    return tail.isEmpty() ? base : base + QLatin1Char('/') + tail;
}

QByteArray contactsBody(const OrganizationContact &organizationContact,
                        const OrganizationContact &technicalContact) {
    // Optional fields left out are cleared by CertCentral, so every field is sent as shown.
    QJsonObject org = organizationContact.toJson();
    org.insert(QStringLiteral("contact_type"), QStringLiteral("organization_contact"));
    QJsonObject tech;
    if (!technicalContact.isEmpty())
        tech = technicalContact.toJson();
    tech.insert(QStringLiteral("contact_type"), QStringLiteral("technical_contact"));
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), QJsonArray{org, tech}}})
        .toJson(QJsonDocument::Compact);
}

// The ids a reply names under contacts[] (an empty 204 names none).
QList<qint64> contactIds(const QByteArray &body) {
    QList<qint64> ids;
    const QJsonArray contacts =
        QJsonDocument::fromJson(body).object().value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const qint64 id = JsonRead::integer(value.toObject().value(QLatin1String("id")));
        if (id > 0)
            ids << id;
    }
    return ids;
}

} // namespace

namespace OrganizationEndpoints {

Endpoint<OrganizationBatch> page(const QString &search, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("include_validation"), QStringLiteral("true"));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"), SearchFilter::asTyped(search));
    return {EndpointRequest::get(QStringLiteral("organization"), query),
            &OrganizationBatch::fromJson};
}

Endpoint<Organization> info(qint64 organizationId) {
    return {EndpointRequest::get(organizationPath(organizationId)), &Organization::fromBody};
}

Endpoint<qint64, QList<OrganizationValidation>> validations(qint64 organizationId) {
    return {EndpointRequest::get(organizationPath(organizationId, QStringLiteral("validation"))),
            [organizationId](const QByteArray &body, int, qint64 *id,
                             QList<OrganizationValidation> *validations) {
                *id = organizationId;
                QString error;
                return OrganizationValidation::listFromBody(body, validations, &error) ? QString()
                                                                                       : error;
            }};
}

Endpoint<qint64> create(const NewOrganization &organization) {
    return {EndpointRequest::post(QStringLiteral("organization"), organization.body()),
            [](const QByteArray &body, int, qint64 *id) {
                // An odd body must not turn the 201 into a failure the user would answer by
                // creating the organization again.
                *id =
                    qMax<qint64>(0, JsonRead::integer(QJsonDocument::fromJson(body).object().value(
                                        QLatin1String("id"))));
                return QString();
            }};
}

Endpoint<qint64> submitValidation(qint64 organizationId,
                                  const QList<NewOrganization::Validation> &validations) {
    return {EndpointRequest::post(organizationPath(organizationId, QStringLiteral("validation")),
                                  NewOrganization::validationsBody(validations)),
            Endpoint<qint64>::answer(organizationId)};
}

Endpoint<qint64> changeContacts(qint64 organizationId,
                                const OrganizationContact &organizationContact,
                                const OrganizationContact &technicalContact) {
    return {EndpointRequest::put(organizationPath(organizationId, QStringLiteral("contact")),
                                 contactsBody(organizationContact, technicalContact)),
            Endpoint<qint64>::answer(organizationId)};
}

Endpoint<qint64> remove(qint64 organizationId) {
    return {EndpointRequest::remove(organizationPath(organizationId)),
            Endpoint<qint64>::answer(organizationId)};
}

Endpoint<qint64, QList<VerifiedContact>> verifiedContacts(qint64 organizationId) {
    return {EndpointRequest::get(organizationPath(organizationId)),
            [organizationId](const QByteArray &body, int, qint64 *id,
                             QList<VerifiedContact> *contacts) {
                *id = organizationId;
                QString error;
                return VerifiedContact::listFromBody(body, contacts, &error) ? QString() : error;
            }};
}

Endpoint<qint64, QList<qint64>> addVerifiedContacts(qint64 organizationId,
                                                    const QList<NewVerifiedContact> &contacts) {
    return {EndpointRequest::post(organizationPath(organizationId, QStringLiteral("validation")),
                                  NewVerifiedContact::body(contacts)),
            [organizationId](const QByteArray &body, int, qint64 *id, QList<qint64> *ids) {
                // 204 (or any 2xx) means they were added; a body with ids is read if one comes.
                *id = organizationId;
                *ids = contactIds(body);
                return QString();
            }};
}

} // namespace OrganizationEndpoints
