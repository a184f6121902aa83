#include "OrganizationDeleteCall.h"

OrganizationDeleteCall::OrganizationDeleteCall(CertCentralClient *client, qint64 organizationId)
    : ApiCall(client, "DELETE", QStringLiteral("organization/%1").arg(organizationId))
    , m_id(organizationId) {}
