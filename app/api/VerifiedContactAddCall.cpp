#include "VerifiedContactAddCall.h"

#include "JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

VerifiedContactAddCall::VerifiedContactAddCall(CertCentralClient *client, qint64 organizationId,
                                               const QList<NewVerifiedContact> &contacts)
    : ApiCall(client, "POST", QStringLiteral("organization/%1/validation").arg(organizationId), {},
              NewVerifiedContact::body(contacts))
    , m_id(organizationId) {}

QString VerifiedContactAddCall::decode(const QByteArray &body, int) {
    // 204 (or any 2xx) means they were added; a body with ids is read if one comes.
    const QJsonArray contacts =
        QJsonDocument::fromJson(body).object().value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const qint64 id = JsonRead::integer(value.toObject().value(QLatin1String("id")));
        if (id > 0)
            m_ids << id;
    }
    return {};
}
