#pragma once

#include "core/KeySpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

// Where the new key of an order reissue or duplicate comes from: --csr FILE (checked against
// the order's names) or --generate-key TYPE --key-out FILE (a key made here, encrypted with a
// passphrase asked on the terminal, never written over an existing file). Taken from the
// arguments first, checked before anything is sent, and the key made only once the user has
// confirmed.
class CliKeyPlan {
    Q_DECLARE_TR_FUNCTIONS(CliKeyPlan)

public:
    // usage and failure print a problem the way the verb does and return its exit code.
    CliKeyPlan(QTextStream &out, QTextStream &err, std::function<int(const QString &)> usage,
               std::function<int(const QString &)> failure);
    ~CliKeyPlan();
    CliKeyPlan(const CliKeyPlan &) = delete;
    CliKeyPlan &operator=(const CliKeyPlan &) = delete;

    // Takes --csr, --generate-key and --key-out from args; false with the usage exit code.
    bool take(QStringList &args, int *exitCode);
    // Reads and checks the CSR against the names, or checks the key file and asks the
    // passphrase.
    bool check(const QString &commonName, const QStringList &sans, int *exitCode);
    // The CSR to send: the file's, or one for a key made and saved now.
    bool make(const QString &commonName, const QStringList &sans, QByteArray *csr, int *exitCode);
    bool fromFile() const { return m_fromFile; }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<int(const QString &)> m_usage;
    std::function<int(const QString &)> m_failure;
    bool m_fromFile = false;
    QString m_csrFile;
    QByteArray m_csr;
    KeySpec m_spec;
    QString m_keyOut;
    QByteArray m_passphrase;
};
