#include "FilterChoicesCall.h"

namespace {
QUrlQuery queryFor(FilterChoice::Kind kind) {
    QUrlQuery query;
    if (kind == FilterChoice::Kind::Organization)
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    return query;
}
} // namespace

FilterChoicesCall::FilterChoicesCall(CertCentralClient *client, FilterChoice::Kind kind)
    : ApiCall(client, "GET", FilterChoice::path(kind), queryFor(kind))
    , m_kind(kind) {}

QString FilterChoicesCall::decode(const QByteArray &body, int) {
    QString error;
    return FilterChoice::listFromJson(m_kind, body, &m_choices, &error) ? QString() : error;
}
