#include "sandbox/SandboxTls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;
using BignumPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, decltype(&X509_EXTENSION_free)>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

const char kCaFile[] = "ca.pem";
const char kServerFile[] = "server.pem";
const char kKeyFile[] = "server-key.pem";
constexpr long kDaySeconds = 86400;

// Drains OpenSSL's error queue into one line, so failures come back as text.
QString takeOpenSslErrors(const QString &what) {
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof(buffer));
        reasons << QString::fromLatin1(buffer);
    }
    if (reasons.isEmpty())
        return what;
    return what + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

QByteArray bioContents(BIO *bio) {
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

X509Ptr readCertificate(const QByteArray &pem) {
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    if (!bio)
        return X509Ptr(nullptr, X509_free);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
}

KeyPtr readKey(const QByteArray &pem) {
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    if (!bio)
        return KeyPtr(nullptr, EVP_PKEY_free);
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
}

KeyPtr generateKey() {
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 ||
        EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0 ||
        EVP_PKEY_generate(context.get(), &key) <= 0)
        return KeyPtr(nullptr, EVP_PKEY_free);
    return KeyPtr(key, EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value) {
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value), X509_EXTENSION_free);
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addNameEntry(X509_NAME *name, const char *field, const char *value) {
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(value), -1, -1,
                                      0) == 1;
}

// issuer and issuerKey are null for the self-signed CA.
X509Ptr makeCertificate(EVP_PKEY *subjectKey, X509 *issuer, EVP_PKEY *issuerKey,
                        const char *commonName, bool isCa) {
    X509Ptr certificate(X509_new(), X509_free);
    if (!certificate)
        return certificate;
    X509 *x = certificate.get();

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof(serial)) != 1)
        return X509Ptr(nullptr, X509_free);
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x01); // positive, no padding
    BignumPtr serialNumber(BN_bin2bn(serial, sizeof(serial), nullptr), BN_free);

    X509_NAME *subject = X509_get_subject_name(x);
    const bool ok = X509_set_version(x, X509_VERSION_3) == 1 && serialNumber &&
                    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(x)) != nullptr &&
                    X509_gmtime_adj(X509_getm_notBefore(x), -kDaySeconds) != nullptr &&
                    X509_gmtime_adj(X509_getm_notAfter(x),
                                    (SandboxTls::kValidityDays - 1) * kDaySeconds) != nullptr &&
                    X509_set_pubkey(x, subjectKey) == 1 &&
                    addNameEntry(subject, "O", "CertDesk Sandbox") &&
                    addNameEntry(subject, "CN", commonName) &&
                    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : subject) == 1;
    if (!ok)
        return X509Ptr(nullptr, X509_free);

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer : x, x, nullptr, nullptr, 0);
    bool extensionsOk = addExtension(x, &context, NID_subject_key_identifier, "hash");
    if (isCa) {
        extensionsOk = extensionsOk &&
                       addExtension(x, &context, NID_basic_constraints, "critical,CA:TRUE") &&
                       addExtension(x, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        extensionsOk =
            extensionsOk &&
            addExtension(x, &context, NID_authority_key_identifier, "keyid:always") &&
            addExtension(x, &context, NID_basic_constraints, "critical,CA:FALSE") &&
            addExtension(x, &context, NID_key_usage, "critical,digitalSignature") &&
            addExtension(x, &context, NID_ext_key_usage, "serverAuth") &&
            addExtension(x, &context, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    }
    if (!extensionsOk || X509_sign(x, issuerKey ? issuerKey : subjectKey, EVP_sha256()) <= 0)
        return X509Ptr(nullptr, X509_free);
    return certificate;
}

QByteArray certificatePem(X509 *certificate) {
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return QByteArray();
    return bioContents(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key) {
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return QByteArray();
    return bioContents(bio.get());
}

// Writes through a temporary file and rename(), created with the final mode from the start, so
// the key is never readable by others, not even briefly.
bool writeFileAtomically(const QString &path, const QByteArray &data, mode_t mode, QString *error) {
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2")
                     .arg(QFile::decodeName(temporary), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool ok = written == data.size() && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        *error = QStringLiteral("cannot write %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(ok ? errno : savedErrno)));
        ::unlink(temporary.constData());
        return false;
    }
    return true;
}

// Why a stored set cannot be used, or an empty string when it can.
QString checkSet(X509 *ca, X509 *server, EVP_PKEY *key) {
    time_t now = std::time(nullptr);
    time_t tomorrow = now + kDaySeconds;
    for (X509 *certificate : {ca, server}) {
        if (X509_cmp_time(X509_get0_notBefore(certificate), &now) != -1)
            return QStringLiteral("a certificate is not valid yet");
        if (X509_cmp_time(X509_get0_notAfter(certificate), &tomorrow) != 1)
            return QStringLiteral("a certificate expires within a day");
    }
    if (X509_check_ca(ca) < 1)
        return QStringLiteral("ca.pem is not a CA certificate");
    if (X509_verify(ca, X509_get0_pubkey(ca)) != 1)
        return QStringLiteral("ca.pem is not self-signed");
    if (X509_verify(server, X509_get0_pubkey(ca)) != 1)
        return QStringLiteral("server.pem was not signed by ca.pem");
    if (X509_check_private_key(server, key) != 1)
        return QStringLiteral("server-key.pem does not match server.pem");
    if (X509_check_host(server, "localhost", 0, 0, nullptr) != 1 ||
        X509_check_ip_asc(server, "127.0.0.1", 0) != 1)
        return QStringLiteral("server.pem does not name localhost and 127.0.0.1");
    return QString();
}

} // namespace

bool SandboxTls::fail(const QString &message) {
    m_error = message;
    return false;
}

bool SandboxTls::prepare(const QString &stateDir) {
    m_error.clear();
    m_reason.clear();
    m_generated = false;
    QDir dir(stateDir);
    if (!dir.exists()) {
        if (!QDir().mkpath(stateDir))
            return fail(QStringLiteral("cannot create the state folder %1").arg(stateDir));
        QFile::setPermissions(stateDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner);
    }
    m_caPath = dir.absoluteFilePath(QLatin1String(kCaFile));
    if (loadExisting(dir.absolutePath()))
        return true;
    ERR_clear_error();
    return generate(dir.absolutePath());
}

bool SandboxTls::loadExisting(const QString &dirPath) {
    const QDir dir(dirPath);
    QByteArray contents[3];
    const char *const names[3] = {kCaFile, kServerFile, kKeyFile};
    int present = 0;
    for (int i = 0; i < 3; ++i) {
        QFile file(dir.filePath(QLatin1String(names[i])));
        if (file.open(QIODevice::ReadOnly)) {
            contents[i] = file.readAll();
            ++present;
        }
    }
    if (present == 0)
        return false;
    if (present < 3) {
        m_reason = QStringLiteral("some of ca.pem, server.pem, server-key.pem are missing");
        return false;
    }
    X509Ptr ca = readCertificate(contents[0]);
    X509Ptr server = readCertificate(contents[1]);
    KeyPtr key = readKey(contents[2]);
    if (!ca || !server || !key) {
        m_reason = takeOpenSslErrors(QStringLiteral("the stored PEM files cannot be read"));
        return false;
    }
    const QString problem = checkSet(ca.get(), server.get(), key.get());
    if (!problem.isEmpty()) {
        m_reason = problem;
        return false;
    }
    m_caPem = contents[0];
    m_serverPem = contents[1];
    m_keyPem = contents[2];
    return true;
}

bool SandboxTls::generate(const QString &dirPath) {
    KeyPtr caKey = generateKey();
    KeyPtr serverKey = generateKey();
    if (!caKey || !serverKey)
        return fail(takeOpenSslErrors(QStringLiteral("cannot generate an EC P-256 key")));

    X509Ptr ca = makeCertificate(caKey.get(), nullptr, nullptr, "CertDesk Sandbox CA", true);
    if (!ca)
        return fail(takeOpenSslErrors(QStringLiteral("cannot create the CA certificate")));
    X509Ptr server = makeCertificate(serverKey.get(), ca.get(), caKey.get(), "localhost", false);
    if (!server)
        return fail(takeOpenSslErrors(QStringLiteral("cannot create the server certificate")));

    const QByteArray caPem = certificatePem(ca.get());
    const QByteArray serverPem = certificatePem(server.get());
    const QByteArray keyPem = privateKeyPem(serverKey.get());
    if (caPem.isEmpty() || serverPem.isEmpty() || keyPem.isEmpty())
        return fail(takeOpenSslErrors(QStringLiteral("cannot encode the PEM files")));

    // The key first and the CA last: a reader that finds a fresh ca.pem finds the rest too.
    const QDir dir(dirPath);
    QString error;
    if (!writeFileAtomically(dir.filePath(QLatin1String(kKeyFile)), keyPem, 0600, &error) ||
        !writeFileAtomically(dir.filePath(QLatin1String(kServerFile)), serverPem, 0644, &error) ||
        !writeFileAtomically(dir.filePath(QLatin1String(kCaFile)), caPem, 0644, &error))
        return fail(error);

    m_caPem = caPem;
    m_serverPem = serverPem;
    m_keyPem = keyPem;
    m_generated = true;
    return true;
}
