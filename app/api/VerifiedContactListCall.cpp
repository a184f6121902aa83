#include "VerifiedContactListCall.h"

VerifiedContactListCall::VerifiedContactListCall(CertCentralClient *client, qint64 organizationId)
    : ApiCall(client, "GET", QStringLiteral("organization/%1").arg(organizationId))
    , m_id(organizationId) {}

QString VerifiedContactListCall::decode(const QByteArray &body, int) {
    QString error;
    return VerifiedContact::listFromBody(body, &m_contacts, &error) ? QString() : error;
}
