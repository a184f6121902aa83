#include "CustomFieldListCall.h"

CustomFieldListCall::CustomFieldListCall(CertCentralClient *client)
    : ApiCall(client, "GET", QStringLiteral("account/metadata")) {}

QString CustomFieldListCall::decode(const QByteArray &body, int) {
    QString error;
    return CustomField::listFromBody(body, &m_fields, &error) ? QString() : error;
}
