#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// certdesk-cli csr new: a private key and a CSR made here, without CertCentral. The key is
// written encrypted (passphrase from CERTDESK_KEY_PASSPHRASE or asked twice without echo)
// unless --no-passphrase is given; the CSR goes to standard output or --out.
class CliCsrCommands {
    Q_DECLARE_TR_FUNCTIONS(CliCsrCommands)

public:
    CliCsrCommands(QTextStream &out, QTextStream &err);
    int run(QStringList args);
    static constexpr int kMinPassphraseLength = 8;

private:
    int create(QStringList args);
    int usage(const QString &problem);
    int failure(const QString &message);
    // The passphrase, or empty with *exitCode set.
    QByteArray readPassphrase(int *exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};
