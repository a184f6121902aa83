#include "cli/CliKeyPlan.h"

#include "cli/CliArguments.h"
#include "cli/CliCsrCommands.h"
#include "security/CsrInfo.h"
#include "security/NewKey.h"

#include <QFile>
#include <QFileInfo>

CliKeyPlan::CliKeyPlan(QTextStream &out, QTextStream &err,
                       std::function<int(const QString &)> usage,
                       std::function<int(const QString &)> failure)
    : m_out(out)
    , m_err(err)
    , m_usage(std::move(usage))
    , m_failure(std::move(failure)) {}

CliKeyPlan::~CliKeyPlan() {
    m_passphrase.fill('\0');
}

bool CliKeyPlan::take(QStringList &args, int *exitCode) {
    QString keyText;
    bool hasCsr = false;
    bool hasKey = false;
    bool hasKeyOut = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--csr"), &m_csrFile, &hasCsr)) {
        *exitCode = m_usage(tr("--csr needs a file name"));
        return false;
    }
    if (!CliArguments::takeOption(args, QStringLiteral("--generate-key"), &keyText, &hasKey)) {
        *exitCode = m_usage(
            tr("--generate-key needs one of: %1").arg(KeySpec::names().join(QStringLiteral(", "))));
        return false;
    }
    if (!CliArguments::takeOption(args, QStringLiteral("--key-out"), &m_keyOut, &hasKeyOut)) {
        *exitCode = m_usage(tr("--key-out needs a file name"));
        return false;
    }
    if (hasCsr == hasKey) {
        *exitCode = m_usage(tr("a new key is needed: give either --csr FILE or --generate-key "
                               "TYPE --key-out FILE"));
        return false;
    }
    m_fromFile = hasCsr;
    if (hasKey) {
        QString error;
        if (!KeySpec::parse(keyText, &m_spec, &error)) {
            *exitCode = m_usage(tr("--generate-key: %1").arg(error));
            return false;
        }
        if (!hasKeyOut) {
            *exitCode = m_usage(tr("--key-out is required with --generate-key"));
            return false;
        }
    } else if (hasKeyOut) {
        *exitCode = m_usage(tr("--key-out goes with --generate-key, not with --csr"));
        return false;
    }
    return true;
}

bool CliKeyPlan::check(const QString &commonName, const QStringList &sans, int *exitCode) {
    if (m_fromFile) {
        QFile file(m_csrFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode =
                m_usage(tr("--csr: %1 cannot be read: %2").arg(m_csrFile, file.errorString()));
            return false;
        }
        CsrInfo info;
        QString error;
        if (!CsrInfo::parse(file.readAll(), &info, &error)) {
            *exitCode = m_usage(tr("--csr: %1").arg(error));
            return false;
        }
        const QStringList problems = info.problems(commonName, sans, /*codeSigning=*/false);
        if (!problems.isEmpty()) {
            *exitCode = m_usage(tr("--csr: %1").arg(problems.join(QStringLiteral("; "))));
            return false;
        }
        m_csr = info.pem;
        return true;
    }
    const QString keyOutProblem =
        CliArguments::outputFileProblem(QStringLiteral("--key-out"), m_keyOut);
    if (!keyOutProblem.isEmpty()) {
        *exitCode = m_usage(keyOutProblem);
        return false;
    }
    if (QFileInfo::exists(m_keyOut)) {
        *exitCode = m_usage(
            tr("--key-out: %1 already exists; a key file is never overwritten").arg(m_keyOut));
        return false;
    }
    m_passphrase = CliCsrCommands(m_out, m_err).readPassphrase(exitCode);
    return !m_passphrase.isEmpty();
}

bool CliKeyPlan::make(const QString &commonName, const QStringList &sans, QByteArray *csr,
                      int *exitCode) {
    if (m_fromFile) {
        *csr = m_csr;
        return true;
    }
    QString error;
    const bool made =
        NewKey::make(m_spec, QStringList{commonName} + sans, m_keyOut, m_passphrase, csr, &error);
    m_passphrase.fill('\0');
    if (!made) {
        *exitCode = m_failure(error);
        return false;
    }
    m_err << tr("Private key (%1, encrypted) written to %2 (readable by you only).")
                 .arg(m_spec.description(), m_keyOut)
          << '\n';
    m_err.flush();
    return true;
}
