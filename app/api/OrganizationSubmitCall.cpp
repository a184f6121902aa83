#include "OrganizationSubmitCall.h"

OrganizationSubmitCall::OrganizationSubmitCall(
    CertCentralClient *client, qint64 organizationId,
    const QList<NewOrganization::Validation> &validations)
    : ApiCall(client, "POST", QStringLiteral("organization/%1/validation").arg(organizationId), {},
              NewOrganization::validationsBody(validations))
    , m_id(organizationId) {}
