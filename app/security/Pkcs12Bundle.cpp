#include "security/Pkcs12Bundle.h"

#include "security/KeyFileWriter.h"
#include "security/PbeLimits.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QFile>
#include <QLocale>

#include <memory>
#include <vector>

namespace {
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;
using P12 = std::unique_ptr<PKCS12, decltype(&PKCS12_free)>;

struct CertStackFree {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackFree>;

// A PKCS#12 holds few certificates; anything bigger is not one of ours.
constexpr qint64 kMaxFileSize = 1024 * 1024;

QString opensslError() {
    const unsigned long code = ERR_peek_last_error();
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

QByteArray toPem(X509 *cert) {
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

// Every certificate in a PEM text, in order.
std::vector<Cert> readCertificates(const QByteArray &pem) {
    std::vector<Cert> certs;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certs.emplace_back(cert, &X509_free);
    ERR_clear_error(); // the end of the text reads as "no start line"
    return certs;
}

Cert readCertificate(const QByteArray &pem) {
    std::vector<Cert> certs = readCertificates(pem);
    return certs.empty() ? Cert(nullptr, &X509_free) : std::move(certs.front());
}

QString commonNameOf(X509 *cert) {
    X509_NAME *subject = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, value);
    if (size < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return name;
}

QByteArray publicKeyDerOf(X509 *cert) {
    unsigned char *der = nullptr;
    const int size = i2d_PUBKEY(X509_get0_pubkey(cert), &der);
    if (size <= 0)
        return {};
    const QByteArray out(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return out;
}

// "shop.example.com" (serial 0A:1B:...), or the whole subject when there is no common name.
QString describe(X509 *cert) {
    QString name = commonNameOf(cert);
    if (name.isEmpty()) {
        char *line = X509_NAME_oneline(X509_get_subject_name(cert), nullptr, 0);
        name = QString::fromUtf8(line);
        OPENSSL_free(line);
    }
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
    const QByteArray serialHex =
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)),
                   ASN1_STRING_length(serial))
            .toHex(':')
            .toUpper();
    return Pkcs12Bundle::tr("\"%1\" (serial %2)").arg(name, QString::fromLatin1(serialHex));
}

bool matches(const PrivateKey &key, X509 *cert, QString *error) {
    const QByteArray keyDer = key.publicKeyDer();
    if (!keyDer.isEmpty() && keyDer == publicKeyDerOf(cert))
        return true;
    *error = Pkcs12Bundle::tr("Certificate %1: the key does not belong to this certificate (its "
                              "public key is another one). Choose the key that was made for "
                              "this certificate's request.")
                 .arg(describe(cert));
    return false;
}
} // namespace

QList<QByteArray> Pkcs12Bundle::splitPem(const QByteArray &pem) {
    QList<QByteArray> out;
    for (const Cert &cert : readCertificates(pem))
        out.append(toPem(cert.get()));
    return out;
}

QString Pkcs12Bundle::commonName(const QByteArray &certificatePem) {
    const Cert cert = readCertificate(certificatePem);
    return cert ? commonNameOf(cert.get()) : QString();
}

bool Pkcs12Bundle::keyMatches(const PrivateKey &key, const QByteArray &certificatePem,
                              QString *error) {
    const Cert cert = readCertificate(certificatePem);
    if (!cert) {
        *error = tr("This is not a PEM certificate: it should start with -----BEGIN "
                    "CERTIFICATE-----.");
        return false;
    }
    return matches(key, cert.get(), error);
}

bool Pkcs12Bundle::create(const PrivateKey &key, const QByteArray &certificatePem,
                          const QList<QByteArray> &chainPem, const QByteArray &passphrase,
                          QByteArray *der, QString *error) {
    if (QString::fromUtf8(passphrase).size() < kMinPassphraseLength) {
        *error =
            tr("The PKCS#12 passphrase needs at least %1 characters.").arg(kMinPassphraseLength);
        return false;
    }
    if (key.isNull()) {
        *error = tr("There is no private key to put into the PKCS#12 file.");
        return false;
    }
    const Cert cert = readCertificate(certificatePem);
    if (!cert) {
        *error = tr("The certificate could not be read: it should be PEM text that starts with "
                    "-----BEGIN CERTIFICATE-----.");
        return false;
    }
    if (!matches(key, cert.get(), error))
        return false;
    CertStack chain(sk_X509_new_null());
    for (const QByteArray &pem : chainPem) {
        std::vector<Cert> certs = readCertificates(pem);
        if (certs.empty()) {
            *error = tr("A certificate of the chain could not be read: it should be PEM text "
                        "that starts with -----BEGIN CERTIFICATE-----.");
            return false;
        }
        for (Cert &c : certs) {
            if (X509_cmp(c.get(), cert.get()) == 0)
                continue; // pem_all repeats the leaf first
            if (sk_X509_push(chain.get(), c.get()) <= 0) {
                *error = tr("The PKCS#12 file could not be made: %1").arg(opensslError());
                return false;
            }
            c.release(); // the stack owns it now
        }
    }
    const QString name = commonNameOf(cert.get());
    const QByteArray friendly = name.toUtf8();
    // AES-256-CBC with PBKDF2 for key and certificates (never RC2 or 3DES), then the MAC with
    // SHA-256 set explicitly rather than left to the library's default.
    P12 p12(PKCS12_create(passphrase.constData(), name.isEmpty() ? nullptr : friendly.constData(),
                          key.handle(), cert.get(), chain.get(), NID_aes_256_cbc, NID_aes_256_cbc,
                          PKCS12_DEFAULT_ITER, -1, 0),
            &PKCS12_free);
    if (!p12 || PKCS12_set_mac(p12.get(), passphrase.constData(), int(passphrase.size()), nullptr,
                               0, PKCS12_DEFAULT_ITER, EVP_sha256()) != 1) {
        *error = tr("The PKCS#12 file could not be made: %1").arg(opensslError());
        return false;
    }
    unsigned char *bytes = nullptr;
    const int size = i2d_PKCS12(p12.get(), &bytes);
    if (size <= 0) {
        *error = tr("The PKCS#12 file could not be made: %1").arg(opensslError());
        return false;
    }
    *der = QByteArray(reinterpret_cast<const char *>(bytes), size);
    OPENSSL_free(bytes);
    return true;
}

bool Pkcs12Bundle::write(const QString &path, const PrivateKey &key,
                         const QByteArray &certificatePem, const QList<QByteArray> &chainPem,
                         const QByteArray &passphrase, QString *error) {
    QByteArray der;
    return create(key, certificatePem, chainPem, passphrase, &der, error) &&
           KeyFileWriter::write(path, der, error);
}

bool Pkcs12Bundle::read(const QByteArray &der, const QByteArray &passphrase, Pkcs12Bundle *out,
                        QString *error) {
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    P12 p12(der.isEmpty() ? nullptr : d2i_PKCS12(nullptr, &p, long(der.size())), &PKCS12_free);
    if (!p12) {
        ERR_clear_error();
        *error = tr("This is not a PKCS#12 file (.p12 or .pfx).");
        return false;
    }
    if (PKCS12_mac_present(p12.get())) {
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &iterations, p12.get());
        const long count = iterations ? ASN1_INTEGER_get(iterations) : 1;
        if (count < 0 || count > kMaxMacIterations) {
            ERR_clear_error();
            *error = tr("This PKCS#12 file asks for more than %1 rounds of its integrity check; "
                        "CertDesk does not open it (a file made to keep the computer busy).")
                         .arg(QLocale().toString(qlonglong(kMaxMacIterations)));
            return false;
        }
    }
    // Checked first so a wrong passphrase gets its own message rather than OpenSSL's.
    if (PKCS12_mac_present(p12.get()) &&
        PKCS12_verify_mac(p12.get(), passphrase.constData(), int(passphrase.size())) != 1 &&
        !(passphrase.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1)) {
        ERR_clear_error();
        *error = tr("The passphrase does not open this PKCS#12 file (or the file is damaged).");
        return false;
    }
    // The key bags' own costs, before PKCS12_parse derives any key from them.
    if (const QString costly = PbeLimits::problemInPkcs12(p12.get(), passphrase);
        !costly.isEmpty()) {
        *error = costly;
        return false;
    }
    EVP_PKEY *pkey = nullptr;
    X509 *certRaw = nullptr;
    STACK_OF(X509) *caRaw = nullptr;
    if (PKCS12_parse(p12.get(), passphrase.constData(), &pkey, &certRaw, &caRaw) != 1) {
        *error = tr("The PKCS#12 file could not be read: %1").arg(opensslError());
        return false;
    }
    PrivateKey key = PrivateKey::adopt(pkey);
    const Cert cert(certRaw, &X509_free);
    const CertStack ca(caRaw);
    if (key.isNull() || !cert) {
        *error = tr("The PKCS#12 file holds no private key with its certificate.");
        return false;
    }
    Pkcs12Bundle bundle;
    bundle.key = std::move(key);
    bundle.certificatePem = toPem(cert.get());
    for (int i = 0; ca && i < sk_X509_num(ca.get()); ++i)
        bundle.chainPem.append(toPem(sk_X509_value(ca.get(), i)));
    int aliasLength = 0;
    const unsigned char *alias = X509_alias_get0(cert.get(), &aliasLength);
    if (alias && aliasLength > 0)
        bundle.friendlyName = QString::fromUtf8(reinterpret_cast<const char *>(alias), aliasLength);
    *out = std::move(bundle);
    return true;
}

bool Pkcs12Bundle::readFile(const QString &path, const QByteArray &passphrase, Pkcs12Bundle *out,
                            QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 could not be opened: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error = tr("%1 is too large to be a PKCS#12 file.").arg(path);
        return false;
    }
    return read(file.readAll(), passphrase, out, error);
}
