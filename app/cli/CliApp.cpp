#include "CliApp.h"

#include "CliCertCommands.h"
#include "CliCheckCommand.h"
#include "CliCsrCommands.h"
#include "CliFinanceCommands.h"
#include "CliLifecycleCommands.h"
#include "CliListCommands.h"
#include "CliOrderCommands.h"
#include "CliRequestCommands.h"

#include "CertCentralClient.h"
#include "CliArguments.h"
#include "CliProfileCommands.h"
#include "CredentialStore.h"
#include "OrderCsv.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretRedactor.h"
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

const char *kUsage = QT_TRANSLATE_NOOP(
    "CliApp",
    "Usage: certdesk-cli [--profile NAME | --api-url URL] [--ca-file PEM] [--timeout SECONDS]\n"
    "                    [--log-file FILE] [--verbose] VERB ...\n"
    "\n"
    "Verbs:\n"
    "  profile add NAME [--service us|eu | --url URL] [--ca-file PEM] [--no-check]\n"
    "  profile list [--format table|json]\n"
    "  profile use NAME\n"
    "  profile rename NAME NEW_NAME\n"
    "  profile set-key NAME [--no-check]\n"
    "  profile remove NAME [--yes]\n"
    "  orders list [--status S] [--search TEXT] [--sort FIELD] [--product NAME_ID]\n"
    "              [--organization ID] [--container ID] [--valid-till-from yyyy-MM-dd]\n"
    "              [--valid-till-to yyyy-MM-dd] [--format table|json|csv]\n"
    "              [--columns order_id,common_name,...]  (table and csv; see the README)\n"
    "  orders show ID [--format table|json]\n"
    "  domains list [--search TEXT] [--format table|json|csv]\n"
    "  organizations list [--search TEXT] [--format table|json|csv]\n"
    "  contacts list --organization ID [--format table|json|csv]  (verified contacts)\n"
    "  csr new --cn NAME [--san NAME ...] [--key rsa:2048|rsa:3072|rsa:4096|ec:p256|ec:p384]\n"
    "          --key-out FILE [--out CSR_FILE] [--no-passphrase] [--code-signing]\n"
    "  order new --product ID --cn NAME [--san NAME ...] (--csr FILE | --generate-key TYPE\n"
    "            --key-out FILE) [--years 1|2|3] [--dcv-method M] [--organization ID]\n"
    "            [--dcv-email NAME=ADDRESS ...] [--custom-field ID=VALUE ...]\n"
    "            [--payment balance] [--skip-approval] [--format table|json] [--yes]\n"
    "  order reissue ID [--cn NAME] [--san NAME ...] (--csr FILE | --generate-key TYPE\n"
    "            --key-out FILE) [--dcv-scope base_domain|fqdn] [--dcv-method M]\n"
    "            [--comments T] [--skip-approval] [--format table|json] [--yes]\n"
    "            (names default to the order's; earlier certificates may be revoked)\n"
    "  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]\n"
    "            [--comments T] [--skip-approval] [--format table|json] [--yes]\n"
    "            (code-signing orders: no names; a CSR from your HSM only with email)\n"
    "  order duplicate ID --expires yyyy-MM-dd (--csr FILE | --generate-key TYPE\n"
    "            --key-out FILE) [--comments T] [--skip-approval] [--format table|json] [--yes]\n"
    "  order cancel ID --note T [--yes]\n"
    "  order dcv ID (status | method M | random | check | resend) [--format table|json]\n"
    "  cert download CERTIFICATE_ID\n"
    "            [--format pem_all|pem_noroot|pem_nointermediate|p7b|der|p12]\n"
    "            [--key FILE] [--out FILE]  (der is made here from pem_nointermediate;\n"
    "            p7b is PEM-armoured as CertCentral sends it; p12: the chain with the key of\n"
    "            --key, passphrases from CERTDESK_KEY_PASSPHRASE and CERTDESK_P12_PASSPHRASE\n"
    "            or asked)\n"
    "  cert revoke (--certificate ID | --serial HEX | --order ID) --reason R\n"
    "            [--compromised-at ISO8601] [--comments T] [--skip-approval]\n"
    "            [--format table|json] [--yes]  (R: unspecified, keyCompromise,\n"
    "            affiliationChanged, superseded, cessationOfOperation; key_compromise and the\n"
    "            like are read too. --compromised-at only with keyCompromise, with a zone:\n"
    "            ...T14:30:00Z; sent as the first line of the comments)\n"
    "  requests list [--status pending|submitted|approved|rejected]\n"
    "            [--type new_request|reissue|duplicate|revoke] [--format table|json|csv]\n"
    "  requests show ID [--format table|json]\n"
    "  requests approve ID [--comment T] [--yes]\n"
    "  requests reject ID --comment T [--yes]\n"
    "  finance balance [--container ID] [--format table|json]\n"
    "  finance history [--container ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type T]\n"
    "            [--format table|json|csv]  (the balance history: charges, deposits, transfers,\n"
    "            invoice payments)\n"
    "  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]\n"
    "            (moves whole amounts between divisions; separate division funds must be on)\n"
    "  finance profile [--format table|json]  (the stored cards, read only)\n"
    "  finance pay [--container ID]  (what is owed on invoices, and the CertCentral console\n"
    "            page where invoices are paid: the API has none)\n"
    "  account fields [--format table|json|csv]  (custom order fields)\n"
    "  me [--format table|json]\n"
    "  check [--format table|json]  (a read-only tour of the account: what CertDesk can read)\n"
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
    m_err << tr(kUsage);
    m_err.flush();
    return CliOutput::Usage;
}

int CliApp::run(const QStringList &arguments) {
    QStringList args = arguments;
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        m_out << tr(kUsage);
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
    if (!args.isEmpty() && args.first() == QLatin1String("csr")) {
        args.removeFirst(); // made here: no key, no CertCentral
        return CliCsrCommands(m_out, m_err).run(args);
    }

    ProfileStore profiles;
    CredentialStore credentials;
    if (!args.isEmpty() && args.first() == QLatin1String("profile")) {
        args.removeFirst();
        CliProfileCommands commands(m_out, m_err, profiles, credentials);
        commands.setConnection(g.extraCa, g.timeoutMs);
        return commands.run(args);
    }

    CertCentralClient client;
    if (!connectClient(g, profiles, credentials, &client, &exitCode))
        return exitCode;
    return dispatch(client, args);
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

int CliApp::dispatch(CertCentralClient &client, QStringList args) {
    CliListCommands lists(m_output, m_out, m_err,
                          [this](const QString &problem) { return usage(problem); });
    if (args.isEmpty())
        return usage(tr("missing verb"));
    const QString noun = args.takeFirst();
    if (noun == QLatin1String("me"))
        return lists.me(client, args);
    if (noun == QLatin1String("check"))
        return CliCheckCommand(m_output, m_out, m_err, client).run(args);
    if (noun == QLatin1String("orders")) {
        if (args.isEmpty())
            return usage(tr("orders needs list or show"));
        const QString verb = args.takeFirst();
        if (verb == QLatin1String("list"))
            return lists.ordersList(client, args);
        if (verb == QLatin1String("show"))
            return lists.ordersShow(client, args);
        return usage(tr("unknown verb \"orders %1\"; use list or show").arg(verb));
    }
    if (noun == QLatin1String("domains")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("domains needs list"));
        return lists.domainsList(client, args);
    }
    if (noun == QLatin1String("organizations")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("organizations needs list"));
        return lists.organizationsList(client, args);
    }
    if (noun == QLatin1String("contacts")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("contacts needs list"));
        return lists.contactsList(client, args);
    }
    if (noun == QLatin1String("account")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("fields"))
            return usage(tr("account needs fields"));
        return lists.accountFields(client, args);
    }
    if (noun == QLatin1String("order")) {
        if (!args.isEmpty() && CliLifecycleCommands::handles(args.first()))
            return CliLifecycleCommands(m_output, m_out, m_err, client).run(args);
        return CliOrderCommands(m_output, m_out, m_err, client).run(args);
    }
    if (noun == QLatin1String("cert")) {
        const QString verb = args.isEmpty() ? QString() : args.takeFirst();
        if (verb == QLatin1String("download"))
            return lists.certDownload(client, args);
        if (verb == QLatin1String("revoke"))
            return CliCertCommands(m_output, m_out, m_err, client).revoke(args);
        return usage(tr("cert needs download or revoke"));
    }
    if (noun == QLatin1String("requests"))
        return CliRequestCommands(m_output, m_out, m_err, client).run(args);
    if (noun == QLatin1String("finance"))
        return CliFinanceCommands(m_output, m_out, m_err, client).run(args);
    return usage(tr("unknown verb \"%1\"").arg(noun));
}
