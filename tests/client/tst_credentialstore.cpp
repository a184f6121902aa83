#include "security/CredentialStore.h"

#include <QUuid>
#include <QtTest>

// The real Secret Service (scripts/with-keyring.sh starts one for the test run). Registered a
// second time as tst_credentialstore_nobackend with an unreachable session bus: then every call
// must say plainly that no keychain is available.
class tst_CredentialStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void storeReadRotateDelete();
    void missingEntry();
    void explainsKnownFailures_data();
    void explainsKnownFailures();

private:
    bool m_expectNoBackend = false;
    QString entry() const {
        return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
};

void tst_CredentialStore::initTestCase() {
    m_expectNoBackend = qEnvironmentVariableIsSet("CERTDESK_EXPECT_NO_KEYCHAIN");
}

void tst_CredentialStore::storeReadRotateDelete() {
    CredentialStore store(nullptr, QStringLiteral("CertDesk-tests"));
    const QString name = entry();
    const CredentialStore::Result written =
        store.writeKeyAndWait(name, QStringLiteral("first-key-123"));
    if (m_expectNoBackend) {
        QCOMPARE(written.status, CredentialStore::Status::NoKeychain);
        QVERIFY2(written.message.contains(QLatin1String("No keychain is available")),
                 qPrintable(written.message));
        QVERIFY(written.message.contains(QLatin1String("gnome-keyring")));
        QCOMPARE(store.readKeyAndWait(name).status, CredentialStore::Status::NoKeychain);
        return;
    }
    QVERIFY2(written.ok(),
             qPrintable(written.message +
                        QStringLiteral(" (run the tests through scripts/with-keyring.sh)")));
    QCOMPARE(store.readKeyAndWait(name).key, QStringLiteral("first-key-123"));
    // Rotation: the new key replaces the old one.
    QVERIFY(store.writeKeyAndWait(name, QStringLiteral("second-key-456")).ok());
    QCOMPARE(store.readKeyAndWait(name).key, QStringLiteral("second-key-456"));
    // Another service name is another entry.
    CredentialStore other(nullptr, QStringLiteral("CertDesk-other-tests"));
    QCOMPARE(other.readKeyAndWait(name).status, CredentialStore::Status::NotFound);
    QVERIFY(store.removeKeyAndWait(name).ok());
    QCOMPARE(store.readKeyAndWait(name).status, CredentialStore::Status::NotFound);
    QVERIFY(store.removeKeyAndWait(name).ok()); // removing twice is fine
}

void tst_CredentialStore::missingEntry() {
    if (m_expectNoBackend)
        QSKIP("covered by storeReadRotateDelete without a keychain");
    CredentialStore store(nullptr, QStringLiteral("CertDesk-tests"));
    const CredentialStore::Result r = store.readKeyAndWait(entry());
    QCOMPARE(r.status, CredentialStore::Status::NotFound);
    QVERIFY(r.key.isEmpty());
    QVERIFY(!r.message.isEmpty());
}

void tst_CredentialStore::explainsKnownFailures_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("status");
    // Texts QtKeychain 0.13 with libsecret gives on this platform.
    QTest::newRow("no secrets service")
        << 7 << "The name org.freedesktop.secrets was not provided by any .service files"
        << int(CredentialStore::Status::NoKeychain);
    QTest::newRow("no bus") << 7 << "Cannot autolaunch D-Bus without X11 $DISPLAY"
                            << int(CredentialStore::Status::NoKeychain);
    QTest::newRow("denied") << 4 << "" << int(CredentialStore::Status::Denied);
    QTest::newRow("not found") << 1 << "" << int(CredentialStore::Status::NotFound);
    QTest::newRow("other") << 7 << "Something odd" << int(CredentialStore::Status::Failed);
}

void tst_CredentialStore::explainsKnownFailures() {
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(int, status);
    const CredentialStore::Result r = CredentialStore::explain(code, detail);
    QCOMPARE(int(r.status), status);
    QVERIFY(!r.message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
