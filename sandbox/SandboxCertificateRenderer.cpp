#include "sandbox/SandboxCertificateRenderer.h"

#include "sandbox/SandboxCertificateIssuer.h"

using Store = SandboxStore;

SandboxCertificateRenderer::SandboxCertificateRenderer(SandboxStore &store,
                                                       SandboxCertificateIssuer &issuer)
    : m_store(store)
    , m_issuer(issuer) {}

QStringList SandboxCertificateRenderer::names(const QString &commonName,
                                              const QStringList &dnsNames) {
    QStringList covered;
    if (!commonName.isEmpty())
        covered << commonName;
    for (const QString &name : dnsNames) {
        if (!covered.contains(name))
            covered << name;
    }
    return covered;
}

QByteArray SandboxCertificateRenderer::der(Store::Certificate &certificate, QString *error) {
    if (!certificate.der.isEmpty())
        return certificate.der;
    if (certificate.validFrom == 0) {
        *error = QStringLiteral("the certificate has not been issued");
        return QByteArray();
    }
    const Store::Order *order = m_store.findOrder(certificate.orderId);
    if (!order) {
        *error = QStringLiteral("the certificate's order is gone");
        return QByteArray();
    }
    const Store::Product &product = Store::product(order->product);
    SandboxCertificateIssuer::IssueRequest request;
    request.codeSigning = SandboxProducts::isCodeSigning(product);
    request.validationType = QString::fromLatin1(product.validationType);
    request.serial = certificate.serial;
    request.notBefore = certificate.validFrom;
    request.notAfter = certificate.validTill;
    request.signatureHash = certificate.signatureHash;
    request.subject.commonName = certificate.commonName;
    if (order->organization >= 0) {
        const Store::Organization &org = m_store.organizations().at(order->organization);
        request.subject.organization = org.name;
        request.subject.locality = org.city;
        request.subject.state = org.state;
        request.subject.country = org.country;
    }
    if (!request.codeSigning)
        request.dnsNames = names(certificate.commonName, certificate.dnsNames);
    if (order->extra)
        request.subject.email = order->extra->echo.value(QStringLiteral("subject"))
                                    .toObject()
                                    .value(QStringLiteral("email"))
                                    .toString();
    if (!certificate.csr.isEmpty()) {
        SandboxCertificateIssuer::CsrInfo info;
        QString message;
        if (SandboxCertificateIssuer::parseCsr(certificate.csr, 0, &info, &message) ==
            SandboxCertificateIssuer::CsrProblem::None)
            request.publicKeyDer = info.publicKeyDer;
    }
    if (request.publicKeyDer.isEmpty()) {
        request.keyType = certificate.keySize == 256 ? QStringLiteral("EC") : QStringLiteral("RSA");
        request.keyBits = certificate.keySize;
    }
    const QByteArray der = m_issuer.issue(request, error);
    if (der.isEmpty())
        return der;
    certificate.der = der;
    certificate.thumbprint = SandboxCertificateIssuer::sha1(der);
    return der;
}

QList<QByteArray> SandboxCertificateRenderer::chain(const Store::Order &order) const {
    const bool codeSigning = SandboxProducts::isCodeSigning(Store::product(order.product));
    return {m_issuer.intermediateDer(codeSigning), m_issuer.rootDer()};
}
