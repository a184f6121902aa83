#include "OrganizationListCall.h"

#include "SearchFilter.h"

namespace {
QUrlQuery organizationQuery(const QString &search, qint64 offset) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("include_validation"), QStringLiteral("true"));
    if (!search.trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("filters[search]"), SearchFilter::asTyped(search));
    return query;
}
} // namespace

OrganizationListCall::OrganizationListCall(CertCentralClient *client, const QString &search,
                                           qint64 offset)
    : ApiCall(client, "GET", QStringLiteral("organization"), organizationQuery(search, offset)) {}

QString OrganizationListCall::decode(const QByteArray &body, int) {
    QString error;
    return OrganizationPage::fromJson(body, &m_page, &error) ? QString() : error;
}
