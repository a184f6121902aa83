#include "DomainCreateCall.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

DomainCreateCall::DomainCreateCall(CertCentralClient *client, const NewDomain &domain)
    : ApiCall(client, "POST", QStringLiteral("domain"), {}, domain.toJson()) {}

QString DomainCreateCall::decode(const QByteArray &body, int) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    m_domainId = JsonRead::integer(o.value(QLatin1String("id")));
    if (m_domainId <= 0)
        return tr("The reply to Add domain has no domain id");
    m_token = JsonRead::string(
        o.value(QLatin1String("dcv_token")).toObject().value(QLatin1String("token")));
    return {};
}
