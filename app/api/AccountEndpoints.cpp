#include "api/AccountEndpoints.h"

#include <QUrl>

namespace AccountEndpoints {

Endpoint<UserInfo> me() {
    return {EndpointRequest::get(QStringLiteral("user/me")), &UserInfo::fromJson};
}

Endpoint<QList<Product>> products() {
    return {EndpointRequest::get(QStringLiteral("product")), &Product::listFromJson};
}

Endpoint<Product> product(const QString &nameId) {
    return {
        EndpointRequest::get(
            QStringLiteral("product/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(nameId)))),
        &Product::infoFromJson};
}

Endpoint<QList<CustomField>> customFields() {
    return {EndpointRequest::get(QStringLiteral("account/metadata")), &CustomField::listFromBody};
}

Endpoint<FilterChoice::Kind, QList<FilterChoice>> filterChoices(FilterChoice::Kind kind) {
    QUrlQuery query;
    if (kind == FilterChoice::Kind::Organization)
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    return {EndpointRequest::get(FilterChoice::path(kind), query),
            [kind](const QByteArray &body, int, FilterChoice::Kind *asked,
                   QList<FilterChoice> *choices) {
                *asked = kind;
                QString error;
                return FilterChoice::listFromJson(kind, body, choices, &error) ? QString() : error;
            }};
}

} // namespace AccountEndpoints
