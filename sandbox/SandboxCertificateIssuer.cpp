#include "sandbox/SandboxCertificateIssuer.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <map>

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using BignumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using RequestPtr = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, decltype(&PKCS7_free)>;

QString takeOpenSslErrors(const QString &what) {
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof(buffer));
        reasons << QString::fromLatin1(buffer);
    }
    return reasons.isEmpty() ? what
                             : what + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

QByteArray bioContents(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

KeyPtr generateEc() {
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0 ||
        EVP_PKEY_generate(context.get(), &key) <= 0)
        return KeyPtr(nullptr, EVP_PKEY_free);
    return KeyPtr(key, EVP_PKEY_free);
}

KeyPtr generateRsa(int bits) {
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), bits) <= 0 ||
        EVP_PKEY_generate(context.get(), &key) <= 0)
        return KeyPtr(nullptr, EVP_PKEY_free);
    return KeyPtr(key, EVP_PKEY_free);
}

QByteArray derOf(X509 *certificate) {
    unsigned char *out = nullptr;
    const int size = i2d_X509(certificate, &out);
    if (size <= 0)
        return QByteArray();
    QByteArray der(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return der;
}

X509Ptr fromDer(const QByteArray &der) {
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())), X509_free);
}

QByteArray publicKeyDer(EVP_PKEY *key) {
    unsigned char *out = nullptr;
    const int size = i2d_PUBKEY(key, &out);
    if (size <= 0)
        return QByteArray();
    QByteArray der(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return der;
}

KeyPtr publicKeyFromDer(const QByteArray &der) {
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return KeyPtr(d2i_PUBKEY(nullptr, &p, long(der.size())), EVP_PKEY_free);
}

QByteArray privateKeyPem(EVP_PKEY *key) {
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    return bioContents(bio.get());
}

KeyPtr privateKeyFromPem(const QByteArray &pem) {
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    if (!bio)
        return KeyPtr(nullptr, EVP_PKEY_free);
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value) {
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value.constData()),
                           X509_EXTENSION_free);
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value) {
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

const EVP_MD *digest(int signatureHash) {
    switch (signatureHash) {
    case 1:
        return EVP_sha384();
    case 2:
        return EVP_sha512();
    default:
        return EVP_sha256();
    }
}

bool setSerial(X509 *x, const QByteArray &serial) {
    BignumPtr number(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()),
                               int(serial.size()), nullptr),
                     BN_free);
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(x)) != nullptr;
}

X509Ptr makeCa(EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, const QString &commonName,
               const QByteArray &serial, qint64 notBefore, qint64 notAfter, bool root) {
    X509Ptr certificate(X509_new(), X509_free);
    if (!certificate)
        return certificate;
    X509 *x = certificate.get();
    X509_NAME *subject = X509_get_subject_name(x);
    const bool ok = X509_set_version(x, X509_VERSION_3) == 1 && setSerial(x, serial) &&
                    ASN1_TIME_set(X509_getm_notBefore(x), time_t(notBefore)) != nullptr &&
                    ASN1_TIME_set(X509_getm_notAfter(x), time_t(notAfter)) != nullptr &&
                    X509_set_pubkey(x, key) == 1 &&
                    addNameEntry(subject, "C", QStringLiteral("US")) &&
                    addNameEntry(subject, "O", QStringLiteral("CertDesk Sandbox")) &&
                    addNameEntry(subject, "CN", commonName) &&
                    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : subject) == 1;
    if (!ok)
        return X509Ptr(nullptr, X509_free);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer : x, x, nullptr, nullptr, 0);
    const bool extensionsOk =
        addExtension(x, &context, NID_subject_key_identifier, "hash") &&
        (root || addExtension(x, &context, NID_authority_key_identifier, "keyid:always")) &&
        addExtension(x, &context, NID_basic_constraints,
                     root ? "critical,CA:TRUE" : "critical,CA:TRUE,pathlen:0") &&
        addExtension(x, &context, NID_key_usage, "critical,digitalSignature,keyCertSign,cRLSign");
    if (!extensionsOk || X509_sign(x, issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return X509Ptr(nullptr, X509_free);
    return certificate;
}

// certificatePolicies built directly: the text form needs a config database for this
// extension.
bool addPolicy(X509 *certificate, const char *oid) {
    using PoliciesPtr = std::unique_ptr<CERTIFICATEPOLICIES, decltype(&CERTIFICATEPOLICIES_free)>;
    PoliciesPtr policies(CERTIFICATEPOLICIES_new(), CERTIFICATEPOLICIES_free);
    POLICYINFO *info = POLICYINFO_new();
    if (!policies || !info) {
        POLICYINFO_free(info);
        return false;
    }
    ASN1_OBJECT_free(info->policyid);
    info->policyid = OBJ_txt2obj(oid, 1);
    if (!info->policyid || sk_POLICYINFO_push(policies.get(), info) <= 0) {
        POLICYINFO_free(info);
        return false;
    }
    return X509_add1_ext_i2d(certificate, NID_certificate_policies, policies.get(), 0,
                             X509V3_ADD_DEFAULT) == 1;
}

const char *policyOid(const QString &validationType) {
    // CA/Browser Forum policy identifiers.
    if (validationType == QLatin1String("ev"))
        return "2.23.140.1.1";
    if (validationType == QLatin1String("ov"))
        return "2.23.140.1.2.2";
    if (validationType == QLatin1String("cs"))
        return "2.23.140.1.4.1";
    if (validationType == QLatin1String("ev_cs"))
        return "2.23.140.1.3";
    return "2.23.140.1.2.1";
}

} // namespace

struct SandboxCertificateIssuer::Keys {
    KeyPtr rootKey{nullptr, EVP_PKEY_free};
    KeyPtr tlsKey{nullptr, EVP_PKEY_free};
    KeyPtr csKey{nullptr, EVP_PKEY_free};
    X509Ptr root{nullptr, X509_free};
    X509Ptr tls{nullptr, X509_free};
    X509Ptr cs{nullptr, X509_free};
    std::map<QString, KeyPtr> seedKeys; // "RSA2048", "EC256", ...
};

SandboxCertificateIssuer::SandboxCertificateIssuer()
    : m_keys(std::make_unique<Keys>()) {}

SandboxCertificateIssuer::~SandboxCertificateIssuer() = default;

bool SandboxCertificateIssuer::isInitialized() const {
    return m_keys->root && m_keys->tls && m_keys->cs;
}

bool SandboxCertificateIssuer::initialize(QString *error) {
    Keys &k = *m_keys;
    k.rootKey = generateEc();
    k.tlsKey = generateEc();
    k.csKey = generateEc();
    if (!k.rootKey || !k.tlsKey || !k.csKey) {
        *error = takeOpenSslErrors(QStringLiteral("cannot generate the CA keys"));
        return false;
    }
    // Valid from 2015 to 2045, so every seeded and ordered certificate fits inside.
    const qint64 from = 1420070400; // 2015-01-01
    const qint64 till = 2366841599; // 2044-12-31
    k.root = makeCa(k.rootKey.get(), nullptr, nullptr, QStringLiteral("CertDesk Sandbox Root CA"),
                    QByteArray::fromHex("01a1"), from, till, true);
    if (k.root) {
        k.tls = makeCa(k.tlsKey.get(), k.root.get(), k.rootKey.get(),
                       QStringLiteral("CertDesk Sandbox TLS CA"), QByteArray::fromHex("01a2"), from,
                       till, false);
        k.cs = makeCa(k.csKey.get(), k.root.get(), k.rootKey.get(),
                      QStringLiteral("CertDesk Sandbox Code Signing CA"),
                      QByteArray::fromHex("01a3"), from, till, false);
    }
    if (!isInitialized()) {
        *error = takeOpenSslErrors(QStringLiteral("cannot create the CA certificates"));
        return false;
    }
    return true;
}

SandboxCertificateIssuer::CsrProblem SandboxCertificateIssuer::parseCsr(const QString &text,
                                                                        int minRsaBits,
                                                                        CsrInfo *info,
                                                                        QString *message) {
    QByteArray pem = text.toLatin1().trimmed();
    pem.replace("\\n", "\n"); // a CSR pasted with escaped newlines
    pem.replace('\r', "");
    if (!pem.contains("-----BEGIN")) {
        // Bare base64: wrap it in the PEM lines the parser expects.
        QByteArray body = pem;
        body.replace('\n', "").replace(' ', "");
        QByteArray wrapped = "-----BEGIN CERTIFICATE REQUEST-----\n";
        for (qsizetype i = 0; i < body.size(); i += 64)
            wrapped += body.mid(i, 64) + '\n';
        wrapped += "-----END CERTIFICATE REQUEST-----\n";
        pem = wrapped;
    }
    ERR_clear_error();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    RequestPtr request(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr,
                       X509_REQ_free);
    if (!request) {
        ERR_clear_error();
        *message = QStringLiteral("The CSR cannot be read; send a PEM certificate signing request");
        return CsrProblem::Unreadable;
    }
    EVP_PKEY *key = X509_REQ_get0_pubkey(request.get());
    if (!key) {
        ERR_clear_error();
        *message = QStringLiteral("The CSR has no usable public key");
        return CsrProblem::Unreadable;
    }
    if (X509_REQ_verify(request.get(), key) != 1) {
        ERR_clear_error();
        *message = QStringLiteral("The CSR's signature does not verify with its own public key");
        return CsrProblem::BadSignature;
    }
    const int type = EVP_PKEY_get_base_id(key);
    const int bits = EVP_PKEY_get_bits(key);
    if (type == EVP_PKEY_RSA) {
        info->keyType = QStringLiteral("RSA");
        if (bits < minRsaBits) {
            *message = QStringLiteral("The CSR's RSA key has %1 bits; at least %2 are required")
                           .arg(bits)
                           .arg(minRsaBits);
            return CsrProblem::WeakKey;
        }
    } else if (type == EVP_PKEY_EC) {
        info->keyType = QStringLiteral("EC");
        if (bits < 256) {
            *message = QStringLiteral("The CSR's EC key has %1 bits; P-256 or larger is required")
                           .arg(bits);
            return CsrProblem::WeakKey;
        }
    } else {
        *message = QStringLiteral("The CSR's key type is not supported; use RSA or EC");
        return CsrProblem::WeakKey;
    }
    info->keyBits = bits;
    info->publicKeyDer = publicKeyDer(key);
    return CsrProblem::None;
}

QByteArray SandboxCertificateIssuer::issue(const IssueRequest &request, QString *error) {
    if (!isInitialized()) {
        *error = QStringLiteral("the issuing CA is not ready");
        return QByteArray();
    }
    Keys &k = *m_keys;
    ERR_clear_error();
    KeyPtr subjectKey(nullptr, EVP_PKEY_free);
    if (!request.publicKeyDer.isEmpty()) {
        subjectKey = publicKeyFromDer(request.publicKeyDer);
    } else {
        // The shared seed key for this type and size, generated once.
        const bool ec = request.keyType == QLatin1String("EC") || request.keyBits <= 521;
        const int bits = ec ? 256 : request.keyBits;
        const QString name =
            (ec ? QStringLiteral("EC") : QStringLiteral("RSA")) + QString::number(bits);
        auto it = k.seedKeys.find(name);
        if (it == k.seedKeys.end())
            it = k.seedKeys.emplace(name, ec ? generateEc() : generateRsa(bits)).first;
        if (it->second)
            subjectKey = KeyPtr(publicKeyFromDer(publicKeyDer(it->second.get())));
    }
    if (!subjectKey) {
        *error = takeOpenSslErrors(QStringLiteral("no public key for the certificate"));
        return QByteArray();
    }
    X509 *issuer = request.codeSigning ? k.cs.get() : k.tls.get();
    EVP_PKEY *issuerKey = request.codeSigning ? k.csKey.get() : k.tlsKey.get();

    X509Ptr certificate(X509_new(), X509_free);
    if (!certificate) {
        *error = takeOpenSslErrors(QStringLiteral("cannot allocate a certificate"));
        return QByteArray();
    }
    X509 *x = certificate.get();
    X509_NAME *subject = X509_get_subject_name(x);
    const Subject &s = request.subject;
    bool ok = X509_set_version(x, X509_VERSION_3) == 1 && setSerial(x, request.serial) &&
              ASN1_TIME_set(X509_getm_notBefore(x), time_t(request.notBefore)) != nullptr &&
              ASN1_TIME_set(X509_getm_notAfter(x), time_t(request.notAfter)) != nullptr &&
              X509_set_pubkey(x, subjectKey.get()) == 1 &&
              addNameEntry(subject, "C", s.country.toUpper()) &&
              addNameEntry(subject, "ST", s.state) && addNameEntry(subject, "L", s.locality) &&
              addNameEntry(subject, "O", s.organization) &&
              addNameEntry(subject, "CN", s.commonName) &&
              addNameEntry(subject, "emailAddress", s.email) &&
              X509_set_issuer_name(x, X509_get_subject_name(issuer)) == 1;
    if (!ok) {
        *error = takeOpenSslErrors(QStringLiteral("cannot fill in the certificate"));
        return QByteArray();
    }
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, x, nullptr, nullptr, 0);
    const bool rsa = EVP_PKEY_get_base_id(subjectKey.get()) == EVP_PKEY_RSA;
    QByteArray keyUsage = "critical,digitalSignature";
    if (rsa && !request.codeSigning)
        keyUsage += ",keyEncipherment";
    ok = addExtension(x, &context, NID_subject_key_identifier, "hash") &&
         addExtension(x, &context, NID_authority_key_identifier, "keyid:always") &&
         addExtension(x, &context, NID_basic_constraints, "critical,CA:FALSE") &&
         addExtension(x, &context, NID_key_usage, keyUsage) &&
         addExtension(x, &context, NID_ext_key_usage,
                      request.codeSigning ? "codeSigning" : "serverAuth,clientAuth") &&
         addPolicy(x, policyOid(request.validationType));
    if (ok && !request.dnsNames.isEmpty()) {
        QByteArray names;
        for (const QString &name : request.dnsNames) {
            if (!names.isEmpty())
                names += ',';
            names += "DNS:" + name.toLatin1();
        }
        ok = addExtension(x, &context, NID_subject_alt_name, names);
    }
    if (!ok || X509_sign(x, issuerKey, digest(request.signatureHash)) <= 0) {
        *error = takeOpenSslErrors(QStringLiteral("cannot sign the certificate"));
        return QByteArray();
    }
    return derOf(x);
}

QByteArray SandboxCertificateIssuer::rootDer() const {
    return m_keys->root ? derOf(m_keys->root.get()) : QByteArray();
}

QByteArray SandboxCertificateIssuer::intermediateDer(bool codeSigning) const {
    X509 *x = codeSigning ? m_keys->cs.get() : m_keys->tls.get();
    return x ? derOf(x) : QByteArray();
}

QString SandboxCertificateIssuer::intermediateName(bool codeSigning) const {
    return codeSigning ? QStringLiteral("CertDesk Sandbox Code Signing CA")
                       : QStringLiteral("CertDesk Sandbox TLS CA");
}

QByteArray SandboxCertificateIssuer::toPem(const QByteArray &der, const char *label) {
    QByteArray pem = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += QByteArray("-----END ") + label + "-----\n";
    return pem;
}

QByteArray SandboxCertificateIssuer::pkcs7(const QList<QByteArray> &ders) {
    Pkcs7Ptr p7(PKCS7_new(), PKCS7_free);
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        return QByteArray();
    for (const QByteArray &der : ders) {
        X509Ptr certificate = fromDer(der);
        if (!certificate || PKCS7_add_certificate(p7.get(), certificate.get()) != 1)
            return QByteArray();
    }
    unsigned char *out = nullptr;
    const int size = i2d_PKCS7(p7.get(), &out);
    if (size <= 0)
        return QByteArray();
    QByteArray result(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return result;
}

QByteArray SandboxCertificateIssuer::sha1(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
}

QByteArray SandboxCertificateIssuer::publicKeyOf(const QByteArray &certificateDer) {
    X509Ptr certificate = fromDer(certificateDer);
    if (!certificate)
        return QByteArray();
    return publicKeyDer(X509_get0_pubkey(certificate.get()));
}

QJsonObject SandboxCertificateIssuer::save() const {
    const Keys &k = *m_keys;
    if (!isInitialized())
        return QJsonObject();
    return {{QStringLiteral("root_key"), QString::fromLatin1(privateKeyPem(k.rootKey.get()))},
            {QStringLiteral("tls_key"), QString::fromLatin1(privateKeyPem(k.tlsKey.get()))},
            {QStringLiteral("cs_key"), QString::fromLatin1(privateKeyPem(k.csKey.get()))},
            {QStringLiteral("root"), QString::fromLatin1(derOf(k.root.get()).toBase64())},
            {QStringLiteral("tls"), QString::fromLatin1(derOf(k.tls.get()).toBase64())},
            {QStringLiteral("cs"), QString::fromLatin1(derOf(k.cs.get()).toBase64())}};
}

bool SandboxCertificateIssuer::load(const QJsonObject &json, QString *error) {
    Keys &k = *m_keys;
    auto key = [&](const char *name) {
        return privateKeyFromPem(json.value(QLatin1String(name)).toString().toLatin1());
    };
    auto cert = [&](const char *name) {
        return fromDer(
            QByteArray::fromBase64(json.value(QLatin1String(name)).toString().toLatin1()));
    };
    k.rootKey = key("root_key");
    k.tlsKey = key("tls_key");
    k.csKey = key("cs_key");
    k.root = cert("root");
    k.tls = cert("tls");
    k.cs = cert("cs");
    if (!isInitialized() || !k.rootKey || !k.tlsKey || !k.csKey ||
        X509_check_private_key(k.tls.get(), k.tlsKey.get()) != 1 ||
        X509_check_private_key(k.cs.get(), k.csKey.get()) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("the state file's CA keys and certificates do not match");
        return false;
    }
    return true;
}
