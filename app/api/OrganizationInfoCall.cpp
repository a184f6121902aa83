#include "OrganizationInfoCall.h"

OrganizationInfoCall::OrganizationInfoCall(CertCentralClient *client, qint64 organizationId)
    : ApiCall(client, "GET", QStringLiteral("organization/%1").arg(organizationId))
    , m_id(organizationId) {}

QString OrganizationInfoCall::decode(const QByteArray &body, int) {
    QString error;
    return Organization::fromBody(body, &m_organization, &error) ? QString() : error;
}
