#include "UserCall.h"

UserCall::UserCall(CertCentralClient *client)
    : ApiCall(client, "GET", QStringLiteral("user/me")) {}

QString UserCall::decode(const QByteArray &body, int) {
    QString error;
    return UserInfo::fromJson(body, &m_user, &error) ? QString() : error;
}
