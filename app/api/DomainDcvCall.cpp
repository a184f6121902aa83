#include "DomainDcvCall.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray methodOf(DomainDcvCall::Action action) {
    switch (action) {
    case DomainDcvCall::Action::CurrentToken:
        return "GET";
    case DomainDcvCall::Action::NewToken:
        return "POST";
    case DomainDcvCall::Action::Check:
        return "PUT";
    }
    return "GET";
}

QString pathOf(qint64 domainId, DomainDcvCall::Action action) {
    switch (action) {
    case DomainDcvCall::Action::CurrentToken:
        return QStringLiteral("domain/%1").arg(domainId);
    case DomainDcvCall::Action::NewToken:
        return QStringLiteral("domain/%1/dcv/token").arg(domainId);
    case DomainDcvCall::Action::Check:
        return QStringLiteral("domain/%1/dcv/validate-token").arg(domainId);
    }
    return {};
}

QUrlQuery queryOf(DomainDcvCall::Action action) {
    QUrlQuery query;
    if (action == DomainDcvCall::Action::CurrentToken)
        query.addQueryItem(QStringLiteral("include_dcv"), QStringLiteral("true"));
    return query;
}

} // namespace

DomainDcvCall::DomainDcvCall(CertCentralClient *client, qint64 domainId, Action action)
    : ApiCall(client, methodOf(action), pathOf(domainId, action), queryOf(action))
    , m_action(action) {}

QString DomainDcvCall::decode(const QByteArray &body, int) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    switch (m_action) {
    case Action::CurrentToken: {
        // dcv_token{token, status, expiration_date} is [inferred] (certcentral-docs.md 7.2).
        const QJsonObject token = o.value(QLatin1String("dcv_token")).toObject();
        m_token = JsonRead::string(token.value(QLatin1String("token")));
        m_expires = JsonRead::dateTime(token.value(QLatin1String("expiration_date")));
        m_status = JsonRead::string(token.value(QLatin1String("status")));
        break;
    }
    case Action::NewToken:
        m_token = JsonRead::string(o.value(QLatin1String("token")));
        m_expires = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
        if (m_token.isEmpty())
            return tr("CertCentral sent no token");
        break;
    case Action::Check:
        // The documented example of one edition has only {"status":"active"}.
        m_token = JsonRead::string(o.value(QLatin1String("token")));
        m_status = JsonRead::string(o.value(QLatin1String("status"))).toLower();
        if (m_status != QLatin1String("active") && m_status != QLatin1String("inactive"))
            return tr("CertCentral's answer has no DCV status (active or inactive)");
        break;
    }
    return {};
}
