#include "AlternateOrderLookupCall.h"

#include <QUrl>

AlternateOrderLookupCall::AlternateOrderLookupCall(CertCentralClient *client,
                                                   const QString &alternativeOrderId)
    : ApiCall(client, "GET",
              QStringLiteral("order/alternate/%1")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(alternativeOrderId))))
    , m_alternativeOrderId(alternativeOrderId) {}

QString AlternateOrderLookupCall::decode(const QByteArray &body, int) {
    QString error;
    if (!PlacedOrder::listFromLookup(body, &m_orders, &error))
        return error;
    for (PlacedOrder &o : m_orders)
        o.alternativeOrderId = m_alternativeOrderId;
    return {};
}
