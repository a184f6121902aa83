#include "sandbox/SandboxCertificateRoutes.h"

#include "sandbox/SandboxCertificateIssuer.h"
#include "sandbox/SandboxWorkflow.h"
#include "sandbox/SandboxZipWriter.h"

namespace {

using Store = SandboxStore;
const QByteArray kPem = QByteArrayLiteral("application/x-pem-file");
const QByteArray kPkcs7 = QByteArrayLiteral("application/x-pkcs7-certificates");
const QByteArray kZip = QByteArrayLiteral("application/zip");

// A file name from the common name: "*.example.com" -> "star_example_com".
QString baseName(const QString &commonName) {
    QString name = commonName.toLower();
    name.replace(QLatin1String("*"), QLatin1String("star"));
    for (QChar &c : name) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    }
    return name.isEmpty() ? QStringLiteral("certificate") : name;
}

} // namespace

QStringList SandboxCertificateRoutes::formats() {
    // The Glossary's format_type values (certcentral-docs.md 5.9): no pem, no der.
    return {QStringLiteral("pem_all"),
            QStringLiteral("pem_noroot"),
            QStringLiteral("pem_nointermediate"),
            QStringLiteral("p7b"),
            QStringLiteral("cer"),
            QStringLiteral("default"),
            QStringLiteral("apache"),
            QStringLiteral("default_pem"),
            QStringLiteral("default_cer")};
}

void SandboxCertificateRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("certificate/{}/download/format/{}"),
              [this](SandboxCall &call) { return byFormat(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("certificate/{}/download/platform"),
              [this](SandboxCall &call) { return byPlatform(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("certificate/{}/download/platform/{}"),
              [this](SandboxCall &call) { return byChosenPlatform(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("certificate/download/order/{}"),
              [this](SandboxCall &call) { return orderByPlatform(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("certificate/download/order/{}/format/{}"),
              [this](SandboxCall &call) { return orderByFormat(call); });
}

Store::Certificate *SandboxCertificateRoutes::downloadable(const SandboxCall &call,
                                                           qint64 certificateId,
                                                           SandboxReply *error) {
    Store::Certificate *certificate = store().certificate(certificateId);
    const Store::Order *order = certificate ? store().findOrder(certificate->orderId) : nullptr;
    if (!certificate || !order || !canSee(call, *order)) {
        *error = notFound(QStringLiteral("certificate"), QStringLiteral("Certificate not found"));
        return nullptr;
    }
    if (certificate->validFrom == 0 || (certificate->status != Store::CertificateStatus::Issued &&
                                        certificate->status != Store::CertificateStatus::Revoked)) {
        *error = badRequest(QStringLiteral("certificate_not_issued"),
                            QStringLiteral("Certificate %1 has not been issued (it is %2)")
                                .arg(certificate->id)
                                .arg(Store::certificateStatusName(certificate->status)));
        return nullptr;
    }
    return certificate;
}

SandboxReply SandboxCertificateRoutes::render(Store::Certificate &certificate,
                                              const QString &format) {
    if (!formats().contains(format))
        return invalidValue(QStringLiteral("format_type"),
                            QStringLiteral("format_type must be one of: %1")
                                .arg(formats().join(QStringLiteral(", "))));
    QString error;
    const QByteArray der = workflow().der(certificate, &error);
    if (der.isEmpty())
        return SandboxReply::error(500, QStringLiteral("internal_error"), error);
    const Store::Order *order = store().findOrder(certificate.orderId);
    const QList<QByteArray> chain = workflow().chain(*order);
    const QByteArray &intermediate = chain.at(0);
    const QByteArray &root = chain.at(1);
    const QString name = baseName(certificate.commonName);
    auto pem = [](const QByteArray &d) {
        return SandboxCertificateIssuer::toPem(d);
    };
    // Every certificate CertCentral returns is PEM-encoded: p7b and cer are PEM-armoured PKCS#7.
    const QByteArray p7b = SandboxCertificateIssuer::toPem(
        SandboxCertificateIssuer::pkcs7({der, intermediate, root}), "PKCS7");

    if (format == QLatin1String("pem_all"))
        return SandboxReply::file(pem(der) + pem(intermediate) + pem(root), kPem,
                                  name + QStringLiteral(".pem"));
    if (format == QLatin1String("pem_noroot"))
        return SandboxReply::file(pem(der) + pem(intermediate), kPem,
                                  name + QStringLiteral(".pem"));
    if (format == QLatin1String("pem_nointermediate"))
        return SandboxReply::file(pem(der), kPem, name + QStringLiteral(".pem"));
    if (format == QLatin1String("p7b"))
        return SandboxReply::file(p7b, kPkcs7, name + QStringLiteral(".p7b"));
    if (format == QLatin1String("cer"))
        return SandboxReply::file(p7b, kPkcs7, name + QStringLiteral(".cer"));

    SandboxZipWriter zip(certificate.validFrom);
    if (format == QLatin1String("apache")) {
        zip.add(name + QStringLiteral(".crt"), pem(der));
        zip.add(QStringLiteral("SandboxCA.crt"), pem(intermediate));
    } else if (format == QLatin1String("default_pem")) {
        zip.add(name + QStringLiteral(".pem"), pem(der));
        zip.add(QStringLiteral("SandboxCA.pem"), pem(intermediate));
        zip.add(QStringLiteral("TrustedRoot.pem"), pem(root));
    } else if (format == QLatin1String("default_cer")) {
        zip.add(name + QStringLiteral(".cer"), pem(der));
        zip.add(QStringLiteral("SandboxCA.cer"), pem(intermediate));
        zip.add(QStringLiteral("TrustedRoot.cer"), pem(root));
    } else { // default
        zip.add(name + QStringLiteral(".crt"), pem(der));
        zip.add(QStringLiteral("SandboxCA.crt"), pem(intermediate));
        zip.add(QStringLiteral("TrustedRoot.crt"), pem(root));
    }
    return SandboxReply::file(zip.finish(), kZip, name + QStringLiteral(".zip"));
}

SandboxReply SandboxCertificateRoutes::byFormat(SandboxCall &call) {
    SandboxReply error;
    const auto id = SandboxCall::parseId(call.arg(0));
    Store::Certificate *certificate = id ? downloadable(call, *id, &error) : nullptr;
    if (!id)
        return notFound(QStringLiteral("certificate"), QStringLiteral("Certificate not found"));
    if (!certificate)
        return error;
    return render(*certificate, call.arg(1));
}

SandboxReply SandboxCertificateRoutes::byPlatform(SandboxCall &call) {
    SandboxReply error;
    const auto id = SandboxCall::parseId(call.arg(0));
    if (!id)
        return notFound(QStringLiteral("certificate"), QStringLiteral("Certificate not found"));
    Store::Certificate *certificate = downloadable(call, *id, &error);
    if (!certificate)
        return error;
    const SandboxProducts::Platform *platform =
        SandboxProducts::platform(certificate->serverPlatformId);
    return render(*certificate, QLatin1String(platform ? platform->downloadFormat : "default"));
}

SandboxReply SandboxCertificateRoutes::byChosenPlatform(SandboxCall &call) {
    SandboxReply error;
    const auto id = SandboxCall::parseId(call.arg(0));
    if (!id)
        return notFound(QStringLiteral("certificate"), QStringLiteral("Certificate not found"));
    const QString text = call.arg(1);
    bool ok = false;
    const int platformId = text.toInt(&ok);
    const SandboxProducts::Platform *platform =
        ok ? SandboxProducts::platform(platformId) : nullptr;
    if (!platform)
        return invalidValue(
            QStringLiteral("platform_id"),
            QStringLiteral("Unknown server platform '%1'; see GET /product/{name_id}").arg(text));
    Store::Certificate *certificate = downloadable(call, *id, &error);
    if (!certificate)
        return error;
    return render(*certificate, QLatin1String(platform->downloadFormat));
}

SandboxReply SandboxCertificateRoutes::orderByPlatform(SandboxCall &call) {
    SandboxReply error;
    const Store::Order *order = visibleOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    Store::Certificate *certificate = downloadable(call, order->certificateId, &error);
    if (!certificate)
        return error;
    const SandboxProducts::Platform *platform =
        SandboxProducts::platform(certificate->serverPlatformId);
    return render(*certificate, QLatin1String(platform ? platform->downloadFormat : "default"));
}

SandboxReply SandboxCertificateRoutes::orderByFormat(SandboxCall &call) {
    SandboxReply error;
    const Store::Order *order = visibleOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    Store::Certificate *certificate = downloadable(call, order->certificateId, &error);
    if (!certificate)
        return error;
    return render(*certificate, call.arg(1));
}
