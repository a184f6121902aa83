#include "CertificateDownloadCall.h"

#include <QSslCertificate>

QStringList CertificateDownloadCall::formats() {
    return {QStringLiteral("pem_all"), QStringLiteral("pem_noroot"), QStringLiteral("pem"),
            QStringLiteral("der"), QStringLiteral("p7b")};
}

QString CertificateDownloadCall::fileExtension(const QString &format) {
    if (format == QLatin1String("der"))
        return QStringLiteral("der");
    if (format == QLatin1String("p7b"))
        return QStringLiteral("p7b");
    return QStringLiteral("pem");
}

CertificateDownloadCall::CertificateDownloadCall(CertCentralClient *client, qint64 certificateId,
                                                 const QString &format)
    : ApiCall(client, "GET",
              QStringLiteral("certificate/%1/download/format/%2").arg(certificateId).arg(format))
    , m_certificateId(certificateId)
    , m_format(format) {}

QString CertificateDownloadCall::decode(const QByteArray &body, int) {
    if (m_format.startsWith(QLatin1String("pem"))) {
        if (QSslCertificate::fromData(body, QSsl::Pem).isEmpty())
            return tr("The download holds no PEM certificate");
    } else if (m_format == QLatin1String("der")) {
        if (QSslCertificate(body, QSsl::Der).isNull())
            return tr("The download is not a DER certificate");
    } else if (body.isEmpty() || body.front() != char(0x30)) {
        return tr("The download is not a PKCS#7 structure");
    }
    m_data = body;
    return {};
}
