#include "cli/CliCsrCommands.h"

#include "cli/CliContext.h"
#include "security/NewKey.h"

#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/DnsName.h"
#include "core/KeySpec.h"
#include "core/PlainText.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

CliCsrCommands::CliCsrCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err) {}

int CliCsrCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the csr verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliCsrCommands::failure(const QString &message) {
    m_err << tr("certdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
    return CliOutput::ApiFailure;
}

QByteArray CliCsrCommands::readPassphrase(int *exitCode) {
    QByteArray pass = qgetenv("CERTDESK_KEY_PASSPHRASE");
    if (pass.isEmpty()) {
        pass = CliArguments::readSecretLine(tr("Passphrase for the new private key: ")).toUtf8();
        if (isatty(STDIN_FILENO) == 1) {
            const QByteArray again = CliArguments::readSecretLine(tr("The same again: ")).toUtf8();
            if (again != pass) {
                *exitCode = usage(tr("the two passphrases differ; nothing was written"));
                return {};
            }
        }
    }
    if (pass.size() < kMinPassphraseLength) {
        *exitCode = usage(tr("the passphrase needs at least %1 characters (or give "
                             "--no-passphrase to write the key unencrypted)")
                              .arg(kMinPassphraseLength));
        return {};
    }
    return pass;
}

// The names a CSR will carry: a domain and its SANs, or an organization name for code signing.
// Empty when they may be used (commonName normalized, names without it), else the problem.
QString CliCsrCommands::checkNames(bool codeSigning, const KeySpec &spec, const QStringList &sans,
                                   QString *commonName, QStringList *names) {
    if (codeSigning) {
        const QString problem = spec.problemForCodeSigning();
        if (!problem.isEmpty())
            return tr("--key: %1").arg(problem);
        if (!sans.isEmpty())
            return tr("--san: code-signing requests carry no domain names");
        *commonName = commonName->trimmed();
        if (commonName->size() > 64)
            return tr("--cn: an organization name in a certificate has at most 64 "
                      "characters; \"%1\" has %2")
                .arg(*commonName)
                .arg(commonName->size());
        const QString textProblem = PlainText::problem(*commonName, false);
        if (!textProblem.isEmpty())
            return tr("--cn: %1").arg(textProblem);
    } else {
        const QString cnProblem = DnsName::problem(*commonName, true);
        if (!cnProblem.isEmpty())
            return tr("--cn: %1").arg(cnProblem);
        *commonName = DnsName::normalized(*commonName);
        for (const QString &san : std::as_const(sans)) {
            const QString problem = DnsName::problem(san, true);
            if (!problem.isEmpty())
                return tr("--san: %1").arg(problem);
            const QString n = DnsName::normalized(san);
            if (n != *commonName && !names->contains(n))
                *names << n;
        }
    }
    return {};
}

// Where the key and the CSR go (without --out: standard output); a key file is never replaced.
QString CliCsrCommands::outputProblem(const QString &keyOut, bool hasCsrOut,
                                      const QString &csrOut) {
    const QString keyOutProblem =
        CliArguments::outputFileProblem(QStringLiteral("--key-out"), keyOut);
    if (!keyOutProblem.isEmpty())
        return keyOutProblem;
    if (hasCsrOut) {
        const QString csrOutProblem =
            CliArguments::outputFileProblem(QStringLiteral("--out"), csrOut);
        if (!csrOutProblem.isEmpty())
            return csrOutProblem;
    }
    if (QFileInfo::exists(keyOut))
        return tr("--key-out: %1 already exists; a key file is never overwritten").arg(keyOut);

    return {};
}

// The key's passphrase, asked twice; or, with --no-passphrase, the warning that it is not
// encrypted. False with the exit code when none was given.
bool CliCsrCommands::askPassphrase(bool noPassphrase, const QString &keyOut, QByteArray *passphrase,
                                   int *exitCode) {
    if (noPassphrase) {
        m_err << tr("certdesk-cli: warning: the private key is written unencrypted; anyone who "
                    "can read %1 can use it.")
                     .arg(keyOut)
              << '\n';
        m_err.flush();
        return true;
    }
    *passphrase = readPassphrase(exitCode);
    return !passphrase->isEmpty();
}

int CliCsrCommands::create(QStringList args) {
    QString commonName;
    QString keyText = QStringLiteral("rsa:2048");
    QString keyOut;
    QString csrOut;
    bool hasCn = false;
    bool hasKeyOut = false;
    bool hasCsrOut = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--cn"), &commonName, &hasCn))
        return usage(tr("--cn needs the common name"));
    if (!CliArguments::takeOption(args, QStringLiteral("--key"), &keyText))
        return usage(tr("--key needs one of: %1").arg(KeySpec::names().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--key-out"), &keyOut, &hasKeyOut))
        return usage(tr("--key-out needs a file name"));
    if (!CliArguments::takeOption(args, QStringLiteral("--out"), &csrOut, &hasCsrOut))
        return usage(tr("--out needs a file name"));
    QStringList sans;
    for (;;) {
        QString san;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--san"), &san, &present))
            return usage(tr("--san needs a name"));
        if (!present)
            break;
        sans << san;
    }
    const bool codeSigning = CliArguments::takeFlag(args, QStringLiteral("--code-signing"));
    const bool noPassphrase = CliArguments::takeFlag(args, QStringLiteral("--no-passphrase"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!hasCn || commonName.trimmed().isEmpty())
        return usage(tr("--cn is required: the common name (a domain, or the organization "
                        "name with --code-signing)"));
    if (!hasKeyOut)
        return usage(tr("--key-out is required: where to write the private key"));
    KeySpec spec;
    QString error;
    if (!KeySpec::parse(keyText, &spec, &error))
        return usage(tr("--key: %1").arg(error));

    QStringList names;
    if (const QString problem = checkNames(codeSigning, spec, sans, &commonName, &names);
        !problem.isEmpty())
        return usage(problem);
    if (const QString problem = outputProblem(keyOut, hasCsrOut, csrOut); !problem.isEmpty())
        return usage(problem);

    QByteArray passphrase;
    int exitCode = CliOutput::Ok;
    if (!askPassphrase(noPassphrase, keyOut, &passphrase, &exitCode))
        return exitCode;

    QByteArray csr;
    const bool made =
        NewKey::make(spec, QStringList{commonName} + names, keyOut, passphrase, &csr, &error);
    passphrase.fill('\0');
    if (!made)
        return failure(error);
    if (hasCsrOut) {
        QSaveFile file(csrOut);
        if (!file.open(QIODevice::WriteOnly) || file.write(csr) != csr.size() || !file.commit())
            return failure(
                tr("the CSR could not be written to %1: %2").arg(csrOut, file.errorString()));
    } else {
        m_out << QString::fromLatin1(csr);
        m_out.flush();
    }
    m_err << tr("Private key (%1, %2) written to %3 (readable by you only).")
                 .arg(spec.description(),
                      noPassphrase ? tr("unencrypted") : tr("encrypted with your passphrase"),
                      keyOut)
          << '\n';
    m_err.flush();
    return CliOutput::Ok;
}

QList<CliVerb> CliCsrCommands::verbs() {
    return {
        {QStringLiteral("csr"), QStringLiteral("new"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  csr new --cn NAME [--san NAME ...] [--key "
             "rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384]\n"
             "          --key-out FILE [--out CSR_FILE] [--no-passphrase] [--code-signing]\n"),
         CliVerb::Needs::Nothing,
         [](CliContext &c, QStringList args) {
             return CliCsrCommands(c.out, c.err).create(args);
         }},
    };
}
