#include "services/OrganizationService.h"

#include "CertCentralClient.h"
#include "OrganizationContactCall.h"
#include "OrganizationCreateCall.h"
#include "OrganizationDeleteCall.h"
#include "OrganizationInfoCall.h"
#include "OrganizationListCall.h"
#include "OrganizationListJob.h"
#include "OrganizationSubmitCall.h"
#include "OrganizationValidationCall.h"
#include "VerifiedContactAddCall.h"
#include "VerifiedContactListCall.h"

Reply<QList<Organization>, qint64, qint64> OrganizationService::list(const QString &search) const {
    return {m_client->startList<OrganizationListJob>(search), &OrganizationListJob::pageLoaded};
}

Reply<OrganizationPage> OrganizationService::page(const QString &search, qint64 offset) const {
    return {m_client->start<OrganizationListCall>(search, offset), &OrganizationListCall::received};
}

Reply<Organization> OrganizationService::info(qint64 organizationId) const {
    return {m_client->start<OrganizationInfoCall>(organizationId), &OrganizationInfoCall::received};
}

Reply<qint64, QList<OrganizationValidation>>
OrganizationService::validations(qint64 organizationId) const {
    return {m_client->start<OrganizationValidationCall>(organizationId),
            &OrganizationValidationCall::received};
}

Reply<qint64> OrganizationService::create(const NewOrganization &organization) const {
    return {m_client->start<OrganizationCreateCall>(organization),
            &OrganizationCreateCall::created};
}

Reply<qint64>
OrganizationService::submitValidation(qint64 organizationId,
                                      const QList<NewOrganization::Validation> &validations) const {
    return {m_client->start<OrganizationSubmitCall>(organizationId, validations),
            &OrganizationSubmitCall::submitted};
}

Reply<qint64> OrganizationService::changeContacts(qint64 organizationId,
                                                  const OrganizationContact &organization,
                                                  const OrganizationContact &technical) const {
    return {m_client->start<OrganizationContactCall>(organizationId, organization, technical),
            &OrganizationContactCall::changed};
}

Reply<qint64> OrganizationService::remove(qint64 organizationId) const {
    return {m_client->start<OrganizationDeleteCall>(organizationId),
            &OrganizationDeleteCall::deleted};
}

Reply<qint64, QList<VerifiedContact>>
OrganizationService::verifiedContacts(qint64 organizationId) const {
    return {m_client->start<VerifiedContactListCall>(organizationId),
            &VerifiedContactListCall::received};
}

Reply<qint64, QList<qint64>>
OrganizationService::addVerifiedContacts(qint64 organizationId,
                                         const QList<NewVerifiedContact> &contacts) const {
    return {m_client->start<VerifiedContactAddCall>(organizationId, contacts),
            &VerifiedContactAddCall::added};
}
