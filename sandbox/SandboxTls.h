#pragma once

#include <QByteArray>
#include <QString>

// Gives the sandbox its HTTPS identity: a private CA and a server certificate for localhost and
// 127.0.0.1 signed by it, stored as PEM in the state folder (ca.pem, server.pem,
// server-key.pem). A valid, current set found there is reused; anything else is replaced.
// The CA's private key is never written, so nothing else can be signed with it later.
class SandboxTls {
public:
    // Returns false with errorString() set when the files can be neither loaded nor created.
    bool prepare(const QString &stateDir);

    QString errorString() const { return m_error; }
    // True when prepare() wrote new files instead of reusing existing ones.
    bool generated() const { return m_generated; }
    // Why existing files were not reused (empty when they were, or when there were none).
    QString regenerationReason() const { return m_reason; }

    QString caCertificatePath() const { return m_caPath; }
    QByteArray caCertificatePem() const { return m_caPem; }
    QByteArray serverCertificatePem() const { return m_serverPem; }
    QByteArray serverKeyPem() const { return m_keyPem; }

    static constexpr int kValidityDays = 730;

private:
    bool loadExisting(const QString &dir);
    bool generate(const QString &dir);
    bool fail(const QString &message);

    QString m_error;
    QString m_reason;
    bool m_generated = false;
    QString m_caPath;
    QByteArray m_caPem;
    QByteArray m_serverPem;
    QByteArray m_keyPem;
};
