#pragma once

#include "cli/CliVerb.h"
#include "core/RevokeRequest.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CliOutput;

// certdesk-cli cert revoke: one certificate (by id or serial number) or every certificate on an
// order, with a reason and, for key_compromise, when the key was compromised. Irreversible:
// it asks for confirmation on a terminal and needs --yes otherwise; sent once.
// cert download: an issued certificate in one of CertCentral's formats, or (--format p12) the
// issued chain with the local key in one PKCS#12 file.
class CliCertCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCertCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliCertCommands(CliOutput &app, QTextStream &out, QTextStream &err, CertCentralClient &client);
    int revoke(QStringList args);
    // cert download ID [--format F] [--out FILE]: as CertCentral sends it, or p12.
    int download(QStringList args);

private:
    // The rest of "cert download ID --format p12 --key FILE [--out FILE]" (--format taken).
    int downloadPkcs12(QStringList args);
    bool checkOrderCompromise(RevokeRequest *request, int *exitCode);
    // What a revocation takes away, in words ("certificate 42").
    static QString describe(const RevokeRequest &request);
    static QString readTarget(RevokeRequest::Scope scope, const QString &target,
                              bool hasCompromised, const QString &compromised,
                              RevokeRequest *request);
    int usage(const QString &problem);
    int failure(const QString &message);
    // The passphrase of a key file (CERTDESK_KEY_PASSPHRASE, else asked once when encrypted).
    static QByteArray keyPassphrase(const QString &keyFile, const QByteArray &pem);
    // The new PKCS#12 passphrase (CERTDESK_P12_PASSPHRASE, else asked twice without echo), or
    // empty with *exitCode set and the problem printed.
    QByteArray newBundlePassphrase(int *exitCode);

    CliOutput &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
    CertCentralClient &m_client;
};
