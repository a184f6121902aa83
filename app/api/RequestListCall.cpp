#include "RequestListCall.h"

namespace {
QUrlQuery requestQuery(const RequestListCall::Filter &filter, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!filter.status.isEmpty())
        query.addQueryItem(QStringLiteral("filters[status]"), filter.status);
    if (!filter.type.isEmpty())
        query.addQueryItem(QStringLiteral("filters[type]"), filter.type);
    if (filter.newestFirst)
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-id"));
    return query;
}
} // namespace

RequestListCall::RequestListCall(CertCentralClient *client, const Filter &filter, qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("request"), requestQuery(filter, offset)) {}

QString RequestListCall::decode(const QByteArray &body, int) {
    QString error;
    return ApprovalRequestPage::fromJson(body, &m_page, &error) ? QString() : error;
}
