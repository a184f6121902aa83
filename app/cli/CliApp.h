#pragma once

#include "cli/CliOutput.h"
#include "cli/CliVerb.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QTextStream>

class CertCentralClient;
class CredentialStore;
class ProfileStore;

// certdesk-cli: the global options, the connection, and the dispatch to the verbs, which the
// Cli*Commands classes declare (CliVerb: words, help lines, what they need) and run with a
// CliContext. Output and exit codes: CliOutput.
class CliApp : public QObject {
    Q_OBJECT
public:
    CliApp(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    int run(const QStringList &arguments);

private:
    // The options that come before the verb.
    struct Globals {
        QString apiUrl;
        QString caFile;
        QString timeout;
        QString profileName;
        QString logFile;
        bool hasUrl = false;
        bool hasCa = false;
        bool hasTimeout = false;
        bool hasProfile = false;
        bool hasLog = false;
        int timeoutMs = 30000;
        QList<QSslCertificate> extraCa;
    };
    int usage(const QString &problem);
    bool readGlobals(QStringList &args, Globals *g, int *exitCode);
    bool connectClient(Globals g, ProfileStore &profiles, CredentialStore &credentials,
                       CertCentralClient *client, int *exitCode);
    // Every verb of every command class, in the order of --help.
    static const QList<CliVerb> &verbs();
    QString usageText();
    const CliVerb *findVerb(QStringList &args, int *exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    CliOutput m_output;
};
