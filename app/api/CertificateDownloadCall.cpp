#include "CertificateDownloadCall.h"

#include <QSslCertificate>

QStringList CertificateDownloadCall::formats() {
    return {QStringLiteral("pem_all"), QStringLiteral("pem_noroot"),
            QStringLiteral("pem_nointermediate"), QStringLiteral("p7b"), QStringLiteral("der")};
}

QString CertificateDownloadCall::apiFormat(const QString &format) {
    if (format == QLatin1String("der") || format == QLatin1String("pem"))
        return QStringLiteral("pem_nointermediate");
    return format;
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
              QStringLiteral("certificate/%1/download/format/%2")
                  .arg(certificateId)
                  .arg(apiFormat(format)))
    , m_certificateId(certificateId)
    , m_format(format) {}

QString CertificateDownloadCall::decode(const QByteArray &body, int) {
    if (m_format == QLatin1String("p7b")) {
        const QByteArray trimmed = body.trimmed();
        const bool armoured =
            trimmed.startsWith("-----BEGIN PKCS7-----") && trimmed.endsWith("-----END PKCS7-----");
        const bool der = !body.isEmpty() && body.front() == char(0x30);
        if (!armoured && !der)
            return tr("The download is not a PKCS#7 structure");
        m_data = body;
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(body, QSsl::Pem);
    if (certificates.isEmpty())
        return tr("The download holds no PEM certificate");
    if (m_format == QLatin1String("der")) {
        // The certificate alone, converted here: CertCentral has no der format.
        m_data = certificates.first().toDer();
        if (m_data.isEmpty())
            return tr("The certificate could not be converted to DER");
        return {};
    }
    m_data = body;
    return {};
}
