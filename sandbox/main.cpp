// certdesk-sandbox: wires SandboxOptions, SandboxStore, SandboxAccount, the issuing CA,
// SandboxWorkflow, SandboxTls and SandboxServer together.

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxCertificateIssuer.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/SandboxStateFile.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxTls.h"
#include "sandbox/SandboxWorkflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int) {
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so destructors run and the log is flushed.
bool watchTerminationSignals(QCoreApplication *app) {
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char buffer[16];
        while (::read(g_signalPipe[0], buffer, sizeof(buffer)) > 0) {
        }
        app->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

void printError(const QString &message) {
    std::fprintf(stderr, "certdesk-sandbox: %s\n", message.toLocal8Bit().constData());
}

// --help, --version and usage errors end the program before it starts: returns the exit
// status for those, -1 to run.
int exitBeforeRun(const SandboxOptions &options, SandboxOptions::Outcome outcome) {
    switch (outcome) {
    case SandboxOptions::Outcome::ShowHelp:
        std::fputs(options.helpText().toLocal8Bit().constData(), stdout);
        return 0;
    case SandboxOptions::Outcome::ShowVersion:
        std::printf("certdesk-sandbox %s\n", CERTDESK_SANDBOX_VERSION);
        return 0;
    case SandboxOptions::Outcome::UsageError:
        printError(options.errorString());
        std::fputs("Run certdesk-sandbox --help for the list of flags.\n", stderr);
        return kExitUsage;
    case SandboxOptions::Outcome::Run:
        break;
    }
    return -1;
}

// The account from --state-file when that exists, else seeded; false after printing why not.
bool loadOrSeed(const SandboxOptions &options, const SandboxStateFile &stateFile,
                SandboxStore &store, SandboxCertificateIssuer &issuer) {
    QElapsedTimer seeding;
    seeding.start();
    if (!options.stateFile().isEmpty() && stateFile.exists()) {
        QString error;
        if (!stateFile.load(&store, &issuer, &error)) {
            printError(QStringLiteral("--state-file: ") + error);
            return false;
        }
        std::fprintf(stderr, "certdesk-sandbox: loaded the account from %s in %lld ms\n",
                     options.stateFile().toLocal8Bit().constData(),
                     static_cast<long long>(seeding.elapsed()));
        return true;
    }
    store.seed(options.seed(), options.orders(), options.today());
    QString error;
    if (!issuer.initialize(&error)) {
        printError(QStringLiteral("cannot create the issuing CA: ") + error);
        return false;
    }
    std::fprintf(stderr, "certdesk-sandbox: seeded %d orders (seed %u, today %s) in %lld ms\n",
                 options.orders(), options.seed(),
                 options.today().toString(Qt::ISODate).toLatin1().constData(),
                 static_cast<long long>(seeding.elapsed()));
    return true;
}

SandboxServer::Config serverConfig(const SandboxOptions &options) {
    SandboxServer::Config config;
    config.rateLimit = options.rateLimitEnabled();
    config.shortWindow = {options.shortWindow().requests, options.shortWindow().seconds * 1000LL};
    config.longWindow = {options.longWindow().requests, options.longWindow().seconds * 1000LL};
    config.faults = options.faults();
    return config;
}

// Writes are saved shortly after they happen (several in a burst are saved once), and once
// more on the way out; a missing state file is written at once.
void keepStateFile(QCoreApplication &app, SandboxServer &server, QTimer &saveTimer,
                   const SandboxStateFile &stateFile, const SandboxStore &store,
                   const SandboxCertificateIssuer &issuer) {
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(100);
    const SandboxStateFile *file = &stateFile;
    const SandboxStore *account = &store;
    const SandboxCertificateIssuer *ca = &issuer;
    auto saveState = [file, account, ca] {
        QString error;
        if (!file->save(*account, *ca, &error))
            printError(QStringLiteral("--state-file: ") + error);
    };
    QObject::connect(&server, &SandboxServer::stateChanged, &saveTimer,
                     qOverload<>(&QTimer::start));
    QObject::connect(&saveTimer, &QTimer::timeout, &app, saveState);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, saveState);
    if (!stateFile.exists())
        saveState();
}

// --tls: prepares the CA and server files in --state-dir and serves HTTPS with them; false
// after printing why not.
bool setUpTls(const SandboxOptions &options, SandboxServer &server) {
    SandboxTls tls;
    if (!tls.prepare(options.stateDir())) {
        printError(QStringLiteral("--tls: ") + tls.errorString());
        return false;
    }
    if (!tls.regenerationReason().isEmpty())
        printError(QStringLiteral("replacing the TLS files: ") + tls.regenerationReason());
    const QSslCertificate certificate(tls.serverCertificatePem(), QSsl::Pem);
    const QSslKey key(tls.serverKeyPem(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certificate.isNull() || key.isNull()) {
        printError(QStringLiteral("--tls: Qt cannot load the generated certificate or key"));
        return false;
    }
    server.sslSetup(certificate, key);
    std::fprintf(stderr, "certdesk-sandbox: %s CA certificate %s\n",
                 tls.generated() ? "generated" : "reusing",
                 tls.caCertificatePath().toLocal8Bit().constData());
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("certdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDESK_SANDBOX_VERSION));

    SandboxOptions options;
    const int early = exitBeforeRun(options, options.parse(QCoreApplication::arguments()));
    if (early >= 0)
        return early;

    SandboxStore store;
    SandboxCertificateIssuer issuer;
    const SandboxStateFile stateFile(options.stateFile());
    if (!loadOrSeed(options, stateFile, store, issuer))
        return kExitFailure;
    // The clock runs from 12:00:00 UTC of --now (or today), also after loading a state file.
    store.startClock(options.today());

    SandboxAccount account;
    for (const auto &key : options.keys())
        account.addKey(key.first, key.second);
    SandboxWorkflow workflow(store, issuer, options.autoComplete());
    SandboxServices::Settings settings;
    settings.autoComplete = options.autoComplete();
    settings.uniqueAlternativeOrderIds = options.uniqueAlternativeOrderIds();
    const SandboxServices services(store, account, workflow, issuer, settings);
    SandboxServer server(services, serverConfig(options));

    QTimer saveTimer;
    if (!options.stateFile().isEmpty())
        keepStateFile(app, server, saveTimer, stateFile, store, issuer);

    if (!options.requestLogPath().isEmpty()) {
        QString error;
        if (!server.openRequestLog(options.requestLogPath(), &error)) {
            printError(QStringLiteral("--log-requests: ") + error);
            return kExitFailure;
        }
    }
    if (options.tls() && !setUpTls(options, server))
        return kExitFailure;

    const quint16 port = server.listen(QHostAddress::LocalHost, options.port());
    if (port == 0) {
        printError(QStringLiteral("--port: cannot listen on 127.0.0.1:%1").arg(options.port()));
        return kExitFailure;
    }
    if (!watchTerminationSignals(&app))
        printError(QStringLiteral("cannot watch SIGTERM/SIGINT; the default handlers stay"));

    std::printf("listening on %s://127.0.0.1:%u/services/v2/\n", options.tls() ? "https" : "http",
                unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
