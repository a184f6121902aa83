#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "models/OrdersModel.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "ui/common/ErrorBanner.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionController.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// Signing in, restarting, switching, signing out and removing, with two real sandboxes and
// the real keychain.
class tst_SessionController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void restartIsSignedInFromTheKeychain();
    void switchesBetweenProfiles();
    void profileWithoutKeyAsksToSignIn();
    void signOutRemovesTheKey();
    void removeProfileSwitchesToAnother();
    void firstRunOffersTheSandbox();
    void columnLayoutIsKeptPerProfile();
    void windowGeometryIsKeptPerProfile();

private:
    struct App {
        std::unique_ptr<CertCentralClient> client;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<SessionController> session;
    };
    std::unique_ptr<App> makeApp();
    Profile addProfile(const QString &name, const TestSandbox &sandbox, bool withKey);
    // Answers the next message box with the given button, from inside its event loop.
    void answerNextMessageBox(QMessageBox::StandardButton button);
    void screenshot(QWidget *w, const QString &name);

    TestSandbox m_https;
    TestSandbox m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_credentials{nullptr, QStringLiteral("CertDesk-tests")};
    int m_iniCounter = 0;
};

void tst_SessionController::initTestCase() {
    QVERIFY2(
        m_https.start({QStringLiteral("--orders"), QStringLiteral("120"), QStringLiteral("--tls")}),
        qPrintable(m_https.errorString()));
    QVERIFY2(m_http.start({QStringLiteral("--orders"), QStringLiteral("80")}),
             qPrintable(m_http.errorString()));
}

void tst_SessionController::init() {
    m_profiles = std::make_unique<ProfileStore>(
        m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_iniCounter)));
}

void tst_SessionController::cleanup() {
    for (const Profile &p : m_profiles->profiles())
        m_credentials.removeKeyAndWait(p.keychainKey());
}

void tst_SessionController::screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

std::unique_ptr<tst_SessionController::App> tst_SessionController::makeApp() {
    auto app = std::make_unique<App>();
    app->client = std::make_unique<CertCentralClient>();
    app->window = std::make_unique<MainWindow>(app->client.get());
    app->session = std::make_unique<SessionController>(m_profiles.get(), &m_credentials,
                                                       app->client.get(), app->window.get());
    app->session->setSandboxStateDir(m_dir.filePath(QStringLiteral("sandbox-state")));
    app->window->show();
    return app;
}

Profile tst_SessionController::addProfile(const QString &name, const TestSandbox &sandbox,
                                          bool withKey) {
    Profile p;
    p.name = name;
    p.service = Profile::Service::Custom;
    p.baseUrl = sandbox.baseUrl();
    if (sandbox.baseUrl().scheme() == QLatin1String("https"))
        p.caPem = QString::fromLatin1(QSslCertificate::fromPath(sandbox.caFile()).value(0).toPem());
    if (!m_profiles->add(&p).isEmpty())
        return {};
    if (withKey && !m_credentials.writeKeyAndWait(p.keychainKey(), TestSandbox::testKey()).ok())
        return {};
    return p;
}

void tst_SessionController::answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, this, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

void tst_SessionController::restartIsSignedInFromTheKeychain() {
    const Profile a = addProfile(QStringLiteral("Acme over HTTPS"), m_https, true);
    QVERIFY(a.isValid());
    m_profiles->setActiveId(a.id);
    {
        auto app = makeApp();
        app->session->start();
        QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
    }
    // A new start of the program: same settings, same keychain, nothing typed.
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
    QCOMPARE(app->session->activeProfile().id, a.id);
    auto *user = app->window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QTRY_VERIFY(user->text().contains(QLatin1String("Administrator")));
    screenshot(app->window.get(), QStringLiteral("session-restarted"));
}

void tst_SessionController::switchesBetweenProfiles() {
    const Profile a = addProfile(QStringLiteral("Acme"), m_https, true);
    const Profile b = addProfile(QStringLiteral("Beta"), m_http, true);
    QVERIFY(a.isValid() && b.isValid());
    m_profiles->setActiveId(a.id);
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
    auto *switcher = app->window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentText(), QStringLiteral("Acme"));

    emit app->window->profileChosen(b.id);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    QCOMPARE(switcher->currentText(), QStringLiteral("Beta"));
    QCOMPARE(m_profiles->activeId(), b.id);
    QCOMPARE(app->client->baseUrl(), m_http.baseUrl());

    emit app->window->profileChosen(a.id);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
}

void tst_SessionController::profileWithoutKeyAsksToSignIn() {
    const Profile c = addProfile(QStringLiteral("No key yet"), m_http, false);
    QVERIFY(c.isValid());
    m_profiles->setActiveId(c.id);
    auto app = makeApp();
    app->session->start();
    auto *banner = app->window->findChild<ErrorBanner *>(QStringLiteral("errorBanner"));
    QVERIFY(banner);
    QTRY_VERIFY(banner->message().contains(QLatin1String("has no API key")));
    // "Sign in…" on the banner asks for the key of that profile and connects with it.
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("No key yet")));
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"))->insert(TestSandbox::testKey());
        dialog->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    });
    banner->findChild<QPushButton *>(QStringLiteral("errorBannerAction"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    QCOMPARE(m_credentials.readKeyAndWait(c.keychainKey()).key, TestSandbox::testKey());
}

void tst_SessionController::signOutRemovesTheKey() {
    const Profile a = addProfile(QStringLiteral("Leaving"), m_http, true);
    m_profiles->setActiveId(a.id);
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);

    answerNextMessageBox(QMessageBox::Cancel);
    app->session->signOut();
    QCOMPARE(m_credentials.readKeyAndWait(a.keychainKey()).key, TestSandbox::testKey());

    answerNextMessageBox(QMessageBox::Yes);
    app->session->signOut();
    QTRY_COMPARE(m_credentials.readKeyAndWait(a.keychainKey()).status,
                 CredentialStore::Status::NotFound);
    QTRY_COMPARE(app->window->ordersScreen()->model()->rowCount(), 0);
    QVERIFY(!app->window->ordersScreen()->isEnabled());
    QVERIFY(m_profiles->profile(a.id).isValid()); // the profile stays, without its key
}

void tst_SessionController::removeProfileSwitchesToAnother() {
    const Profile a = addProfile(QStringLiteral("Old"), m_http, true);
    const Profile b = addProfile(QStringLiteral("Remaining"), m_https, true);
    m_profiles->setActiveId(a.id);
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    answerNextMessageBox(QMessageBox::Yes);
    app->session->removeProfile();
    QTRY_VERIFY(!m_profiles->profile(a.id).isValid());
    QCOMPARE(m_credentials.readKeyAndWait(a.keychainKey()).status,
             CredentialStore::Status::NotFound);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
    QCOMPARE(app->session->activeProfile().id, b.id);
}

void tst_SessionController::firstRunOffersTheSandbox() {
    QVERIFY(m_profiles->profiles().isEmpty());
    auto app = makeApp();
    QTimer::singleShot(0, this, [this] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("signInDialog"));
        screenshot(dialog, QStringLiteral("first-run"));
        dialog->findChild<QPushButton *>(QStringLiteral("trySandbox"))->click();
    });
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 5000, 30000);
    const Profile sandbox = m_profiles->activeProfile();
    QCOMPARE(sandbox.service, Profile::Service::Sandbox);
    QCOMPARE(app->client->baseUrl().scheme(), QStringLiteral("https"));
    screenshot(app->window.get(), QStringLiteral("sandbox-session"));
}

void tst_SessionController::columnLayoutIsKeptPerProfile() {
    const Profile a = addProfile(QStringLiteral("With requester"), m_http, true);
    const Profile b = addProfile(QStringLiteral("Plain"), m_https, true);
    m_profiles->setActiveId(a.id);
    {
        auto app = makeApp();
        app->session->start();
        QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
        QSignalSpy saved(app->window->ordersScreen(), &OrdersScreen::headerStateChanged);
        app->window->ordersScreen()->setColumnVisible(OrdersModel::RequesterColumn, true);
        QVERIFY(saved.wait(2000));
        QVERIFY(!m_profiles->profileValue(a.id, QStringLiteral("ordersHeader")).isNull());
        // Another profile keeps its own (default) layout.
        emit app->window->profileChosen(b.id);
        QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
        QVERIFY(app->window->ordersScreen()->table()->horizontalHeader()->isSectionHidden(
            OrdersModel::RequesterColumn));
    }
    m_profiles->setActiveId(a.id);
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    QVERIFY(!app->window->ordersScreen()->table()->horizontalHeader()->isSectionHidden(
        OrdersModel::RequesterColumn));
}

void tst_SessionController::windowGeometryIsKeptPerProfile() {
    const Profile a = addProfile(QStringLiteral("Wide"), m_http, true);
    const Profile b = addProfile(QStringLiteral("Narrow"), m_https, true);
    m_profiles->setActiveId(a.id);
    auto app = makeApp();
    app->session->start();
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    app->window->resize(1400, 760);
    // Switching keeps A's size with A; B starts from its own (none yet: unchanged).
    emit app->window->profileChosen(b.id);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 120, 15000);
    QVERIFY(!m_profiles->profileValue(a.id, QStringLiteral("windowGeometry")).isNull());
    app->window->resize(1300, 740);
    emit app->window->profileChosen(a.id);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->ordersScreen()->model()->rowCount(), 80, 15000);
    QCOMPARE(app->window->size(), QSize(1400, 760));
    // Closing the window keeps the size of the profile in use.
    app->window->resize(1350, 720);
    app->window->close();
    QVERIFY(!m_profiles->profileValue(a.id, QStringLiteral("windowGeometry")).isNull());
    emit app->window->profileChosen(b.id);
    QTRY_COMPARE_WITH_TIMEOUT(app->window->size(), QSize(1300, 740), 15000);
}

QTEST_MAIN(tst_SessionController)
#include "tst_sessioncontroller.moc"
