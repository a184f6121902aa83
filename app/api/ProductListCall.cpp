#include "ProductListCall.h"

ProductListCall::ProductListCall(CertCentralClient *client)
    : ApiCall(client, "GET", QStringLiteral("product")) {}

QString ProductListCall::decode(const QByteArray &body, int) {
    QString error;
    return Product::listFromJson(body, &m_products, &error) ? QString() : error;
}
