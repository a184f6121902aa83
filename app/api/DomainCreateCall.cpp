#include "DomainCreateCall.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

DomainCreateCall::DomainCreateCall(CertCentralClient *client, const NewDomain &domain)
    : ApiCall(client, "POST", QStringLiteral("domain"), {}, domain.toJson()) {}

QString DomainCreateCall::decode(const QByteArray &body, int) {
    return decodeReply(body, &m_domainId, &m_token);
}

QString DomainCreateCall::decodeReply(const QByteArray &body, qint64 *domainId, QString *dcvToken) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    *domainId = JsonRead::integer(o.value(QLatin1String("id")));
    if (*domainId <= 0)
        return tr("The reply to Add domain has no domain id");
    *dcvToken = JsonRead::string(
        o.value(QLatin1String("dcv_token")).toObject().value(QLatin1String("token")));
    return {};
}
