#include "OrganizationValidationCall.h"

OrganizationValidationCall::OrganizationValidationCall(CertCentralClient *client,
                                                       qint64 organizationId)
    : ApiCall(client, "GET", QStringLiteral("organization/%1/validation").arg(organizationId))
    , m_id(organizationId) {}

QString OrganizationValidationCall::decode(const QByteArray &body, int) {
    QString error;
    return OrganizationValidation::listFromBody(body, &m_validations, &error) ? QString() : error;
}
