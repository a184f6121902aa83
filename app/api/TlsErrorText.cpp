#include "api/TlsErrorText.h"

#include <QLocale>
#include <QSslCertificate>
#include <QStringList>

QString TlsErrorText::describe(const QList<QSslError> &errors, const QString &host) {
    QStringList sentences;
    auto add = [&sentences](const QString &s) {
        if (!sentences.contains(s))
            sentences << s;
    };
    for (const QSslError &e : errors) {
        const QSslCertificate cert = e.certificate();
        switch (e.error()) {
        case QSslError::CertificateExpired:
            add(tr("The server's certificate expired on %1.")
                    .arg(QLocale().toString(cert.expiryDate().toUTC(), QLocale::ShortFormat)));
            break;
        case QSslError::CertificateNotYetValid:
            add(tr("The server's certificate is not valid before %1; check this computer's clock.")
                    .arg(QLocale().toString(cert.effectiveDate().toUTC(), QLocale::ShortFormat)));
            break;
        case QSslError::HostNameMismatch: {
            QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
            names += cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty())
                names = cert.subjectInfo(QSslCertificate::CommonName);
            add(tr("The server's certificate is for %1, not for %2.")
                    .arg(names.isEmpty() ? tr("no name") : names.join(QStringLiteral(", ")), host));
            break;
        }
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            add(tr("The server's certificate is not signed by a certificate authority this "
                   "computer trusts. For a sandbox or a company proxy, add its CA certificate "
                   "to the profile."));
            break;
        case QSslError::CertificateRevoked:
            add(tr("The server's certificate has been revoked."));
            break;
        default:
            add(e.errorString());
            break;
        }
    }
    return sentences.join(QLatin1Char(' '));
}
