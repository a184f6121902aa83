#include "security/CsrBuilder.h"

#include "security/PrivateKey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {
template <typename T, void (*F)(T *)> struct Deleter {
    void operator()(T *p) const { F(p); }
};
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString lastError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = "unknown OpenSSL error";
    if (code != 0)
        ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace

bool CsrBuilder::build(const PrivateKey &key, const QString &commonName,
                       const QStringList &subjectAltNames, QByteArray *pem, QString *error) {
    if (key.isNull()) {
        *error = tr("There is no private key to sign the request with.");
        return false;
    }
    Req req(X509_REQ_new());
    X509_REQ_set_version(req.get(), 0); // PKCS#10 v1
    Name subject(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    if (cn.isEmpty() || cn.size() > 64 ||
        X509_NAME_add_entry_by_txt(subject.get(), "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   int(cn.size()), -1, 0) != 1) {
        *error = tr("The common name \"%1\" cannot go into a request (1 to 64 characters).")
                     .arg(commonName);
        return false;
    }
    X509_REQ_set_subject_name(req.get(), subject.get());
    X509_REQ_set_pubkey(req.get(), key.handle());

    QStringList names{commonName};
    for (const QString &name : subjectAltNames)
        if (!names.contains(name, Qt::CaseInsensitive))
            names << name;
    QByteArray san;
    for (const QString &name : std::as_const(names)) {
        if (!san.isEmpty())
            san += ',';
        san += "DNS:" + name.toUtf8();
    }
    // Code-signing requests carry a common name that is not a DNS name: no SANs then.
    if (!subjectAltNames.isEmpty()) {
        Ext ext(X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, san.constData()));
        if (!ext) {
            *error = tr("The names could not go into the request: %1").arg(lastError());
            return false;
        }
        STACK_OF(X509_EXTENSION) *extensions = sk_X509_EXTENSION_new_null();
        sk_X509_EXTENSION_push(extensions, ext.get());
        const int added = X509_REQ_add_extensions(req.get(), extensions);
        sk_X509_EXTENSION_free(extensions);
        if (added != 1) {
            *error = tr("The names could not go into the request: %1").arg(lastError());
            return false;
        }
    }
    if (X509_REQ_sign(req.get(), key.handle(), EVP_sha256()) <= 0) {
        *error = tr("The request could not be signed: %1").arg(lastError());
        return false;
    }
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509_REQ(bio, req.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    *pem = QByteArray(data, int(size));
    BIO_free(bio);
    return true;
}
