#include "api/RequestEndpoints.h"

#include "core/JsonRead.h"

#include <QJsonArray>

namespace RequestEndpoints {

Endpoint<ApprovalRequestBatch> page(const RequestFilter &filter, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), filter.status);
    if (!filter.type.isEmpty())
        query.addQueryItem(QStringLiteral("filters[type]"), filter.type);
    if (filter.newestFirst)
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-id"));
    return {EndpointRequest::get(QStringLiteral("request"), query),
            &ApprovalRequestBatch::fromJson};
}

Endpoint<ApprovalRequest> info(qint64 requestId) {
    return {EndpointRequest::get(QStringLiteral("request/%1").arg(requestId)),
            &ApprovalRequest::fromJson};
}

Endpoint<qint64> count(const QString &status) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters[status]"), status);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return {EndpointRequest::get(QStringLiteral("request"), query),
            [](const QByteArray &body, int, qint64 *total) {
                QJsonArray items;
                JsonRead::Paging paging;
                QString error;
                if (!JsonRead::page(body, QLatin1String("requests"), &items, &paging, &error))
                    return error;
                *total = paging.total;
                return QString();
            }};
}

Endpoint<qint64, QString> decide(const RequestDecision &decision) {
    return {EndpointRequest::put(decision.path(), decision.toJson()),
            Endpoint<qint64, QString>::answer(decision.requestId, decision.status())};
}

bool isAlreadyDecided(const ApiError &error) {
    return error.kind() == ApiError::Kind::Http &&
           error.hasCode(QStringLiteral("invalid_request_status"));
}

} // namespace RequestEndpoints
