#include "api/DomainEndpoints.h"

#include "core/JsonRead.h"
#include "core/SearchFilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The messages keep the translation context of the classes these entries replaced
// (DomainCreateCall, DomainDcvCall), so the shipped translations still apply.

namespace {

QString domainPath(qint64 domainId, const QString &tail = {}) {
    const QString base = QStringLiteral("domain/%1").arg(domainId);
    return tail.isEmpty() ? base : base + QLatin1Char('/') + tail;
}

QByteArray validationBody(const QStringList &types, const QString &dcvMethod) {
    QJsonArray validations;
    for (const QString &type : types)
        validations.append(QJsonObject{{QStringLiteral("type"), type}});
    QJsonObject root{{QStringLiteral("validations"), validations}};
    if (!dcvMethod.isEmpty())
        root.insert(QStringLiteral("dcv_method"), dcvMethod);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString readCreated(const QByteArray &body, qint64 *domainId, QString *dcvToken) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    *domainId = JsonRead::integer(o.value(QLatin1String("id")));
    if (*domainId <= 0)
        return QCoreApplication::translate("DomainCreateCall",
                                           "The reply to Add domain has no domain id");
    *dcvToken = JsonRead::string(
        o.value(QLatin1String("dcv_token")).toObject().value(QLatin1String("token")));
    return {};
}

QJsonObject replyObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

namespace DomainEndpoints {

Endpoint<DomainBatch> page(const QString &search, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"), SearchFilter::contains(search));
    return {EndpointRequest::get(QStringLiteral("domain"), query), &DomainBatch::fromJson};
}

Endpoint<qint64, QString> create(const NewDomain &domain) {
    return {EndpointRequest::post(QStringLiteral("domain"), domain.toJson()),
            [](const QByteArray &body, int, qint64 *domainId, QString *dcvToken) {
                return readCreated(body, domainId, dcvToken);
            }};
}

Endpoint<qint64> remove(qint64 domainId) {
    return {EndpointRequest::remove(domainPath(domainId)), Endpoint<qint64>::answer(domainId)};
}

Endpoint<qint64> submitValidation(qint64 domainId, const QStringList &types,
                                  const QString &dcvMethod) {
    return {EndpointRequest::post(domainPath(domainId, QStringLiteral("validation")),
                                  validationBody(types, dcvMethod)),
            Endpoint<qint64>::answer(domainId)};
}

Endpoint<QString, QDateTime, QString> currentToken(qint64 domainId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_dcv"), QStringLiteral("true"));
    return {EndpointRequest::get(domainPath(domainId), query),
            [](const QByteArray &body, int, QString *token, QDateTime *expires, QString *status) {
                // dcv_token{token, status, expiration_date} is [inferred] (certcentral-docs.md
                // 7.2).
                const QJsonObject t =
                    replyObject(body).value(QLatin1String("dcv_token")).toObject();
                *token = JsonRead::string(t.value(QLatin1String("token")));
                *expires = JsonRead::dateTime(t.value(QLatin1String("expiration_date")));
                *status = JsonRead::string(t.value(QLatin1String("status")));
                return QString();
            }};
}

Endpoint<QString, QDateTime, QString> newToken(qint64 domainId) {
    // No body: CertCentral makes the token for the domain named in the path.
    return {EndpointRequest::post(domainPath(domainId, QStringLiteral("dcv/token")), {}),
            [](const QByteArray &body, int, QString *token, QDateTime *expires, QString *) {
                const QJsonObject o = replyObject(body);
                *token = JsonRead::string(o.value(QLatin1String("token")));
                *expires = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
                if (token->isEmpty())
                    return QCoreApplication::translate("DomainDcvCall",
                                                       "CertCentral sent no token");
                return QString();
            }};
}

Endpoint<QString, QDateTime, QString> checkToken(qint64 domainId) {
    return {EndpointRequest::put(domainPath(domainId, QStringLiteral("dcv/validate-token")), {}),
            [](const QByteArray &body, int, QString *token, QDateTime *, QString *status) {
                // The documented example of one edition has only {"status":"active"}.
                const QJsonObject o = replyObject(body);
                *token = JsonRead::string(o.value(QLatin1String("token")));
                *status = JsonRead::string(o.value(QLatin1String("status"))).toLower();
                if (*status != QLatin1String("active") && *status != QLatin1String("inactive"))
                    return QCoreApplication::translate(
                        "DomainDcvCall",
                        "CertCentral's answer has no DCV status (active or inactive)");
                return QString();
            }};
}

} // namespace DomainEndpoints
