#include "CliApp.h"

#include "CliCertCommands.h"
#include "CliCheckCommand.h"
#include "CliCsrCommands.h"
#include "CliFinanceCommands.h"
#include "CliLifecycleCommands.h"
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

bool isListFormat(const QString &format) {
    return format == QLatin1String("table") || format == QLatin1String("json") ||
           format == QLatin1String("csv");
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
    if (!takeOption(args, QStringLiteral("--api-url"), &apiUrl, &hasUrl))
        return usage(tr("--api-url needs a URL"));
    if (!takeOption(args, QStringLiteral("--ca-file"), &caFile, &hasCa))
        return usage(tr("--ca-file needs a file name"));
    if (!takeOption(args, QStringLiteral("--timeout"), &timeout, &hasTimeout))
        return usage(tr("--timeout needs a number of seconds"));
    if (!takeOption(args, QStringLiteral("--profile"), &profileName, &hasProfile))
        return usage(tr("--profile needs a profile name"));
    if (!takeOption(args, QStringLiteral("--log-file"), &logFile, &hasLog))
        return usage(tr("--log-file needs a file name"));
    // Quiet by default; --verbose shows every request (QT_LOGGING_RULES still wins).
    if (CliArguments::takeFlag(args, QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*=true"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("certdesk.*.info=false"));
    if (hasLog) {
        const QString logProblem =
            CliArguments::outputFileProblem(QStringLiteral("--log-file"), logFile);
        if (!logProblem.isEmpty())
            return usage(logProblem);
    }
    if (hasLog && !SecretRedactor::instance().setLogFile(logFile))
        return usage(tr("--log-file: cannot write %1").arg(logFile));
    if (hasProfile && hasUrl)
        return usage(tr("--profile and --api-url exclude each other: a profile has its own URL"));

    int timeoutMs = 30000;
    if (hasTimeout) {
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return usage(tr("--timeout must be a whole number of seconds from 1 to 600"));
        timeoutMs = seconds * 1000;
    }
    QList<QSslCertificate> extraCa;
    if (hasCa) {
        const QFileInfo caInfo(caFile);
        if (!caInfo.isFile() || !caInfo.isReadable())
            return usage(tr("--ca-file: %1 is not a readable file").arg(caFile));
        extraCa = QSslCertificate::fromPath(caFile);
        if (extraCa.isEmpty())
            return usage(tr("--ca-file %1 holds no PEM certificate").arg(caFile));
    }

    if (!args.isEmpty() && args.first() == QLatin1String("csr")) {
        args.removeFirst(); // made here: no key, no CertCentral
        return CliCsrCommands(m_out, m_err).run(args);
    }

    ProfileStore profiles;
    CredentialStore credentials;
    if (!args.isEmpty() && args.first() == QLatin1String("profile")) {
        args.removeFirst();
        CliProfileCommands commands(m_out, m_err, profiles, credentials);
        commands.setConnection(extraCa, timeoutMs);
        return commands.run(args);
    }

    // Which key and URL: --profile, else CERTDESK_API_KEY (with --api-url or the US URL),
    // else the active profile.
    QUrl url = hasUrl ? QUrl(apiUrl, QUrl::StrictMode) : CertCentralClient::usBaseUrl();
    QString key;
    Profile profile;
    const QString envKey = qEnvironmentVariable("CERTDESK_API_KEY");
    if (hasProfile) {
        profile = profiles.profileByName(profileName);
        if (!profile.isValid())
            return usage(
                tr("no profile named \"%1\"; see certdesk-cli profile list").arg(profileName));
    } else if (envKey.isEmpty() && !hasUrl) {
        profile = profiles.activeProfile();
    }
    if (profile.isValid()) {
        if (profile.service == Profile::Service::Sandbox)
            return usage(tr("the sandbox profile lives in the desktop program; start "
                            "certdesk-sandbox and use --api-url with CERTDESK_API_KEY"));
        const CredentialStore::Result r = credentials.readKeyAndWait(profile.keychainKey());
        if (!r.ok()) {
            m_err << tr("certdesk-cli: profile %1: %2").arg(profile.name, r.message) << '\n';
            m_err.flush();
            return CliOutput::ApiFailure;
        }
        key = r.key;
        url = profile.effectiveUrl();
        extraCa += Connection::profileCas(profile);
    } else {
        if (envKey.isEmpty())
            return usage(tr("no API key: add a profile (certdesk-cli profile add NAME) or set "
                            "the environment variable CERTDESK_API_KEY"));
        const QString keyProblem = Profile::validateApiKey(envKey, &key);
        if (!keyProblem.isEmpty())
            return usage(tr("CERTDESK_API_KEY: %1").arg(keyProblem));
    }
    const QString urlProblem = Profile::validateUrl(url);
    if (!urlProblem.isEmpty())
        return usage(tr("--api-url: %1").arg(urlProblem));
    CertCentralClient client;
    Connection{url, key, extraCa, timeoutMs}.apply(&client);

    if (args.isEmpty())
        return usage(tr("missing verb"));
    const QString noun = args.takeFirst();
    if (noun == QLatin1String("me"))
        return me(client, args);
    if (noun == QLatin1String("check"))
        return CliCheckCommand(m_output, m_out, m_err, client).run(args);
    if (noun == QLatin1String("orders")) {
        if (args.isEmpty())
            return usage(tr("orders needs list or show"));
        const QString verb = args.takeFirst();
        if (verb == QLatin1String("list"))
            return ordersList(client, args);
        if (verb == QLatin1String("show"))
            return ordersShow(client, args);
        return usage(tr("unknown verb \"orders %1\"; use list or show").arg(verb));
    }
    if (noun == QLatin1String("domains")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("domains needs list"));
        return domainsList(client, args);
    }
    if (noun == QLatin1String("organizations")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("organizations needs list"));
        return organizationsList(client, args);
    }
    if (noun == QLatin1String("contacts")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("list"))
            return usage(tr("contacts needs list"));
        return contactsList(client, args);
    }
    if (noun == QLatin1String("account")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("fields"))
            return usage(tr("account needs fields"));
        return accountFields(client, args);
    }
    if (noun == QLatin1String("order")) {
        if (!args.isEmpty() && CliLifecycleCommands::handles(args.first()))
            return CliLifecycleCommands(m_output, m_out, m_err, client).run(args);
        return CliOrderCommands(m_output, m_out, m_err, client).run(args);
    }
    if (noun == QLatin1String("cert")) {
        const QString verb = args.isEmpty() ? QString() : args.takeFirst();
        if (verb == QLatin1String("download"))
            return certDownload(client, args);
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

int CliApp::ordersList(CertCentralClient &client, QStringList args) {
    OrderQuery query;
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--status"), &query.status))
        return usage(tr("--status needs a value: %1")
                         .arg(OrderQuery::statuses().join(QStringLiteral(", "))));
    if (!takeOption(args, QStringLiteral("--search"), &query.search))
        return usage(tr("--search needs a text"));
    if (!takeOption(args, QStringLiteral("--sort"), &query.sort))
        return usage(tr("--sort needs a field"));
    if (!takeOption(args, QStringLiteral("--product"), &query.productNameId))
        return usage(tr("--product needs a product name id, for example ssl_basic"));
    const auto takeId = [&args](const QString &option, qint64 *id) {
        QString text;
        bool present = false;
        if (!takeOption(args, option, &text, &present))
            return false;
        if (!present)
            return true;
        bool ok = false;
        *id = text.toLongLong(&ok);
        return ok && *id > 0;
    };
    if (!takeId(QStringLiteral("--organization"), &query.organizationId))
        return usage(tr("--organization needs an organization id (a positive number)"));
    if (!takeId(QStringLiteral("--container"), &query.containerId))
        return usage(tr("--container needs a container id (a positive number)"));
    const auto takeDate = [&args](const QString &option, QDate *date) {
        QString text;
        bool present = false;
        if (!takeOption(args, option, &text, &present))
            return false;
        if (present)
            *date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        return !present || date->isValid();
    };
    if (!takeDate(QStringLiteral("--valid-till-from"), &query.validTillFrom))
        return usage(tr("--valid-till-from needs a date as yyyy-MM-dd"));
    if (!takeDate(QStringLiteral("--valid-till-to"), &query.validTillTo))
        return usage(tr("--valid-till-to needs a date as yyyy-MM-dd"));
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    QString columnList;
    bool hasColumns = false;
    if (!takeOption(args, QStringLiteral("--columns"), &columnList, &hasColumns))
        return usage(tr("--columns needs a comma-separated list of columns"));
    const QStringList columns = hasColumns ? columnList.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                           : OrderCsv::defaultColumns();
    const QString columnProblem = OrderCsv::validateColumns(columns);
    if (!columnProblem.isEmpty())
        return usage(tr("--columns: %1").arg(columnProblem));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const QString problem = query.validate();
    if (!problem.isEmpty())
        return usage(problem);

    QList<Order> orders;
    ApiError error;
    if (!Await::pages(OrderService(&client).list(query), &orders, &error))
        return m_output.fail(error);
    m_output.printOrders(orders, format, columns);
    return CliOutput::Ok;
}

int CliApp::ordersShow(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (args.size() != 1)
        return usage(tr("orders show needs exactly one order ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("order ID must be a positive whole number, got \"%1\"").arg(args.first()));
    Order order;
    ApiError error;
    if (!Await::result(OrderService(&client).info(id), &order, &error))
        return m_output.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json = CliOutput::orderToJson(order);
        json.insert(QStringLiteral("certificate_id"), order.certificateId);
        json.insert(QStringLiteral("serial_number"), order.serialNumber);
        json.insert(QStringLiteral("thumbprint"), order.thumbprint);
        json.insert(QStringLiteral("valid_from"),
                    order.validFrom.isValid() ? QJsonValue(order.validFrom.toString(Qt::ISODate))
                                              : QJsonValue());
        json.insert(QStringLiteral("key_size"), order.keySize);
        json.insert(QStringLiteral("signature_hash"), order.signatureHash);
        json.insert(QStringLiteral("container_name"), order.containerName);
        json.insert(QStringLiteral("alternative_order_id"), order.alternativeOrderId);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        auto line = [this](const QString &label, const QString &value) {
            m_out << label.leftJustified(16) << ' ' << value << '\n';
        };
        line(tr("Order"), QString::number(order.id));
        line(tr("Common name"), order.commonName);
        line(tr("Names"), order.allNames().join(QStringLiteral(", ")));
        line(tr("Product"), order.productNameId);
        line(tr("Status"), order.status);
        line(tr("Organization"), order.organizationName);
        line(tr("Valid from"), order.validFrom.toString(Qt::ISODate));
        line(tr("Valid till"), order.validTill.toString(Qt::ISODate));
        line(tr("Serial number"), order.serialNumber);
        line(tr("Thumbprint"), order.thumbprint);
    }
    m_out.flush();
    return CliOutput::Ok;
}

int CliApp::domainsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString search;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--search"), &search))
        return usage(tr("--search needs a text"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<Domain> domains;
    ApiError error;
    if (!Await::pages(DomainService(&client).list(search), &domains, &error))
        return m_output.fail(error);
    auto until = [](const Domain &d, const char *type) {
        const DomainValidation *v = d.validation(QLatin1String(type));
        return v && v->validatedUntil.isValid() ? v->validatedUntil.toString(Qt::ISODate)
                                                : QString();
    };
    auto state = [](const Domain &d, const char *type) {
        const DomainValidation *v = d.validation(QLatin1String(type));
        return v ? v->status : QString();
    };
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Domain &d : std::as_const(domains))
            array.append(QJsonObject{{QStringLiteral("domain_id"), d.id},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("organization_name"), d.organizationName},
                                     {QStringLiteral("status"), d.status},
                                     {QStringLiteral("ov_status"), state(d, "ov")},
                                     {QStringLiteral("ov_valid_until"), until(d, "ov")},
                                     {QStringLiteral("ev_status"), state(d, "ev")},
                                     {QStringLiteral("ev_valid_until"), until(d, "ev")},
                                     {QStringLiteral("dcv_method"), d.dcvMethod},
                                     {QStringLiteral("domain_locking_status"), d.lockingStatus}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {
        QStringLiteral("domain_id"),         QStringLiteral("name"),
        QStringLiteral("organization_name"), QStringLiteral("status"),
        QStringLiteral("ov_valid_until"),    QStringLiteral("ev_valid_until"),
        QStringLiteral("dcv_method")};
    QList<QStringList> rows;
    for (const Domain &d : std::as_const(domains))
        rows << QStringList{QString::number(d.id), d.name,         d.organizationName, d.status,
                            until(d, "ov"),        until(d, "ev"), d.dcvMethod};
    m_output.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliApp::organizationsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString search;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--search"), &search))
        return usage(tr("--search needs a text"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<Organization> organizations;
    ApiError error;
    if (!Await::pages(OrganizationService(&client).list(search), &organizations, &error))
        return m_output.fail(error);
    const QStringList types = OrganizationValidation::types();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Organization &o : std::as_const(organizations)) {
            QJsonObject json{{QStringLiteral("organization_id"), o.id},
                             {QStringLiteral("name"), o.name},
                             {QStringLiteral("assumed_name"), o.assumedName},
                             {QStringLiteral("status"), o.status},
                             {QStringLiteral("address"), o.oneLineAddress()},
                             {QStringLiteral("country"), o.country},
                             {QStringLiteral("telephone"), o.telephone},
                             {QStringLiteral("container_name"), o.containerName}};
            QJsonArray validations;
            for (const OrganizationValidation &v : o.validations)
                validations.append(QJsonObject{
                    {QStringLiteral("type"), v.type},
                    {QStringLiteral("status"), v.status},
                    {QStringLiteral("validated_until"),
                     v.validatedUntil.isValid() ? QJsonValue(v.validatedUntil.toString(Qt::ISODate))
                                                : QJsonValue()}});
            json.insert(QStringLiteral("validations"), validations);
            array.append(json);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    // One column per validation type: "completed 2027-11-19", "pending" or empty.
    QStringList header = {QStringLiteral("organization_id"), QStringLiteral("name"),
                          QStringLiteral("assumed_name"), QStringLiteral("country"),
                          QStringLiteral("status")};
    header += types;
    QList<QStringList> rows;
    for (const Organization &o : std::as_const(organizations)) {
        QStringList row{QString::number(o.id), o.name, o.assumedName, o.country.toUpper(),
                        o.status};
        for (const QString &type : types) {
            const OrganizationValidation *v = o.validation(type);
            row << (!v ? QString()
                    : v->validatedUntil.isValid()
                        ? QStringLiteral("%1 %2").arg(v->status,
                                                      v->validatedUntil.toString(Qt::ISODate))
                        : v->status);
        }
        rows << row;
    }
    m_output.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliApp::contactsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString organization;
    bool hasOrganization = false;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--organization"), &organization, &hasOrganization))
        return usage(tr("--organization needs an organization id"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!hasOrganization)
        return usage(tr("contacts list needs --organization ID (see organizations list)"));
    bool ok = false;
    const qint64 id = organization.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("organization ID must be a positive whole number, got \"%1\"").arg(organization));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const auto call = OrganizationService(&client).verifiedContacts(id);
    QList<VerifiedContact> contacts;
    ApiError error;
    Await::receive(
        call, [&contacts](qint64, const QList<VerifiedContact> &list) { contacts = list; }, &error);
    if (error.isError())
        return m_output.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const VerifiedContact &c : std::as_const(contacts)) {
            QJsonArray validations;
            for (const VerifiedContact::Validation &v : c.validations)
                validations.append(QJsonObject{{QStringLiteral("type"), v.type},
                                               {QStringLiteral("status"), v.status}});
            array.append(
                QJsonObject{{QStringLiteral("contact_id"), c.id()},
                            {QStringLiteral("first_name"), c.contact.firstName},
                            {QStringLiteral("last_name"), c.contact.lastName},
                            {QStringLiteral("email"), c.contact.email},
                            {QStringLiteral("job_title"), c.contact.jobTitle},
                            {QStringLiteral("telephone"), c.contact.telephone},
                            {QStringLiteral("telephone_extension"), c.contact.telephoneExtension},
                            {QStringLiteral("validations"), validations}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {QStringLiteral("contact_id"), QStringLiteral("name"),
                                QStringLiteral("email"),      QStringLiteral("telephone"),
                                QStringLiteral("job_title"),  QStringLiteral("validations")};
    QList<QStringList> rows;
    for (const VerifiedContact &c : std::as_const(contacts)) {
        QStringList validations;
        for (const VerifiedContact::Validation &v : c.validations)
            validations << QStringLiteral("%1:%2").arg(v.type, v.status);
        rows << QStringList{QString::number(c.id()), c.contact.displayName(),
                            c.contact.email,         c.contact.telephone,
                            c.contact.jobTitle,      validations.join(QLatin1Char(' '))};
    }
    m_output.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliApp::certDownload(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("pem_all");
    QString out;
    bool hasOut = false;
    const QStringList formats = OrderService::downloadFormats() << QStringLiteral("p12");
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs one of: %1").arg(formats.join(QStringLiteral(", "))));
    if (format == QLatin1String("p12"))
        return CliCertCommands(m_output, m_out, m_err, client).downloadPkcs12(args);
    if (args.contains(QStringLiteral("--key")))
        return usage(tr("--key goes with --format p12 only"));
    if (!takeOption(args, QStringLiteral("--out"), &out, &hasOut))
        return usage(tr("--out needs a file name"));
    if (!OrderService::downloadFormats().contains(format))
        return usage(tr("--format must be one of %1, got \"%2\"")
                         .arg(formats.join(QStringLiteral(", ")), format));
    if (args.size() != 1)
        return usage(tr("cert download needs exactly one certificate ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("certificate ID must be a positive whole number, got \"%1\"").arg(args.first()));
    if (!hasOut && !format.startsWith(QLatin1String("pem")))
        return usage(tr("--format %1 is binary: name a file with --out").arg(format));
    if (hasOut) {
        const QString outProblem = CliArguments::outputFileProblem(QStringLiteral("--out"), out);
        if (!outProblem.isEmpty())
            return usage(outProblem);
    }
    const auto call = OrderService(&client).download(id, format);
    QByteArray data;
    ApiError error;
    Await::receive(
        call, [&data](const QByteArray &d, const QString &) { data = d; }, &error);
    if (error.isError())
        return m_output.fail(error);
    if (!hasOut) {
        m_out << QString::fromLatin1(data);
        m_out.flush();
        return CliOutput::Ok;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_err << tr("certdesk-cli: could not write %1: %2").arg(out, file.errorString()) << '\n';
        m_err.flush();
        return CliOutput::ApiFailure;
    }
    m_out << tr("Saved certificate %1 (%2) to %3.").arg(id).arg(format, out) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliApp::accountFields(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const auto call = AccountService(&client).customFields();
    QList<CustomField> fields;
    ApiError error;
    if (!Await::result(call, &fields, &error))
        return m_output.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const CustomField &f : std::as_const(fields))
            array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                     {QStringLiteral("label"), f.label},
                                     {QStringLiteral("is_required"), f.required},
                                     {QStringLiteral("is_active"), f.active},
                                     {QStringLiteral("data_type"), f.dataType}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    QList<QStringList> rows;
    for (const CustomField &f : std::as_const(fields))
        rows << QStringList{QString::number(f.id), f.label, f.dataType,
                            f.required ? tr("required") : tr("optional"),
                            f.active ? tr("active") : tr("inactive")};
    m_output.printRows({tr("ID"), tr("Label"), tr("Type"), tr("Required"), tr("Active")}, rows,
                       format);
    return CliOutput::Ok;
}

int CliApp::me(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format) || !args.isEmpty() ||
        (format != QLatin1String("table") && format != QLatin1String("json")))
        return usage(tr("me takes only --format table|json"));
    UserInfo user;
    ApiError error;
    if (!Await::result(AccountService(&client).me(), &user, &error))
        return m_output.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.displayName()},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("access_roles"), QJsonArray::fromStringList(user.accessRoles)}};
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << user.displayName() << " <" << user.email << "> "
              << user.accessRoles.join(QStringLiteral(", ")) << '\n';
    }
    m_out.flush();
    return CliOutput::Ok;
}
