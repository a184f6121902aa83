#pragma once

#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class SandboxCertificateIssuer;

// Renders the X.509 certificates of issued orders through the issuing CA: subject and names
// from the order and its organization, the public key from the CSR (or a key of the recorded
// type and size when there is none), and the chain for the product.
class SandboxCertificateRenderer {
public:
    SandboxCertificateRenderer(SandboxStore &store, SandboxCertificateIssuer &issuer);

    // The names a certificate covers: the common name first, then the DNS names, no duplicates.
    static QStringList names(const QString &commonName, const QStringList &dnsNames);

    // The X.509 DER of an issued (or revoked) certificate, rendered on first use.
    QByteArray der(SandboxStore::Certificate &certificate, QString *error);
    // Root and intermediate for the certificate's product.
    QList<QByteArray> chain(const SandboxStore::Order &order) const;

private:
    SandboxStore &m_store;
    SandboxCertificateIssuer &m_issuer;
};
