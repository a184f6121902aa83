#include "DomainDcvCall.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

DomainDcvCall::DomainDcvCall(CertCentralClient *client, qint64 domainId, Action action)
    : ApiCall(client, "PUT",
              QStringLiteral("domain/%1/dcv/%2")
                  .arg(domainId)
                  .arg(action == Action::RandomValue ? QStringLiteral("random-value")
                                                     : QStringLiteral("validate-token")),
              {}, QByteArrayLiteral("{}"))
    , m_action(action) {}

QString DomainDcvCall::decode(const QByteArray &body, int) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (m_action == Action::RandomValue) {
        m_value = JsonRead::string(o.value(QLatin1String("dcv_random_value")));
        m_expires = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
        if (m_value.isEmpty())
            return tr("CertCentral sent no random value");
    } else {
        m_status = JsonRead::string(o.value(QLatin1String("dcv_status")));
    }
    return {};
}
