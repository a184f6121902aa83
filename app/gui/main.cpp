// certdesk: the desktop program. Wires the libraries together and nothing else.
#include "CertCentralClient.h"
#include "CredentialStore.h"
#include "ProcessHardening.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretRedactor.h"
#include "services/Connection.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "shell/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QTranslator>

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

    // The language chosen in View > Language, else the system's.
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English is a translation too: it carries the plural forms of "%n order(s)".
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("certdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/certdesk_en.qm")))
        QApplication::installTranslator(&translator);

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
        // A one-off connection for scripts and tests: the key comes from the environment.
        const QUrl url = QUrl::fromUserInput(parser.value(urlOption));
        const QString problem = Profile::validateUrl(url);
        QString key;
        const QString keyProblem =
            Profile::validateApiKey(qEnvironmentVariable("CERTDESK_API_KEY"), &key);
        QList<QSslCertificate> ca;
        if (parser.isSet(caOption))
            ca = QSslCertificate::fromPath(parser.value(caOption));
        if (!problem.isEmpty()) {
            window.showStartupError(QApplication::translate("main", "--api-url: %1").arg(problem));
        } else if (!keyProblem.isEmpty()) {
            window.showStartupError(
                QApplication::translate("main", "CERTDESK_API_KEY: %1").arg(keyProblem));
        } else if (parser.isSet(caOption) && ca.isEmpty()) {
            window.showStartupError(
                QApplication::translate("main", "--ca-file %1 holds no PEM certificate.")
                    .arg(parser.value(caOption)));
        } else {
            Connection{url, key, ca}.apply(&client);
            window.start();
        }
    } else if (parser.isSet(sandboxOption)) {
        bool ok = false;
        const int orders = parser.value(ordersOption).toInt(&ok);
        if (!ok || orders < 0 || orders > 200000)
            window.showStartupError(QApplication::translate(
                "main", "--sandbox-orders must be a whole number from 0 to 200000."));
        else
            session.startSandbox(orders);
    } else {
        // The active profile, or the sign-in dialog once the window is on screen.
        QMetaObject::invokeMethod(&session, &SessionController::start, Qt::QueuedConnection);
    }
    return QApplication::exec();
}
