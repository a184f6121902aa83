#include "services/OrganizationService.h"

#include "api/CertCentralClient.h"
#include "api/OrganizationEndpoints.h"
#include "api/OrganizationListJob.h"

Reply<QList<Organization>, qint64, qint64> OrganizationService::list(const QString &search) const {
    return {m_client->startList<OrganizationListJob>(search), &OrganizationListJob::pageLoaded};
}

Reply<OrganizationBatch> OrganizationService::page(const QString &search, qint64 offset) const {
    return m_client->call(OrganizationEndpoints::page(search, offset));
}

Reply<Organization> OrganizationService::info(qint64 organizationId) const {
    return m_client->call(OrganizationEndpoints::info(organizationId));
}

Reply<qint64, QList<OrganizationValidation>>
OrganizationService::validations(qint64 organizationId) const {
    return m_client->call(OrganizationEndpoints::validations(organizationId));
}

Reply<qint64> OrganizationService::create(const NewOrganization &organization) const {
    return m_client->call(OrganizationEndpoints::create(organization));
}

Reply<qint64>
OrganizationService::submitValidation(qint64 organizationId,
                                      const QList<NewOrganization::Validation> &validations) const {
    return m_client->call(OrganizationEndpoints::submitValidation(organizationId, validations));
}

Reply<qint64> OrganizationService::changeContacts(qint64 organizationId,
                                                  const OrganizationContact &organization,
                                                  const OrganizationContact &technical) const {
    return m_client->call(
        OrganizationEndpoints::changeContacts(organizationId, organization, technical));
}

Reply<qint64> OrganizationService::remove(qint64 organizationId) const {
    return m_client->call(OrganizationEndpoints::remove(organizationId));
}

Reply<qint64, QList<VerifiedContact>>
OrganizationService::verifiedContacts(qint64 organizationId) const {
    return m_client->call(OrganizationEndpoints::verifiedContacts(organizationId));
}

Reply<qint64, QList<qint64>>
OrganizationService::addVerifiedContacts(qint64 organizationId,
                                         const QList<NewVerifiedContact> &contacts) const {
    return m_client->call(OrganizationEndpoints::addVerifiedContacts(organizationId, contacts));
}
