#pragma once

#include "cli/CliVerb.h"
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QTextStream>

class CredentialStore;
class ProfileStore;

// certdesk-cli profile add | list | use | rename | set-key | remove. Profiles are shared with
// the desktop program; keys go to the OS keychain only, read from CERTDESK_API_KEY or from
// standard input, never from the command line.
class CliProfileCommands {
    Q_DECLARE_TR_FUNCTIONS(CliProfileCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliProfileCommands(QTextStream &out, QTextStream &err, ProfileStore &profiles,
                       CredentialStore &credentials);
    // The global --ca-file and --timeout, used by add and set-key to check the key.
    void setConnection(const QList<QSslCertificate> &extraCa, int timeoutMs);

private:
    int add(QStringList args);
    int list(QStringList args);
    int use(QStringList args);
    int rename(QStringList args);
    int setKey(QStringList args);
    int remove(QStringList args);
    int usage(const QString &problem);
    int failure(const QString &message, int code);
    // The key from CERTDESK_API_KEY or standard input, checked; empty with *exitCode set.
    QString readKey(const QString &profileName, int *exitCode);
    // Asks GET user/me with the key; prints who it belongs to. Returns an exit code.
    int checkKey(const QUrl &url, const QString &key, const QList<QSslCertificate> &ca);

    QTextStream &m_out;
    QTextStream &m_err;
    ProfileStore &m_profiles;
    CredentialStore &m_credentials;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs = 30000;
};
