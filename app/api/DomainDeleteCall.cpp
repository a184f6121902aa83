#include "DomainDeleteCall.h"

DomainDeleteCall::DomainDeleteCall(CertCentralClient *client, qint64 domainId)
    : ApiCall(client, "DELETE", QStringLiteral("domain/%1").arg(domainId))
    , m_domainId(domainId) {}
