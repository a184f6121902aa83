#include "cli/CliApp.h"

#include "cli/CliCertCommands.h"
#include "cli/CliCheckCommand.h"
#include "cli/CliContext.h"
#include "cli/CliCsrCommands.h"
#include "cli/CliFinanceCommands.h"
#include "cli/CliLifecycleCommands.h"
#include "cli/CliListCommands.h"
#include "cli/CliOrderCommands.h"
#include "cli/CliRequestCommands.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliProfileCommands.h"
#include "core/OrderCsv.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "security/SecretRedactor.h"
#include "services/AccountService.h"
#include "services/Await.h"
#include "services/Connection.h"
#include "services/DomainService.h"
#include "services/OrderService.h"
#include "services/OrganizationService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSslCertificate>

namespace {

// Before the verbs, which each command class declares with its own lines (CliVerb).
const char *kUsageHead = QT_TRANSLATE_NOOP(
    "CliApp",
    "Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]\n"
    "                    [--log-file FILE] [--verbose] VERB ...\n"
    "\n"
    "Verbs:\n");
// After the verbs.
const char *kUsageFoot = QT_TRANSLATE_NOOP(
    "CliApp",
    "\n"
    "The API key comes from the profile's entry in the OS keychain (--profile, or the active\n"
    "profile), or from the environment variable CERTDESK_API_KEY; never from the command line.\n"
    "profile add and set-key read the key from CERTDESK_API_KEY or from standard input\n"
    "(without echo on a terminal). Exit codes: 0 ok, 2 usage, 3 API or keychain error,\n"
    "4 network or TLS error.\n");

bool takeOption(QStringList &args, const QString &name, QString *value, bool *present = nullptr) {
    return CliArguments::takeOption(args, name, value, present);
}
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_output(out, err) {}

int CliApp::usage(const QString &problem) {
    if (!problem.isEmpty())
        m_err << tr("certdesk-cli: %1").arg(problem) << '\n';
    m_err << usageText();
    m_err.flush();
    return CliOutput::Usage;
}

int CliApp::run(const QStringList &arguments) {
    QStringList args = arguments;
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        m_out << usageText();
        m_out.flush();
        return args.isEmpty() ? CliOutput::Usage : CliOutput::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        m_out << QStringLiteral("certdesk-cli %1\n").arg(QStringLiteral(CERTDESK_VERSION));
        m_out.flush();
        return CliOutput::Ok;
    }
    Globals g;
    int exitCode = CliOutput::Ok;
    if (!readGlobals(args, &g, &exitCode))
        return exitCode;
    const CliVerb *verb = findVerb(args, &exitCode);
    if (!verb)
        return exitCode;
    CliContext context(m_out, m_err, m_output,
                       [this](const QString &problem) { return usage(problem); });
    context.extraCa = g.extraCa;
    context.timeoutMs = g.timeoutMs;
    if (verb->needs == CliVerb::Needs::Nothing)
        return verb->run(context, args);
    ProfileStore profiles;
    CredentialStore credentials;
    context.profiles = &profiles;
    context.credentials = &credentials;
    if (verb->needs == CliVerb::Needs::Profiles)
        return verb->run(context, args);
    CertCentralClient client;
    if (!connectClient(g, profiles, credentials, &client, &exitCode))
        return exitCode;
    context.client = &client;
    return verb->run(context, args);
}

// --api-url, --ca-file, --timeout, --profile, --log-file and --verbose, before the verb.
bool CliApp::readGlobals(QStringList &args, Globals *g, int *exitCode) {
    if (!takeOption(args, QStringLiteral("--api-url"), &g->apiUrl, &g->hasUrl))
        return CliOutput::stop(exitCode, usage(tr("--api-url needs a URL")));
    if (!takeOption(args, QStringLiteral("--ca-file"), &g->caFile, &g->hasCa))
        return CliOutput::stop(exitCode, usage(tr("--ca-file needs a file name")));
    if (!takeOption(args, QStringLiteral("--timeout"), &g->timeout, &g->hasTimeout))
        return CliOutput::stop(exitCode, usage(tr("--timeout needs a number of seconds")));
    if (!takeOption(args, QStringLiteral("--profile"), &g->profileName, &g->hasProfile))
        return CliOutput::stop(exitCode, usage(tr("--profile needs a profile name")));
    if (!takeOption(args, QStringLiteral("--log-file"), &g->logFile, &g->hasLog))
        return CliOutput::stop(exitCode, usage(tr("--log-file needs a file name")));
    // Quiet by default; --verbose shows every request (QT_LOGGING_RULES still wins).
    if (CliArguments::takeFlag(args, QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*=true"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*.info=false"));
    if (g->hasLog) {
        const QString logProblem =
            CliArguments::outputFileProblem(QStringLiteral("--log-file"), g->logFile);
        if (!logProblem.isEmpty())
            return CliOutput::stop(exitCode, usage(logProblem));
    }
    if (g->hasLog && !SecretRedactor::instance().setLogFile(g->logFile))
        return CliOutput::stop(exitCode, usage(tr("--log-file: cannot write %1").arg(g->logFile)));
    if (g->hasProfile && g->hasUrl)
        return CliOutput::stop(
            exitCode,
            usage(tr("--profile and --api-url exclude each other: a profile has its own URL")));

    if (g->hasTimeout) {
        bool ok = false;
        const int seconds = g->timeout.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return CliOutput::stop(
                exitCode, usage(tr("--timeout must be a whole number of seconds from 1 to 600")));
        g->timeoutMs = seconds * 1000;
    }
    if (g->hasCa) {
        const QFileInfo caInfo(g->caFile);
        if (!caInfo.isFile() || !caInfo.isReadable())
            return CliOutput::stop(
                exitCode, usage(tr("--ca-file: %1 is not a readable file").arg(g->caFile)));
        g->extraCa = QSslCertificate::fromPath(g->caFile);
        if (g->extraCa.isEmpty())
            return CliOutput::stop(
                exitCode, usage(tr("--ca-file %1 holds no PEM certificate").arg(g->caFile)));
    }
    return true;
}

// Which key and URL: --profile, else CERTDESK_API_KEY (with --api-url or the US URL), else
// the active profile; the client is configured once they are known good.
bool CliApp::connectClient(Globals g, ProfileStore &profiles, CredentialStore &credentials,
                           CertCentralClient *client, int *exitCode) {
    QUrl url = g.hasUrl ? QUrl(g.apiUrl, QUrl::StrictMode) : CertCentralClient::usBaseUrl();
    QString key;
    Profile profile;
    const QString envKey = qEnvironmentVariable("CERTDESK_API_KEY");
    if (g.hasProfile) {
        profile = profiles.profileByName(g.profileName);
        if (!profile.isValid())
            return CliOutput::stop(
                exitCode, usage(tr("no profile named \"%1\"; see certdesk-cli profile list")
                                    .arg(g.profileName)));
    } else if (envKey.isEmpty() && !g.hasUrl) {
        profile = profiles.activeProfile();
    }
    if (profile.isValid()) {
        if (profile.service == Profile::Service::Sandbox)
            return CliOutput::stop(
                exitCode, usage(tr("the sandbox profile lives in the desktop program; start "
                                   "certdesk-sandbox and use --api-url with CERTDESK_API_KEY")));
        const CredentialStore::Result r = credentials.readKeyAndWait(profile.keychainKey());
        if (!r.ok()) {
            m_err << tr("certdesk-cli: profile %1: %2").arg(profile.name, r.message) << '\n';
            m_err.flush();
            return CliOutput::stop(exitCode, CliOutput::ApiFailure);
        }
        key = r.key;
        url = profile.effectiveUrl();
        g.extraCa += Connection::profileCas(profile);
    } else {
        if (envKey.isEmpty())
            return CliOutput::stop(
                exitCode,
                usage(tr("no API key: add a profile (certdesk-cli profile add NAME) or set "
                         "the environment variable CERTDESK_API_KEY")));
        const QString keyProblem = Profile::validateApiKey(envKey, &key);
        if (!keyProblem.isEmpty())
            return CliOutput::stop(exitCode, usage(tr("CERTDESK_API_KEY: %1").arg(keyProblem)));
    }
    const QString urlProblem = Profile::validateUrl(url);
    if (!urlProblem.isEmpty())
        return CliOutput::stop(exitCode, usage(tr("--api-url: %1").arg(urlProblem)));
    Connection{url, key, g.extraCa, g.timeoutMs}.apply(client);
    return true;
}

const QList<CliVerb> &CliApp::verbs() {
    static const QList<CliVerb> all = [] {
        QList<CliVerb> list;
        list << CliProfileCommands::verbs() << CliListCommands::verbs() << CliCsrCommands::verbs()
             << CliOrderCommands::verbs() << CliLifecycleCommands::verbs()
             << CliCertCommands::verbs() << CliRequestCommands::verbs()
             << CliFinanceCommands::verbs() << CliCheckCommand::verbs();
        return list;
    }();
    return all;
}

QString CliApp::usageText() {
    QString text = tr(kUsageHead);
    for (const CliVerb &verb : verbs())
        if (verb.help)
            text += QCoreApplication::translate("CliVerb", verb.help);
    return text + tr(kUsageFoot);
}

// The verb named by the first one or two words, taken from args; nullptr after the usage.
const CliVerb *CliApp::findVerb(QStringList &args, int *exitCode) {
    if (args.isEmpty()) {
        *exitCode = usage(tr("missing verb"));
        return nullptr;
    }
    const QString noun = args.takeFirst();
    QStringList known;
    for (const CliVerb &verb : verbs()) {
        if (verb.noun != noun)
            continue;
        if (verb.verb.isEmpty() || (!args.isEmpty() && verb.verb == args.first())) {
            if (!verb.verb.isEmpty())
                args.removeFirst();
            return &verb;
        }
        if (verb.help)
            known << verb.verb;
    }
    if (known.isEmpty()) {
        *exitCode = usage(tr("unknown verb \"%1\"").arg(noun));
        return nullptr;
    }
    QString needs = tr("%1 needs %2").arg(noun, known.last());
    if (known.size() > 1)
        needs = tr("%1 needs %2")
                    .arg(noun, tr("%1 or %2")
                                   .arg(known.mid(0, known.size() - 1).join(QStringLiteral(", ")),
                                        known.last()));
    // A word that is no verb of this noun is named, then what the noun takes.
    if (!args.isEmpty() && !args.first().startsWith(QLatin1Char('-')))
        needs = tr("unknown verb \"%1\"").arg(noun + QLatin1Char(' ') + args.first()) +
                QStringLiteral("; ") + needs;
    *exitCode = usage(needs);
    return nullptr;
}
