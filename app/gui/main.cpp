// certdesk: the desktop program. Wires the libraries together and nothing else.
#include "api/CertCentralClient.h"
#include "core/Profile.h"
#include "security/CredentialStore.h"
#include "security/ProcessHardening.h"
#include "security/ProfileStore.h"
#include "security/SecretRedactor.h"
#include "services/Connection.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QTranslator>

namespace {

// The language chosen in View > Language, else the system's; Qt's own strings too.
void installTranslations() {
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto *qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // English is a translation too: it carries the plural forms of "%n order(s)".
    auto *translator = new QTranslator(qApp);
    if (translator->load(QLocale(), QStringLiteral("certdesk"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/certdesk_en.qm")))
        QApplication::installTranslator(translator);
}

// --api-url: a one-off connection for scripts and tests; the key comes from the environment.
void connectOnce(const QString &apiUrl, const QString &caFile, CertCentralClient *client,
                 MainWindow *window) {
    const QUrl url = QUrl::fromUserInput(apiUrl);
    const QString problem = Profile::validateUrl(url);
    QString key;
    const QString keyProblem =
        Profile::validateApiKey(qEnvironmentVariable("CERTDESK_API_KEY"), &key);
    QList<QSslCertificate> ca;
    if (!caFile.isEmpty())
        ca = QSslCertificate::fromPath(caFile);
    if (!problem.isEmpty()) {
        window->showStartupError(QApplication::translate("main", "--api-url: %1").arg(problem));
    } else if (!keyProblem.isEmpty()) {
        window->showStartupError(
            QApplication::translate("main", "CERTDESK_API_KEY: %1").arg(keyProblem));
    } else if (!caFile.isEmpty() && ca.isEmpty()) {
        window->showStartupError(
            QApplication::translate("main", "--ca-file %1 holds no PEM certificate.").arg(caFile));
    } else {
        Connection{url, key, ca}.apply(client);
        window->start();
    }
}

// --sandbox: a local CertCentral seeded with this many orders, signed in to at once.
void startSandbox(const QString &count, SessionController *session, MainWindow *window) {
    bool ok = false;
    const int orders = count.toInt(&ok);
    if (!ok || orders < 0 || orders > 200000)
        window->showStartupError(QApplication::translate(
            "main", "--sandbox-orders must be a whole number from 0 to 200000."));
    else
        session->startSandbox(orders);
}

} // namespace

int main(int argc, char *argv[]) {
    // Before any secret is read: no core dumps, no other process reading this one's memory.
    ProcessHardening::disableCoreDumps();
    SecretRedactor::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("certdesk"));

    installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for DigiCert CertCentral"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start a seeded local sandbox and sign in to it."));
    const QCommandLineOption ordersOption(
        QStringLiteral("sandbox-orders"),
        QApplication::translate("main", "Number of orders the sandbox seeds (default 5000)."),
        QStringLiteral("count"), QStringLiteral("5000"));
    const QCommandLineOption urlOption(
        QStringLiteral("api-url"),
        QApplication::translate("main", "Connect once to this API base URL with the key in "
                                        "CERTDESK_API_KEY, without a profile."),
        QStringLiteral("url"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "Extra CA certificate (PEM) to trust for --api-url."),
        QStringLiteral("file"));
    const QCommandLineOption logOption(
        QStringLiteral("log-file"),
        QApplication::translate("main", "Also write the log to this file (keys are redacted)."),
        QStringLiteral("file"));
    parser.addOptions({sandboxOption, ordersOption, urlOption, caOption, logOption});
    parser.process(app);

    if (parser.isSet(logOption) &&
        !SecretRedactor::instance().setLogFile(parser.value(logOption))) {
        qCritical("certdesk: cannot write the log file %s", qPrintable(parser.value(logOption)));
        return 2;
    }

    // A second start brings the first CertDesk to the front instead of opening another.
    SingleInstance instance(SingleInstance::keyForSettings());
    if (!instance.claim())
        return 0;

    CertCentralClient client;
    MainWindow window(&client);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    ProfileStore profiles;
    CredentialStore credentials;
    SessionController session(&profiles, &credentials, &client, &window);
    window.show();

    if (parser.isSet(urlOption)) {
        connectOnce(parser.value(urlOption),
                    parser.isSet(caOption) ? parser.value(caOption) : QString(), &client, &window);
    } else if (parser.isSet(sandboxOption)) {
        startSandbox(parser.value(ordersOption), &session, &window);
    } else {
        // The active profile, or the sign-in dialog once the window is on screen.
        QMetaObject::invokeMethod(&session, &SessionController::start, Qt::QueuedConnection);
    }
    return QApplication::exec();
}
