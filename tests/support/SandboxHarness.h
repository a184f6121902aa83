#pragma once
// Shared by the tst_sandbox* tests: starts certdesk-sandbox as a child process, sends requests
// over loopback with a plain QNetworkAccessManager, and makes real CSRs with OpenSSL. Test
// code only; nothing here comes from the client (app/, models/, ui/).

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace sbx {

constexpr int kWaitMs = 30000;

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const {
        return json()
            .value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    // "400 invalid_value|limit" for readable failures.
    QByteArray describe() const { return QByteArray::number(status) + ' ' + body.left(400); }
};

inline QString sandboxProgram() {
    QString dir = qEnvironmentVariable("CERTDESK_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
    return QDir(dir).filePath(QStringLiteral("certdesk-sandbox"));
}

// One certdesk-sandbox child process; stopped with SIGTERM when destroyed.
class Sandbox {
public:
    QProcess process;
    QUrl base; // http://127.0.0.1:PORT/services/v2/

    ~Sandbox() { stop(); }

    bool start(const QStringList &arguments) {
        process.setProgram(sandboxProgram());
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                             arguments);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
        process.start(QIODevice::ReadOnly);
        if (!process.waitForStarted(kWaitMs))
            return false;
        while (!process.canReadLine()) {
            if (process.state() != QProcess::Running || !output.wait(kWaitMs)) {
                qWarning() << "no listening line; stderr:" << process.readAllStandardError();
                return false;
            }
        }
        const QByteArray line = process.readLine().trimmed();
        const QByteArray prefix = QByteArrayLiteral("listening on ");
        if (!line.startsWith(prefix))
            return false;
        base = QUrl(QString::fromLatin1(line.mid(prefix.size())));
        return base.isValid();
    }

    void stop() {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(10000))
                process.kill();
            process.waitForFinished(5000);
        }
    }

    QUrl api(const QString &path, const QString &query = QString()) const {
        QUrl url = base.resolved(QUrl(path));
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }
    QUrl control(const QString &path) const {
        return base.resolved(QUrl(QStringLiteral("/__sandbox/") + path));
    }
};

class Http {
public:
    Http() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &key,
                  const QByteArray &body = QByteArray()) {
        QNetworkRequest request(url);
        if (!key.isEmpty())
            request.setRawHeader(QByteArrayLiteral("X-DC-DEVKEY"), key);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Response response;
        if (!reply->isFinished() && !finished.wait(kWaitMs)) {
            reply->abort();
            response.error = QNetworkReply::TimeoutError;
        } else {
            response.error = reply->error();
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        response.body = reply->readAll();
        reply->deleteLater();
        return response;
    }
    Response get(const QUrl &url, const QByteArray &key) { return send("GET", url, key); }
    Response post(const QUrl &url, const QByteArray &key, const QJsonObject &body) {
        return send("POST", url, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response put(const QUrl &url, const QByteArray &key, const QJsonObject &body = {}) {
        return send("PUT", url, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response del(const QUrl &url, const QByteArray &key) { return send("DELETE", url, key); }
    void clearConnections() { m_nam.clearConnectionCache(); }

private:
    QNetworkAccessManager m_nam;
};

// One HTTP/1.1 exchange on a fresh TCP connection, read until the server closes it. Unlike
// QNetworkAccessManager this never resends a request, so a withheld reply stays withheld.
inline QByteArray rawExchange(const QUrl &url, const QByteArray &method, const QByteArray &key,
                              const QByteArray &body = QByteArray()) {
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(url.port()));
    if (!socket.waitForConnected(kWaitMs))
        return QByteArray();
    QByteArray request = method + ' ' + url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        request += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    request +=
        " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nX-DC-DEVKEY: " + key +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    socket.write(request);
    // Read until the server closes the connection or a complete reply has arrived.
    QByteArray received;
    auto complete = [&received] {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        for (const QByteArray &line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return received.size() - end - 4 >= line.mid(15).trimmed().toInt();
        }
        return received.startsWith("HTTP/1.1 204");
    };
    while (socket.state() == QAbstractSocket::ConnectedState && !complete()) {
        if (!socket.waitForReadyRead(kWaitMs))
            break;
        received += socket.readAll();
    }
    received += socket.readAll();
    return received;
}

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using RequestPtr = std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

struct Csr {
    QByteArray pem;          // -----BEGIN CERTIFICATE REQUEST-----
    QByteArray publicKeyDer; // SubjectPublicKeyInfo of the key
    QString pemString() const { return QString::fromLatin1(pem); }
};

inline QByteArray publicKeyDer(EVP_PKEY *key) {
    unsigned char *out = nullptr;
    const int size = i2d_PUBKEY(key, &out);
    QByteArray der(reinterpret_cast<const char *>(out), qMax(0, size));
    OPENSSL_free(out);
    return der;
}

// A real CSR: a fresh RSA (bits) or EC P-256 (bits == 256) key, signed with SHA-256. With
// breakSignature the last signature byte is flipped, so the CSR parses but does not verify.
inline Csr makeCsr(int bits = 2048, const char *commonName = "example.com",
                   bool breakSignature = false) {
    Csr csr;
    EVP_PKEY *raw =
        bits == 256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(static_cast<unsigned int>(bits));
    KeyPtr key(raw, EVP_PKEY_free);
    RequestPtr request(X509_REQ_new(), X509_REQ_free);
    if (!key || !request)
        return csr;
    X509_NAME *name = X509_REQ_get_subject_name(request.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_REQ_set_pubkey(request.get(), key.get());
    X509_REQ_sign(request.get(), key.get(), EVP_sha256());
    if (breakSignature) {
        const ASN1_BIT_STRING *signature = nullptr;
        X509_REQ_get0_signature(request.get(), &signature, nullptr);
        unsigned char *data = const_cast<unsigned char *>(ASN1_STRING_get0_data(signature));
        data[ASN1_STRING_length(signature) - 1] ^= 0x5a;
    }
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509_REQ(bio.get(), request.get());
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    csr.pem = QByteArray(data, int(size));
    csr.publicKeyDer = publicKeyDer(key.get());
    return csr;
}

// Every certificate in a PEM bundle, as DER.
inline QList<QByteArray> pemCertificates(const QByteArray &pem) {
    QList<QByteArray> ders;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    while (X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr x(raw, X509_free);
        unsigned char *out = nullptr;
        const int size = i2d_X509(x.get(), &out);
        ders << QByteArray(reinterpret_cast<const char *>(out), size);
        OPENSSL_free(out);
    }
    return ders;
}

// DER, or the first certificate of PEM text (CertCentral sends every certificate as PEM).
inline X509Ptr parseDer(const QByteArray &der) {
    if (der.startsWith("-----BEGIN")) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(der.constData(), int(der.size())), BIO_free);
        return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
    }
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, long(der.size())), X509_free);
}

inline QByteArray certificatePublicKey(const QByteArray &der) {
    X509Ptr x = parseDer(der);
    return x ? publicKeyDer(X509_get0_pubkey(x.get())) : QByteArray();
}

// The DNS names of the subjectAltName extension.
inline QStringList certificateDnsNames(const QByteArray &der) {
    QStringList names;
    X509Ptr x = parseDer(der);
    if (!x)
        return names;
    auto *sans = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(x.get(), NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(sans, i);
        if (name->type == GEN_DNS)
            names << QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                ASN1_STRING_length(name->d.dNSName));
    }
    GENERAL_NAMES_free(sans);
    return names;
}

// True when issuer signed der.
inline bool signedBy(const QByteArray &der, const QByteArray &issuerDer) {
    X509Ptr x = parseDer(der);
    X509Ptr issuer = parseDer(issuerDer);
    return x && issuer && X509_verify(x.get(), X509_get0_pubkey(issuer.get())) == 1;
}

// DER or PEM-armoured (-----BEGIN PKCS7-----, as CertCentral sends p7b and cer).
inline int pkcs7CertificateCount(const QByteArray &der) {
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> p7(nullptr, PKCS7_free);
    if (der.startsWith("-----BEGIN")) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
            BIO_new_mem_buf(der.constData(), int(der.size())), BIO_free);
        p7.reset(PEM_read_bio_PKCS7(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        p7.reset(d2i_PKCS7(nullptr, &p, long(der.size())));
    }
    if (!p7 || !PKCS7_type_is_signed(p7.get()))
        return -1;
    return sk_X509_num(p7->d.sign->cert);
}

inline QString serialHex(const QByteArray &der) {
    X509Ptr x = parseDer(der);
    if (!x)
        return QString();
    const ASN1_INTEGER *serial = X509_get0_serialNumber(x.get());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)),
                   ASN1_STRING_length(serial))
            .toHex()
            .toUpper());
}

inline QJsonObject object(const QByteArray &json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace sbx
