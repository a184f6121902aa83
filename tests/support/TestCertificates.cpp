#include "TestCertificates.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

PKey newKey() {
    return PKey(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

QByteArray toPem(X509 *cert) {
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray toPem(EVP_PKEY *key) {
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Cert readCert(const QByteArray &pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

PKey readKey(const QByteArray &pem) {
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return PKey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

void setName(X509 *cert, const QString &cn) {
    X509_NAME *name = X509_get_subject_name(cert);
    const QByteArray utf8 = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(utf8.constData()), -1, -1,
                               0);
}

void setTimes(X509 *cert, const QDateTime &notBefore, const QDateTime &notAfter) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    X509_gmtime_adj(X509_getm_notBefore(cert), long(notBefore.toSecsSinceEpoch() - now));
    X509_gmtime_adj(X509_getm_notAfter(cert), long(notAfter.toSecsSinceEpoch() - now));
}
} // namespace

TestCertificates::Pair TestCertificates::makeCa(const QString &commonName) {
    PKey key = newKey();
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    setName(cert.get(), commonName);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setTimes(cert.get(), now.addDays(-30), now.addDays(365));
    X509_set_pubkey(cert.get(), key.get());
    addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return {};
    return {toPem(cert.get()), toPem(key.get())};
}

TestCertificates::Pair TestCertificates::makeServer(const Pair &ca, const QStringList &dnsNames,
                                                    const QStringList &ipAddresses,
                                                    const QDateTime &notBefore,
                                                    const QDateTime &notAfter) {
    Cert caCert = readCert(ca.certificatePem);
    PKey caKey = readKey(ca.keyPem);
    if (!caCert || !caKey)
        return {};
    PKey key = newKey();
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial);
    setName(cert.get(), dnsNames.value(0, QStringLiteral("server")));
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    setTimes(cert.get(), notBefore, notAfter);
    X509_set_pubkey(cert.get(), key.get());
    QStringList san;
    for (const QString &d : dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QString &ip : ipAddresses)
        san << QStringLiteral("IP:") + ip;
    if (!san.isEmpty())
        addExtension(cert.get(), caCert.get(), NID_subject_alt_name,
                     san.join(QLatin1Char(',')).toUtf8());
    addExtension(cert.get(), caCert.get(), NID_basic_constraints, "CA:FALSE");
    addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth");
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return {};
    return {toPem(cert.get()), toPem(key.get())};
}
