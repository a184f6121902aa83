#pragma once

#include "security/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A private key with its certificate and chain in one PKCS#12 file (.p12, .pfx), for servers
// and tools that take them together. Written with AES-256-CBC (PBKDF2) and a SHA-256 MAC under
// a passphrase of its own, owner-only and never over a file; read back the same way.
class Pkcs12Bundle {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Bundle)

public:
    static constexpr int kMinPassphraseLength = 8;
    // A file asking for more MAC iterations is refused before any work: a crafted count would
    // keep the program busy for hours (OpenSSL writes 2,048; exports seen elsewhere stay far
    // below this).
    static constexpr long kMaxMacIterations = 1000000;

    PrivateKey key;
    QByteArray certificatePem;
    QList<QByteArray> chainPem; // one certificate each, in the file's order
    QString friendlyName;

    // Every certificate of a PEM text (pem_all: the leaf first), one PEM block each.
    static QList<QByteArray> splitPem(const QByteArray &pem);
    // The certificate's common name; empty when it has none or is not a PEM certificate.
    static QString commonName(const QByteArray &certificatePem);
    // Compares the key's SubjectPublicKeyInfo with the certificate's. False, with a message
    // that names the certificate, when the key belongs to another one.
    static bool keyMatches(const PrivateKey &key, const QByteArray &certificatePem, QString *error);
    // The PKCS#12 (DER) of key, certificate and chain (each entry may hold several PEM
    // certificates; a copy of the leaf is left out), friendly name the common name.
    static bool create(const PrivateKey &key, const QByteArray &certificatePem,
                       const QList<QByteArray> &chainPem, const QByteArray &passphrase,
                       QByteArray *der, QString *error);
    // create(), written through KeyFileWriter: 0600 from the start, never over a file.
    static bool write(const QString &path, const PrivateKey &key, const QByteArray &certificatePem,
                      const QList<QByteArray> &chainPem, const QByteArray &passphrase,
                      QString *error);
    // Opens a PKCS#12 with its passphrase. A wrong passphrase is a message, not a crash.
    static bool read(const QByteArray &der, const QByteArray &passphrase, Pkcs12Bundle *out,
                     QString *error);
    static bool readFile(const QString &path, const QByteArray &passphrase, Pkcs12Bundle *out,
                         QString *error);
};
