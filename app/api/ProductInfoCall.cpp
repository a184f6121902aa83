#include "ProductInfoCall.h"

#include <QUrl>

ProductInfoCall::ProductInfoCall(CertCentralClient *client, const QString &nameId)
    : ApiCall(
          client, "GET",
          QStringLiteral("product/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(nameId))))
    , m_nameId(nameId) {}

QString ProductInfoCall::decode(const QByteArray &body, int) {
    QString error;
    if (!Product::infoFromJson(body, &m_product, &error))
        return error;
    return {};
}
