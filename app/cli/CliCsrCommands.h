#pragma once

#include "cli/CliVerb.h"
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

struct KeySpec;

// certdesk-cli csr new: a private key and a CSR made here, without CertCentral. The key is
// written encrypted (passphrase from CERTDESK_KEY_PASSPHRASE or asked twice without echo)
// unless --no-passphrase is given; the CSR goes to standard output or --out.
class CliCsrCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCsrCommands)

public:
    // Its verbs, for CliApp to list in --help and dispatch to.
    static QList<CliVerb> verbs();
    CliCsrCommands(QTextStream &out, QTextStream &err);
    static constexpr int kMinPassphraseLength = 8;

    // The passphrase for a new key (CERTDESK_KEY_PASSPHRASE, else asked twice without echo),
    // or empty with *exitCode set and the problem printed.
    QByteArray readPassphrase(int *exitCode);

private:
    static QString checkNames(bool codeSigning, const KeySpec &spec, const QStringList &sans,
                              QString *commonName, QStringList *names);
    static QString outputProblem(const QString &keyOut, bool hasCsrOut, const QString &csrOut);
    bool askPassphrase(bool noPassphrase, const QString &keyOut, QByteArray *passphrase,
                       int *exitCode);
    int create(QStringList args);
    int usage(const QString &problem);
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};
