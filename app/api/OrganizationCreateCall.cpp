#include "OrganizationCreateCall.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

OrganizationCreateCall::OrganizationCreateCall(CertCentralClient *client,
                                               const NewOrganization &organization)
    : ApiCall(client, "POST", QStringLiteral("organization"), {}, organization.body()) {}

QString OrganizationCreateCall::decode(const QByteArray &body, int) {
    // The organization exists once CertCentral said 201; an odd body must not turn that into
    // a failure the user would answer by creating it again.
    m_id = idFromReply(body);
    return {};
}

qint64 OrganizationCreateCall::idFromReply(const QByteArray &body) {
    return qMax<qint64>(
        0, JsonRead::integer(QJsonDocument::fromJson(body).object().value(QLatin1String("id"))));
}
