#include "security/PrivateKey.h"

#include "security/PbeLimits.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {
QString opensslError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray bioBytes(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}
} // namespace

void PrivateKey::Free::operator()(evp_pkey_st *key) const {
    EVP_PKEY_free(key);
}

PrivateKey::PrivateKey() = default;
PrivateKey::~PrivateKey() = default;
PrivateKey::PrivateKey(PrivateKey &&) noexcept = default;
PrivateKey &PrivateKey::operator=(PrivateKey &&) noexcept = default;

bool PrivateKey::generate(const KeySpec &spec, PrivateKey *out, QString *error) {
    EVP_PKEY *key = nullptr;
    if (spec.algorithm == KeySpec::Algorithm::Rsa)
        key = EVP_RSA_gen(static_cast<unsigned int>(spec.bits));
    else
        key = EVP_EC_gen(spec.bits == 384 ? "P-384" : "P-256");
    if (!key) {
        *error = tr("The %1 key could not be made: %2").arg(spec.description(), opensslError());
        return false;
    }
    out->m_key.reset(key);
    return true;
}

bool PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase, PrivateKey *out,
                         QString *error) {
    if (const QString costly = PbeLimits::problemInPem(pem); !costly.isEmpty()) {
        *error = costly;
        return false;
    }
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    // An empty passphrase is passed as such, so an encrypted key without one fails cleanly
    // instead of OpenSSL asking on the terminal.
    QByteArray pass = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, pass.data());
    BIO_free(bio);
    if (!key) {
        *error = tr("The private key could not be read (wrong passphrase, or not a PEM "
                    "private key): %1")
                     .arg(opensslError());
        return false;
    }
    out->m_key.reset(key);
    return true;
}

PrivateKey PrivateKey::adopt(evp_pkey_st *key) {
    PrivateKey out;
    out.m_key.reset(key);
    return out;
}

KeySpec PrivateKey::spec() const {
    KeySpec spec;
    if (!m_key)
        return spec;
    spec.algorithm = EVP_PKEY_base_id(m_key.get()) == EVP_PKEY_EC ? KeySpec::Algorithm::Ec
                                                                  : KeySpec::Algorithm::Rsa;
    spec.bits = EVP_PKEY_get_bits(m_key.get());
    return spec;
}

QByteArray PrivateKey::toPem(const QByteArray &passphrase) const {
    if (!m_key)
        return {};
    BIO *bio = BIO_new(BIO_s_mem());
    const int ok =
        passphrase.isEmpty()
            ? PEM_write_bio_PKCS8PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PKCS8PrivateKey(bio, m_key.get(), EVP_aes_256_cbc(),
                                            passphrase.constData(), int(passphrase.size()), nullptr,
                                            nullptr);
    const QByteArray pem = ok == 1 ? bioBytes(bio) : QByteArray();
    BIO_free(bio);
    return pem;
}

QByteArray PrivateKey::publicKeyDer() const {
    if (!m_key)
        return {};
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(m_key.get(), &der);
    if (size <= 0)
        return {};
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}
