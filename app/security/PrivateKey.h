#pragma once

#include "core/KeySpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct evp_pkey_st;

// A private key made on this computer with OpenSSL. Generation takes up to a few seconds for
// RSA 4096: callers with a UI run it off the UI thread. The key never leaves this object
// except as PEM for the key file the user chose.
class PrivateKey {
    Q_DECLARE_TR_FUNCTIONS(PrivateKey)

public:
    PrivateKey();
    ~PrivateKey();
    PrivateKey(PrivateKey &&) noexcept;
    PrivateKey &operator=(PrivateKey &&) noexcept;

    // False, with OpenSSL's reason, when generation failed.
    static bool generate(const KeySpec &spec, PrivateKey *out, QString *error);
    // Reads a PEM private key (encrypted PKCS#8 needs the passphrase).
    static bool fromPem(const QByteArray &pem, const QByteArray &passphrase, PrivateKey *out,
                        QString *error);
    // Takes ownership of a key OpenSSL made elsewhere (a PKCS#12 being read).
    static PrivateKey adopt(evp_pkey_st *key);

    bool isNull() const { return !m_key; }
    KeySpec spec() const;
    // PKCS#8 PEM, encrypted with AES-256-CBC when a passphrase is given (empty: plain, only
    // after the user chose so).
    QByteArray toPem(const QByteArray &passphrase) const;
    QByteArray publicKeyDer() const; // SubjectPublicKeyInfo, to match a CSR or certificate
    evp_pkey_st *handle() const { return m_key.get(); }

private:
    struct Free {
        void operator()(evp_pkey_st *key) const;
    };
    std::unique_ptr<evp_pkey_st, Free> m_key;
};
