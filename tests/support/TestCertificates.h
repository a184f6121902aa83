#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// Certificates made by the test with the real OpenSSL: a CA, and server certificates signed by
// it with chosen names and dates (expired, not yet valid, for another host).
class TestCertificates {
public:
    struct Pair {
        QByteArray certificatePem;
        QByteArray keyPem;
        bool isNull() const { return certificatePem.isEmpty(); }
    };

    static Pair makeCa(const QString &commonName);
    // dnsNames and ipAddresses go into subjectAltName; the first DNS name is the CN.
    static Pair makeServer(const Pair &ca, const QStringList &dnsNames,
                           const QStringList &ipAddresses, const QDateTime &notBefore,
                           const QDateTime &notAfter);
};
