#include "cli/CliProfileCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/Profile.h"
#include "core/RolePolicy.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "security/SecretRedactor.h"
#include "services/AccountService.h"
#include "services/Await.h"
#include "services/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

CliProfileCommands::CliProfileCommands(QTextStream &out, QTextStream &err, ProfileStore &profiles,
                                       CredentialStore &credentials)
    : m_out(out)
    , m_err(err)
    , m_profiles(profiles)
    , m_credentials(credentials) {}

void CliProfileCommands::setConnection(const QList<QSslCertificate> &extraCa, int timeoutMs) {
    m_extraCa = extraCa;
    m_timeoutMs = timeoutMs;
}

int CliProfileCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the profile verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliProfileCommands::failure(const QString &message, int code) {
    m_err << tr("certdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
    return code;
}

QString CliProfileCommands::readKey(const QString &profileName, int *exitCode) {
    QString raw = qEnvironmentVariable("CERTDESK_API_KEY");
    if (raw.isEmpty())
        raw = CliArguments::readSecretLine(tr("API key for %1: ").arg(profileName));
    QString key;
    const QString problem = Profile::validateApiKey(raw, &key);
    if (!problem.isEmpty()) {
        *exitCode = usage(tr("API key: %1").arg(problem));
        return {};
    }
    SecretRedactor::instance().addSecret(key);
    return key;
}

int CliProfileCommands::checkKey(const QUrl &url, const QString &key,
                                 const QList<QSslCertificate> &ca) {
    CertCentralClient client;
    Connection{url, key, ca, m_timeoutMs}.apply(&client);
    const auto call = AccountService(&client).me();
    UserInfo user;
    ApiError error;
    Await::receive(
        call, [&user](const UserInfo &u) { user = u; }, &error);
    if (error.isError()) {
        m_err << tr("certdesk-cli: the key was not stored: %1 (%2)")
                     .arg(error.message(), error.shortCode())
              << '\n';
        m_err.flush();
        const bool network = error.kind() == ApiError::Kind::Network ||
                             error.kind() == ApiError::Kind::Tls ||
                             error.kind() == ApiError::Kind::Timeout;
        return network ? CliOutput::NetworkFailure : CliOutput::ApiFailure;
    }
    m_out << tr("Signed in as %1 <%2>, %3.")
                 .arg(user.displayName(), user.email, RolePolicy(user.accessRoles).roleNames())
          << '\n';
    return CliOutput::Ok;
}

int CliProfileCommands::add(QStringList args) {
    QString service = QStringLiteral("us");
    QString url;
    bool hasService = false;
    bool hasUrl = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--service"), &service, &hasService))
        return usage(tr("--service needs us or eu"));
    if (!CliArguments::takeOption(args, QStringLiteral("--url"), &url, &hasUrl))
        return usage(tr("--url needs the API base URL"));
    const bool noCheck = CliArguments::takeFlag(args, QStringLiteral("--no-check"));
    if (args.size() != 1)
        return usage(tr("profile add needs exactly one profile name (quote names with spaces)"));
    if (hasService && hasUrl)
        return usage(tr("--service and --url exclude each other"));

    Profile p;
    p.name = args.first();
    if (hasUrl) {
        p.service = Profile::Service::Custom;
        p.baseUrl = QUrl(url, QUrl::StrictMode);
        const QString problem = Profile::validateUrl(p.baseUrl);
        if (!problem.isEmpty())
            return usage(tr("--url: %1").arg(problem));
    } else if (service == QLatin1String("us")) {
        p.service = Profile::Service::UnitedStates;
    } else if (service == QLatin1String("eu")) {
        p.service = Profile::Service::Europe;
    } else {
        return usage(
            tr("--service must be us or eu, got \"%1\"; use --url for others").arg(service));
    }
    QByteArray pem;
    for (const QSslCertificate &c : m_extraCa)
        pem += c.toPem();
    p.caPem = QString::fromLatin1(pem);
    QString problem = Profile::validateName(p.name);
    if (problem.isEmpty() && m_profiles.profileByName(p.name).isValid())
        problem = tr("a profile named \"%1\" exists already").arg(p.name);
    if (!problem.isEmpty())
        return usage(problem);

    int code = CliOutput::Ok;
    const QString key = readKey(p.name, &code);
    if (key.isEmpty())
        return code;
    if (!noCheck) {
        code = checkKey(p.effectiveUrl(), key, m_extraCa);
        if (code != CliOutput::Ok)
            return code;
    }
    problem = m_profiles.add(&p);
    if (!problem.isEmpty())
        return usage(problem);
    const CredentialStore::Result stored = m_credentials.writeKeyAndWait(p.keychainKey(), key);
    if (!stored.ok()) {
        m_profiles.remove(p.id); // no profile without its key
        return failure(stored.message, CliOutput::ApiFailure);
    }
    if (!m_profiles.profile(m_profiles.activeId()).isValid())
        m_profiles.setActiveId(p.id);
    m_out << tr("Added profile %1 (%2).").arg(p.name, p.effectiveUrl().toString()) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliProfileCommands::list(QStringList args) {
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format) || !args.isEmpty() ||
        (format != QLatin1String("table") && format != QLatin1String("json")))
        return usage(tr("profile list takes only --format table|json"));
    const QString active = m_profiles.activeId();
    const QList<Profile> all = m_profiles.profiles();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Profile &p : all)
            array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                     {QStringLiteral("service"), Profile::serviceId(p.service)},
                                     {QStringLiteral("url"), p.effectiveUrl().toString()},
                                     {QStringLiteral("active"), p.id == active}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (all.isEmpty()) {
        m_out << tr("No profiles yet. Add one with: certdesk-cli profile add NAME") << '\n';
    } else {
        int width = 4;
        for (const Profile &p : all)
            width = qMax(width, int(p.name.size()));
        for (const Profile &p : all)
            m_out << (p.id == active ? "* " : "  ") << p.name.leftJustified(width) << "  "
                  << Profile::serviceId(p.service).leftJustified(8) << p.effectiveUrl().toString()
                  << '\n';
    }
    m_out.flush();
    return CliOutput::Ok;
}

int CliProfileCommands::use(QStringList args) {
    if (args.size() != 1)
        return usage(tr("profile use needs exactly one profile name"));
    const Profile p = m_profiles.profileByName(args.first());
    if (!p.isValid())
        return usage(tr("no profile named \"%1\"").arg(args.first()));
    m_profiles.setActiveId(p.id);
    m_out << tr("Using profile %1.").arg(p.name) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliProfileCommands::rename(QStringList args) {
    if (args.size() != 2)
        return usage(tr("profile rename needs the old and the new name"));
    Profile p = m_profiles.profileByName(args.at(0));
    if (!p.isValid())
        return usage(tr("no profile named \"%1\"").arg(args.at(0)));
    p.name = args.at(1);
    const QString problem = m_profiles.update(p);
    if (!problem.isEmpty())
        return usage(problem);
    m_out << tr("Renamed to %1.").arg(p.name.trimmed()) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliProfileCommands::setKey(QStringList args) {
    const bool noCheck = CliArguments::takeFlag(args, QStringLiteral("--no-check"));
    if (args.size() != 1)
        return usage(tr("profile set-key needs exactly one profile name"));
    const Profile p = m_profiles.profileByName(args.first());
    if (!p.isValid())
        return usage(tr("no profile named \"%1\"").arg(args.first()));
    int code = CliOutput::Ok;
    const QString key = readKey(p.name, &code);
    if (key.isEmpty())
        return code;
    if (!noCheck) {
        QList<QSslCertificate> ca = m_extraCa;
        ca += Connection::profileCas(p);
        code = checkKey(p.effectiveUrl(), key, ca);
        if (code != CliOutput::Ok)
            return code;
    }
    const CredentialStore::Result stored = m_credentials.writeKeyAndWait(p.keychainKey(), key);
    if (!stored.ok())
        return failure(stored.message, CliOutput::ApiFailure);
    m_out << tr("Stored the new key of %1.").arg(p.name) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliProfileCommands::remove(QStringList args) {
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (args.size() != 1)
        return usage(tr("profile remove needs exactly one profile name"));
    const Profile p = m_profiles.profileByName(args.first());
    if (!p.isValid())
        return usage(tr("no profile named \"%1\"").arg(args.first()));
    if (!yes) {
        if (isatty(STDIN_FILENO) != 1)
            return usage(tr("add --yes to remove %1 and its key without a question").arg(p.name));
        m_err << tr("Remove the profile %1 and its API key from this computer? [y/N] ").arg(p.name)
              << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            m_out << tr("Nothing removed.") << '\n';
            m_out.flush();
            return CliOutput::Ok;
        }
    }
    const CredentialStore::Result removed = m_credentials.removeKeyAndWait(p.keychainKey());
    if (!removed.ok())
        return failure(removed.message, CliOutput::ApiFailure);
    m_profiles.remove(p.id);
    m_out << tr("Removed profile %1.").arg(p.name) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

QList<CliVerb> CliProfileCommands::verbs() {
    using Method = int (CliProfileCommands::*)(QStringList);
    const auto run = [](Method method) {
        return [method](CliContext &c, QStringList args) {
            CliProfileCommands commands(c.out, c.err, *c.profiles, *c.credentials);
            commands.setConnection(c.extraCa, c.timeoutMs);
            return (commands.*method)(args);
        };
    };
    return {
        {QStringLiteral("profile"), QStringLiteral("add"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  profile add NAME [--service us|eu | --url URL] [--ca-file PEM] [--no-check]\n"),
         CliVerb::Needs::Profiles, run(&CliProfileCommands::add)},
        {QStringLiteral("profile"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliVerb", "  profile list [--format table|json]\n"),
         CliVerb::Needs::Profiles, run(&CliProfileCommands::list)},
        {QStringLiteral("profile"), QStringLiteral("use"),
         QT_TRANSLATE_NOOP("CliVerb", "  profile use NAME\n"), CliVerb::Needs::Profiles,
         run(&CliProfileCommands::use)},
        {QStringLiteral("profile"), QStringLiteral("rename"),
         QT_TRANSLATE_NOOP("CliVerb", "  profile rename NAME NEW_NAME\n"), CliVerb::Needs::Profiles,
         run(&CliProfileCommands::rename)},
        {QStringLiteral("profile"), QStringLiteral("set-key"),
         QT_TRANSLATE_NOOP("CliVerb", "  profile set-key NAME [--no-check]\n"),
         CliVerb::Needs::Profiles, run(&CliProfileCommands::setKey)},
        {QStringLiteral("profile"), QStringLiteral("remove"),
         QT_TRANSLATE_NOOP("CliVerb", "  profile remove NAME [--yes]\n"), CliVerb::Needs::Profiles,
         run(&CliProfileCommands::remove)},
    };
}
