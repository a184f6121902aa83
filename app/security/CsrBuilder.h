#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class PrivateKey;

// Makes a PKCS#10 certificate signing request (PEM) for a private key: the common name in the
// subject and every name, the common name first, in a subjectAltName extension; signed with
// SHA-256. CertCentral takes the names from the order, not from the CSR, but a CSR that
// agrees with the order is what servers and people expect to see.
class CsrBuilder {
    Q_DECLARE_TR_FUNCTIONS(CsrBuilder)

public:
    // False, with a reason, when OpenSSL refused a name or the signature.
    static bool build(const PrivateKey &key, const QString &commonName,
                      const QStringList &subjectAltNames, QByteArray *pem, QString *error);
};
