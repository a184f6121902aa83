// certdesk: the desktop program. Wires the libraries together and nothing else.
#include "CertCentralClient.h"
#include "MainWindow.h"
#include "SandboxLauncher.h"
#include "SecretRedactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTranslator>

namespace {
// The sandbox's demo administrator key: not a secret, it opens only the local sandbox.
const QString kSandboxDemoKey = QStringLiteral("demo-admin-key");
} // namespace

int main(int argc, char *argv[]) {
    SecretRedactor::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CertDesk"));
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("certdesk"));

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
        QApplication::translate("main", "CertCentral API base URL; the key comes from "
                                        "CERTDESK_API_KEY."),
        QStringLiteral("url"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QApplication::translate("main", "Extra CA certificate (PEM) to trust for --api-url."),
        QStringLiteral("file"));
    parser.addOptions({sandboxOption, ordersOption, urlOption, caOption});
    parser.process(app);

    CertCentralClient client;
    MainWindow window(&client);
    window.show();

    QTemporaryDir sandboxState;
    SandboxLauncher sandbox;
    if (parser.isSet(sandboxOption)) {
        bool ok = false;
        const int orders = parser.value(ordersOption).toInt(&ok);
        if (!ok || orders < 0 || orders > 200000) {
            window.showStartupError(QApplication::translate(
                "main", "--sandbox-orders must be a whole number from 0 to 200000."));
            return QApplication::exec();
        }
        window.showConnecting(QApplication::translate("main", "Starting the sandbox…"));
        QObject::connect(&sandbox, &SandboxLauncher::started, &window, [&](const QUrl &url) {
            const QList<QSslCertificate> ca =
                QSslCertificate::fromPath(sandboxState.filePath(QStringLiteral("ca.pem")));
            client.setExtraCaCertificates(ca);
            client.setBaseUrl(url);
            client.setApiKey(kSandboxDemoKey);
            window.setProfileName(QApplication::translate("main", "Sandbox"));
            window.start();
        });
        QObject::connect(&sandbox, &SandboxLauncher::failed, &window, [&](const QString &message) {
            window.showStartupError(
                QApplication::translate("main", "The sandbox could not be started: %1")
                    .arg(message));
        });
        sandbox.start({QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--orders"),
                       QString::number(orders), QStringLiteral("--tls"),
                       QStringLiteral("--state-dir"), sandboxState.path()});
    } else {
        const QUrl url = parser.isSet(urlOption) ? QUrl::fromUserInput(parser.value(urlOption))
                                                 : CertCentralClient::usBaseUrl();
        const QString key = qEnvironmentVariable("CERTDESK_API_KEY").trimmed();
        if (parser.isSet(caOption)) {
            const QList<QSslCertificate> ca = QSslCertificate::fromPath(parser.value(caOption));
            if (ca.isEmpty()) {
                window.showStartupError(
                    QApplication::translate("main", "--ca-file %1 holds no PEM certificate.")
                        .arg(parser.value(caOption)));
                return QApplication::exec();
            }
            client.setExtraCaCertificates(ca);
        }
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            window.showStartupError(
                QApplication::translate("main", "--api-url must be an http(s) URL, got \"%1\".")
                    .arg(parser.value(urlOption)));
        } else if (key.isEmpty()) {
            window.showStartupError(QApplication::translate(
                "main", "No API key: set CERTDESK_API_KEY in the environment, or start "
                        "CertDesk with --sandbox to try it without a DigiCert account."));
        } else {
            SecretRedactor::instance().addSecret(key);
            client.setBaseUrl(url);
            client.setApiKey(key);
            window.start();
        }
    }
    return QApplication::exec();
}
