#include "api/CertificateEndpoints.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace {

// The bytes of a download as they are saved: empty, or why they cannot be. The messages keep
// the translation context of the class this replaced, so the shipped translations still apply.
QString readDownload(const QByteArray &body, const QString &format, QByteArray *data) {
    if (format == QLatin1String("p7b")) {
        const QByteArray trimmed = body.trimmed();
        const bool armoured =
            trimmed.startsWith("-----BEGIN PKCS7-----") && trimmed.endsWith("-----END PKCS7-----");
        const bool der = !body.isEmpty() && body.front() == char(0x30);
        if (!armoured && !der)
            return QCoreApplication::translate("CertificateDownloadCall",
                                               "The download is not a PKCS#7 structure");
        *data = body;
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(body, QSsl::Pem);
    if (certificates.isEmpty())
        return QCoreApplication::translate("CertificateDownloadCall",
                                           "The download holds no PEM certificate");
    if (format == QLatin1String("der")) {
        // The certificate alone, converted here: CertCentral has no der format.
        *data = certificates.first().toDer();
        if (data->isEmpty())
            return QCoreApplication::translate("CertificateDownloadCall",
                                               "The certificate could not be converted to DER");
        return {};
    }
    *data = body;
    return {};
}

} // namespace

namespace CertificateEndpoints {

Endpoint<LifecycleResult> reissue(const ReissueRequest &request) {
    return {
        EndpointRequest::post(QStringLiteral("order/certificate/%1/reissue").arg(request.orderId),
                              request.toJson()),
        &LifecycleResult::fromReissueReply};
}

Endpoint<LifecycleResult> duplicate(const DuplicateRequest &request) {
    // The reply has the reissue's shape.
    return {
        EndpointRequest::post(QStringLiteral("order/certificate/%1/duplicate").arg(request.orderId),
                              request.toJson()),
        &LifecycleResult::fromReissueReply};
}

Endpoint<LifecycleResult> revoke(const RevokeRequest &request) {
    // What the reply leaves out is filled from the request.
    const qint64 orderId = request.scope == RevokeRequest::Scope::Order ? request.orderId : 0;
    const qint64 certificateId =
        request.scope == RevokeRequest::Scope::Certificate ? request.certificateId : 0;
    return {
        EndpointRequest::put(request.path(), request.toJson()),
        [orderId, certificateId](const QByteArray &body, int httpStatus, LifecycleResult *result) {
            QString error;
            if (!LifecycleResult::fromRevokeReply(body, httpStatus, result, &error))
                return error;
            if (result->orderId <= 0)
                result->orderId = orderId;
            if (result->certificateId <= 0)
                result->certificateId = certificateId;
            return QString();
        }};
}

Endpoint<qint64, QList<CertificateRecord>> history(qint64 orderId, CertificateRecord::Kind kind) {
    const QString which = kind == CertificateRecord::Kind::Reissue ? QStringLiteral("reissue")
                                                                   : QStringLiteral("duplicate");
    return {EndpointRequest::get(QStringLiteral("order/certificate/%1/%2").arg(orderId).arg(which)),
            [orderId, kind](const QByteArray &body, int, qint64 *id,
                            QList<CertificateRecord> *records) {
                *id = orderId;
                QString error;
                return CertificateRecord::listFromJson(kind, body, records, &error) ? QString()
                                                                                    : error;
            }};
}

QStringList downloadFormats() {
    return {QStringLiteral("pem_all"), QStringLiteral("pem_noroot"),
            QStringLiteral("pem_nointermediate"), QStringLiteral("p7b"), QStringLiteral("der")};
}

QString apiFormat(const QString &format) {
    if (format == QLatin1String("der") || format == QLatin1String("pem"))
        return QStringLiteral("pem_nointermediate");
    return format;
}

QString fileExtension(const QString &format) {
    if (format == QLatin1String("der"))
        return QStringLiteral("der");
    if (format == QLatin1String("p7b"))
        return QStringLiteral("p7b");
    return QStringLiteral("pem");
}

Endpoint<QByteArray, QString> download(qint64 certificateId, const QString &format) {
    EndpointRequest request =
        EndpointRequest::get(QStringLiteral("certificate/%1/download/format/%2")
                                 .arg(certificateId)
                                 .arg(apiFormat(format)));
    request.expectsJson = false;
    return {request, [format](const QByteArray &body, int, QByteArray *data, QString *asked) {
                *asked = format;
                return readDownload(body, format, data);
            }};
}

} // namespace CertificateEndpoints
