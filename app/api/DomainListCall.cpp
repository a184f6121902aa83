#include "DomainListCall.h"

#include "SearchFilter.h"

namespace {
QUrlQuery domainQuery(const QString &search, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"), SearchFilter::contains(search));
    return query;
}
} // namespace

DomainListCall::DomainListCall(CertCentralClient *client, const QString &search, qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("domain"), domainQuery(search, offset)) {}

QString DomainListCall::decode(const QByteArray &body, int) {
    QString error;
    return DomainPage::fromJson(body, &m_page, &error) ? QString() : error;
}
