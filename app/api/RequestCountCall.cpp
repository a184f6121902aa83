#include "RequestCountCall.h"

#include "JsonRead.h"

namespace {
QUrlQuery countQuery(const QString &status) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters[status]"), status);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return query;
}
} // namespace

RequestCountCall::RequestCountCall(CertCentralClient *client, const QString &status)
    : ApiCall(client, "GET", QStringLiteral("request"), countQuery(status)) {}

QString RequestCountCall::decode(const QByteArray &body, int) {
    QJsonArray items;
    JsonRead::Paging paging;
    QString error;
    if (!JsonRead::page(body, QLatin1String("requests"), &items, &paging, &error))
        return error;
    m_total = paging.total;
    return {};
}
