#include "OrganizationContactCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray OrganizationContactCall::body(const OrganizationContact &organizationContact,
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

OrganizationContactCall::OrganizationContactCall(CertCentralClient *client, qint64 organizationId,
                                                 const OrganizationContact &organizationContact,
                                                 const OrganizationContact &technicalContact)
    : ApiCall(client, "PUT", QStringLiteral("organization/%1/contact").arg(organizationId), {},
              body(organizationContact, technicalContact))
    , m_id(organizationId) {}
