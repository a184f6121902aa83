#include "VerifiedContactAddCall.h"

#include "JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

VerifiedContactAddCall::VerifiedContactAddCall(CertCentralClient *client, qint64 organizationId,
                                               const QList<NewVerifiedContact> &contacts)
    : ApiCall(client, "POST",
              QStringLiteral("organization/%1/verified-contact").arg(organizationId), {},
              NewVerifiedContact::body(contacts))
    , m_id(organizationId) {}

QString VerifiedContactAddCall::decode(const QByteArray &body, int) {
    // 201 means they were added; a body without ids is still a success.
    const QJsonArray contacts =
        QJsonDocument::fromJson(body).object().value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &value : contacts) {
        const qint64 id = JsonRead::integer(value.toObject().value(QLatin1String("id")));
        if (id > 0)
            m_ids << id;
    }
    return {};
}
