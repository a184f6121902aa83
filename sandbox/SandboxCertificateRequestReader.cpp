#include "sandbox/SandboxCertificateRequestReader.h"

#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxDcv.h"

QString SandboxCertificateRequestReader::readDnsName(SandboxBodyReader &reader, const QString &key,
                                                     const QString &value, bool allowWildcard) {
    const QString name = SandboxDcv::normalizedName(value, allowWildcard);
    if (name.isEmpty())
        reader.invalid(key, allowWildcard
                                ? QStringLiteral("'%1' is not a valid DNS name").arg(value)
                                : QStringLiteral("'%1' is not a valid DNS name (wildcards are not "
                                                 "allowed for this product)")
                                      .arg(value));
    return name;
}

void SandboxCertificateRequestReader::appendDnsNames(SandboxBodyReader &certificate,
                                                     bool allowWildcard, QStringList *names) {
    const QStringList dnsNames = certificate.stringList(QStringLiteral("dns_names"),
                                                        SandboxBodyReader::Optional, kMaxDnsNames);
    for (int i = 0; certificate.ok() && i < dnsNames.size(); ++i) {
        const QString name = readDnsName(certificate, QStringLiteral("dns_names[%1]").arg(i),
                                         dnsNames.at(i), allowWildcard);
        if (certificate.ok() && !names->contains(name))
            *names << name;
    }
}

bool SandboxCertificateRequestReader::checkCsr(SandboxBodyReader &body, const QString &csr,
                                               int minimumKeyBits,
                                               SandboxCertificateIssuer::CsrInfo *info) {
    QString message;
    switch (SandboxCertificateIssuer::parseCsr(csr, minimumKeyBits, info, &message)) {
    case SandboxCertificateIssuer::CsrProblem::None:
        return true;
    case SandboxCertificateIssuer::CsrProblem::Unreadable:
        body.fail(400, QStringLiteral("invalid_csr"), message);
        break;
    case SandboxCertificateIssuer::CsrProblem::BadSignature:
        body.fail(400, QStringLiteral("invalid_csr|signature"), message);
        break;
    case SandboxCertificateIssuer::CsrProblem::WeakKey:
        body.fail(400, QStringLiteral("invalid_csr|key_size"), message);
        break;
    }
    return false;
}
