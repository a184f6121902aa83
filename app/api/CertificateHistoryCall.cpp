#include "CertificateHistoryCall.h"

CertificateHistoryCall::CertificateHistoryCall(CertCentralClient *client, qint64 orderId,
                                               CertificateRecord::Kind kind)
    : ApiCall(client, "GET",
              QStringLiteral("order/certificate/%1/%2")
                  .arg(orderId)
                  .arg(kind == CertificateRecord::Kind::Reissue ? QStringLiteral("reissue")
                                                                : QStringLiteral("duplicate")))
    , m_orderId(orderId)
    , m_kind(kind) {}

QString CertificateHistoryCall::decode(const QByteArray &body, int) {
    QString error;
    return CertificateRecord::listFromJson(m_kind, body, &m_records, &error) ? QString() : error;
}
