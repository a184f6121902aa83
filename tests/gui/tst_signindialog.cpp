#include "SandboxControl.h"
#include "TestSandbox.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "ui/shell/SignInDialog.h"

#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// The sign-in dialog against a real HTTPS sandbox and the real keychain.
class tst_SignInDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldProblemsAreNamed_data();
    void fieldProblemsAreNamed();
    void testConnectionShowsTheUser();
    void invalidKeyIsShownOnTheKeyField();
    void unreachableHost();
    void timeout();
    void signInStoresProfileAndKey();
    void changeKeyRotates();
    void trySandbox();
    void showHideKey();

private:
    SignInDialog *newDialog(SignInDialog::Mode mode = SignInDialog::Mode::NewProfile,
                            const Profile &existing = {});
    void fill(SignInDialog *d, const QString &name, const QString &url, const QString &key);
    QString text(SignInDialog *d, const char *label) const {
        auto *l = d->findChild<QLabel *>(QLatin1String(label));
        return l && !l->isHidden() ? l->text() : QString();
    }
    // With CERTDESK_SCREENSHOT_DIR set, saves what the dialog shows.
    void screenshot(QWidget *w, const QString &name);

    TestSandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    CredentialStore m_credentials{nullptr, QStringLiteral("CertDesk-tests")};
    std::unique_ptr<SignInDialog> m_dialog;
};

void tst_SignInDialog::initTestCase() {
    QVERIFY2(m_sandbox.start(
                 {QStringLiteral("--orders"), QStringLiteral("20"), QStringLiteral("--tls")}),
             qPrintable(m_sandbox.errorString()));
}

void tst_SignInDialog::init() {
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
    for (const Profile &p : m_profiles->profiles())
        m_profiles->remove(p.id);
    SandboxControl(m_sandbox.faultsUrl(), QSslCertificate::fromPath(m_sandbox.caFile()))
        .clearFaults();
}

void tst_SignInDialog::cleanup() {
    m_dialog.reset();
}

void tst_SignInDialog::screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

SignInDialog *tst_SignInDialog::newDialog(SignInDialog::Mode mode, const Profile &existing) {
    m_dialog = std::make_unique<SignInDialog>(m_profiles.get(), &m_credentials, mode, existing);
    m_dialog->setTimeoutMs(5000);
    m_dialog->show();
    return m_dialog.get();
}

void tst_SignInDialog::fill(SignInDialog *d, const QString &name, const QString &url,
                            const QString &key) {
    auto *service = d->findChild<QComboBox *>(QStringLiteral("service"));
    service->setCurrentIndex(service->findData(QStringLiteral("custom")));
    auto *nameEdit = d->findChild<QLineEdit *>(QStringLiteral("profileName"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *urlEdit = d->findChild<QLineEdit *>(QStringLiteral("apiUrl"));
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    auto *keyEdit = d->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    keyEdit->clear();
    keyEdit->insert(key); // a paste
}

void tst_SignInDialog::fieldProblemsAreNamed_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    const QString url = QStringLiteral("https://127.0.0.1:1/services/v2/");
    QTest::newRow("empty name") << "" << url << "k-12345"
                                << "nameError"
                                << "profile name";
    QTest::newRow("plain http to a remote host") << "Acme"
                                                 << "http://certcentral.example.com/services/v2/"
                                                 << "k-12345"
                                                 << "urlError"
                                                 << "https://";
    QTest::newRow("no url") << "Acme"
                            << ""
                            << "k-12345"
                            << "urlError"
                            << "full API address";
    QTest::newRow("empty key") << "Acme" << url << ""
                               << "keyError"
                               << "Paste the API key";
    QTest::newRow("spaces inside the key") << "Acme" << url << "abc def"
                                           << "keyError"
                                           << "no spaces";
}

void tst_SignInDialog::fieldProblemsAreNamed() {
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    SignInDialog *d = newDialog();
    fill(d, name, url, key);
    d->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY2(text(d, field.toLatin1()).contains(mentions), qPrintable(text(d, field.toLatin1())));
    // What was typed stays.
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("profileName"))->text(), name);
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(), key);
    if (QTest::currentDataTag() == QLatin1String("plain http to a remote host"))
        screenshot(d, QStringLiteral("signin-error"));
}

void tst_SignInDialog::testConnectionShowsTheUser() {
    SignInDialog *d = newDialog();
    fill(d, QStringLiteral("Sandbox over HTTPS"), m_sandbox.baseUrl().toString(),
         QStringLiteral("  ") + TestSandbox::testKey() + QStringLiteral("\n"));
    QVERIFY(d->setCaFile(m_sandbox.caFile()));
    d->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(d, "testResult").startsWith(QLatin1String("Signed in as")),
                             10000);
    QVERIFY(text(d, "testResult").contains(QLatin1String("Administrator")));
    // The key pasted with spaces and a line break was trimmed.
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(), TestSandbox::testKey());
    QVERIFY(m_profiles->profiles().isEmpty()); // testing stores nothing
    screenshot(d, QStringLiteral("signin-tested"));
}

void tst_SignInDialog::invalidKeyIsShownOnTheKeyField() {
    SignInDialog *d = newDialog();
    fill(d, QStringLiteral("Wrong key"), m_sandbox.baseUrl().toString(),
         QStringLiteral("not-the-key-123"));
    QVERIFY(d->setCaFile(m_sandbox.caFile()));
    d->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        text(d, "keyError").contains(QLatin1String("did not accept the API key")), 10000);
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QVERIFY(d->isVisible());
    QVERIFY(m_profiles->profiles().isEmpty());
}

void tst_SignInDialog::unreachableHost() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SignInDialog *d = newDialog();
    fill(d, QStringLiteral("Nobody"), QStringLiteral("https://127.0.0.1:%1/services/v2/").arg(port),
         QStringLiteral("key-12345"));
    d->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(d, "urlError").contains(QLatin1String("could not be reached")),
                             10000);
    QVERIFY(text(d, "urlError").contains(QLatin1String("Check the address")));
}

void tst_SignInDialog::timeout() {
    QVERIFY(SandboxControl(m_sandbox.faultsUrl(), QSslCertificate::fromPath(m_sandbox.caFile()))
                .setFaults({{QStringLiteral("latency_ms"), 3000}}));
    SignInDialog *d = newDialog();
    d->setTimeoutMs(300);
    fill(d, QStringLiteral("Slow"), m_sandbox.baseUrl().toString(), TestSandbox::testKey());
    QVERIFY(d->setCaFile(m_sandbox.caFile()));
    d->findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(d, "urlError").contains(QLatin1String("did not answer in time")),
                             10000);
}

void tst_SignInDialog::signInStoresProfileAndKey() {
    SignInDialog *d = newDialog();
    QSignalSpy accepted(d, &QDialog::accepted);
    fill(d, QStringLiteral("My sandbox"), m_sandbox.baseUrl().toString(), TestSandbox::testKey());
    QVERIFY(d->setCaFile(m_sandbox.caFile()));
    d->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QVERIFY(accepted.wait(10000));
    const Profile stored = m_profiles->profileByName(QStringLiteral("My sandbox"));
    QVERIFY(stored.isValid());
    QCOMPARE(stored.effectiveUrl(), m_sandbox.baseUrl());
    QVERIFY(stored.caPem.contains(QLatin1String("BEGIN CERTIFICATE")));
    QCOMPARE(d->profile().id, stored.id);
    QCOMPARE(m_credentials.readKeyAndWait(stored.keychainKey()).key, TestSandbox::testKey());
    // The key is in the keychain, not in the settings file.
    QFile ini(m_profiles->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(TestSandbox::testKey().toUtf8()));
    // The same name again is refused under the name field.
    SignInDialog *again = newDialog();
    fill(again, QStringLiteral("my SANDBOX"), m_sandbox.baseUrl().toString(),
         TestSandbox::testKey());
    again->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QVERIFY(text(again, "nameError").contains(QLatin1String("exists already")));
    m_credentials.removeKeyAndWait(stored.keychainKey());
}

void tst_SignInDialog::changeKeyRotates() {
    Profile p;
    p.name = QStringLiteral("Rotating");
    p.service = Profile::Service::Custom;
    p.baseUrl = m_sandbox.baseUrl();
    p.caPem = QString::fromLatin1(QSslCertificate::fromPath(m_sandbox.caFile()).value(0).toPem());
    QVERIFY(m_profiles->add(&p).isEmpty());
    QVERIFY(m_credentials.writeKeyAndWait(p.keychainKey(), QStringLiteral("old-key-123")).ok());

    SignInDialog *d = newDialog(SignInDialog::Mode::ChangeKey, p);
    QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("profileName"))->isEnabled());
    QSignalSpy accepted(d, &QDialog::accepted);
    d->findChild<QLineEdit *>(QStringLiteral("apiKey"))->insert(QStringLiteral("bad-new-key-1"));
    d->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!text(d, "keyError").isEmpty(), 10000);
    // A refused key leaves the old one in place.
    QCOMPARE(m_credentials.readKeyAndWait(p.keychainKey()).key, QStringLiteral("old-key-123"));
    auto *keyEdit = d->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    keyEdit->clear();
    keyEdit->insert(TestSandbox::testKey());
    d->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_credentials.readKeyAndWait(p.keychainKey()).key, TestSandbox::testKey());
    m_credentials.removeKeyAndWait(p.keychainKey());
}

void tst_SignInDialog::trySandbox() {
    SignInDialog *d = newDialog();
    QSignalSpy accepted(d, &QDialog::accepted);
    d->findChild<QPushButton *>(QStringLiteral("trySandbox"))->click();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(d->sandboxChosen());
    QVERIFY(m_profiles->profiles().isEmpty());
}

void tst_SignInDialog::showHideKey() {
    SignInDialog *d = newDialog();
    auto *keyEdit = d->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    auto *toggle = d->findChild<QAction *>(QStringLiteral("showKey"));
    QVERIFY(toggle);
    toggle->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    toggle->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(tst_SignInDialog)
#include "tst_signindialog.moc"
