#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// The sandbox's certificate authority for ordered certificates: a root and two intermediates
// (TLS and code signing), all EC P-256, generated at start-up or restored from the state file.
// It checks CSRs (signature and key strength) and issues real X.509 certificates for the key in
// the CSR, or for a key the sandbox generates once per size when an order has no CSR.
class SandboxCertificateIssuer {
public:
    struct CsrInfo {
        QByteArray publicKeyDer; // SubjectPublicKeyInfo
        QString keyType;         // RSA or EC
        int keyBits = 0;
    };

    enum class CsrProblem { None, Unreadable, BadSignature, WeakKey };

    struct Subject {
        QString commonName;
        QString organization;
        QString locality;
        QString state;
        QString country;
        QString email;
    };

    struct IssueRequest {
        QByteArray publicKeyDer; // empty: the seed key of keyBits/keyType
        QString keyType = QStringLiteral("RSA");
        int keyBits = 2048;
        Subject subject;
        QStringList dnsNames; // TLS only
        QByteArray serial;
        qint64 notBefore = 0; // seconds since the epoch
        qint64 notAfter = 0;
        int signatureHash = 0; // 0 sha256, 1 sha384, 2 sha512
        bool codeSigning = false;
        QString validationType; // dv, ov, ev, cs, ev_cs: picks the policy OID
    };

    SandboxCertificateIssuer();
    ~SandboxCertificateIssuer();
    SandboxCertificateIssuer(const SandboxCertificateIssuer &) = delete;
    SandboxCertificateIssuer &operator=(const SandboxCertificateIssuer &) = delete;

    // Creates the CA hierarchy. Returns false with *error set on an OpenSSL failure.
    bool initialize(QString *error);
    bool isInitialized() const;

    // Reads a PEM CSR (the BEGIN/END lines may be left out) and checks its signature. RSA keys
    // need minRsaBits; EC keys need 256 bits or more.
    static CsrProblem parseCsr(const QString &text, int minRsaBits, CsrInfo *info,
                               QString *message);

    // The DER certificate, or empty with *error set.
    QByteArray issue(const IssueRequest &request, QString *error);

    QByteArray rootDer() const;
    QByteArray intermediateDer(bool codeSigning) const;
    QString intermediateName(bool codeSigning) const;

    static QByteArray toPem(const QByteArray &der, const char *label = "CERTIFICATE");
    // A certs-only PKCS#7 (the .p7b format), DER encoded.
    static QByteArray pkcs7(const QList<QByteArray> &ders);
    static QByteArray sha1(const QByteArray &data);
    // The SubjectPublicKeyInfo inside a DER certificate.
    static QByteArray publicKeyOf(const QByteArray &certificateDer);

    QJsonObject save() const;
    bool load(const QJsonObject &json, QString *error);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
};
