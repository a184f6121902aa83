#include "TestCertificates.h"
#include "security/PrivateKey.h"
#include "security/PrivateKeyFinder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// A folder as users have them: keys of other certificates, the certificate itself, junk, and
// the right key encrypted. The finder picks the right one and says which files it could not
// open.
class tst_PrivateKeyFinder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void findsTheEncryptedMatchingKey();
    void unencryptedKeyNeedsNoPassphrase();
    void reportsWhatCouldNotBeOpened();
    void nothingMatches();
    void badFolderOrCertificate();

private:
    static void put(const QTemporaryDir &dir, const QString &name, const QByteArray &data);
    static QByteArray encrypted(const QByteArray &plainPem, const QByteArray &passphrase);
    // A folder with an unrelated key (plain), the certificate, junk and the matching key
    // encrypted with "right passphrase".
    void fillFolder(const QTemporaryDir &dir);

    TestCertificates::Pair m_ca;
    TestCertificates::Pair m_server;
    TestCertificates::Pair m_other;
};

void tst_PrivateKeyFinder::put(const QTemporaryDir &dir, const QString &name,
                               const QByteArray &data) {
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray tst_PrivateKeyFinder::encrypted(const QByteArray &plainPem,
                                           const QByteArray &passphrase) {
    PrivateKey key;
    QString error;
    if (!PrivateKey::fromPem(plainPem, QByteArray(), &key, &error))
        return {};
    return key.toPem(passphrase);
}

void tst_PrivateKeyFinder::initTestCase() {
    m_ca = TestCertificates::makeCa(QStringLiteral("CertDesk Finder CA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_server = TestCertificates::makeServer(m_ca, {QStringLiteral("find.example.com")}, {},
                                            now.addDays(-1), now.addDays(90));
    m_other = TestCertificates::makeServer(m_ca, {QStringLiteral("other.example.com")}, {},
                                           now.addDays(-1), now.addDays(90));
    QVERIFY(!m_server.isNull() && !m_other.isNull());
}

void tst_PrivateKeyFinder::fillFolder(const QTemporaryDir &dir) {
    put(dir, QStringLiteral("a-other.key"), m_other.keyPem);
    put(dir, QStringLiteral("b-certificate.pem"), m_server.certificatePem + m_ca.certificatePem);
    put(dir, QStringLiteral("c-junk.key"), "this is not a key\n");
    put(dir, QStringLiteral("d-find.pem"), encrypted(m_server.keyPem, "right passphrase"));
    put(dir, QStringLiteral("e-notes.txt"), m_server.keyPem); // not *.key or *.pem
}

void tst_PrivateKeyFinder::findsTheEncryptedMatchingKey() {
    QTemporaryDir dir;
    fillFolder(dir);
    const PrivateKeyFinder::Result r =
        PrivateKeyFinder::find(dir.path(), m_server.certificatePem, "right passphrase");
    QVERIFY2(r.found(), qPrintable(r.error));
    QCOMPARE(r.path, dir.filePath(QStringLiteral("d-find.pem")));
    PrivateKey expected;
    QString error;
    QVERIFY(PrivateKey::fromPem(m_server.keyPem, QByteArray(), &expected, &error));
    QCOMPARE(r.key.publicKeyDer(), expected.publicKeyDer());
    QCOMPARE(r.otherKeys, QStringList{dir.filePath(QStringLiteral("a-other.key"))});
    // The junk .key is reported; the certificate .pem is not a key file and is not.
    QCOMPARE(r.unreadable.size(), 1);
    QCOMPARE(r.unreadable.first().path, dir.filePath(QStringLiteral("c-junk.key")));
    QVERIFY(r.error.isEmpty());
}

void tst_PrivateKeyFinder::unencryptedKeyNeedsNoPassphrase() {
    QTemporaryDir dir;
    put(dir, QStringLiteral("other.key"), m_other.keyPem);
    put(dir, QStringLiteral("server.key"), m_server.keyPem);
    const PrivateKeyFinder::Result r =
        PrivateKeyFinder::find(dir.path(), m_server.certificatePem, QByteArray());
    QVERIFY(r.found());
    QCOMPARE(r.path, dir.filePath(QStringLiteral("server.key")));
    QVERIFY(r.unreadable.isEmpty());
}

void tst_PrivateKeyFinder::reportsWhatCouldNotBeOpened() {
    QTemporaryDir dir;
    fillFolder(dir);
    const PrivateKeyFinder::Result r =
        PrivateKeyFinder::find(dir.path(), m_server.certificatePem, "wrong passphrase");
    QVERIFY(!r.found());
    QVERIFY(r.key.isNull());
    QCOMPARE(r.unreadable.size(), 2);
    QCOMPARE(r.unreadable.at(0).path, dir.filePath(QStringLiteral("c-junk.key")));
    QCOMPARE(r.unreadable.at(1).path, dir.filePath(QStringLiteral("d-find.pem")));
    QVERIFY2(r.unreadable.at(1).reason.contains(QLatin1String("passphrase")),
             qPrintable(r.unreadable.at(1).reason));

    const PrivateKeyFinder::Result none =
        PrivateKeyFinder::find(dir.path(), m_server.certificatePem, QByteArray());
    QVERIFY(!none.found());
    QVERIFY2(none.unreadable.at(1).reason.contains(QLatin1String("passphrase is needed")),
             qPrintable(none.unreadable.at(1).reason));
}

void tst_PrivateKeyFinder::nothingMatches() {
    QTemporaryDir dir;
    put(dir, QStringLiteral("other.key"), m_other.keyPem);
    const PrivateKeyFinder::Result r =
        PrivateKeyFinder::find(dir.path(), m_server.certificatePem, QByteArray());
    QVERIFY(!r.found());
    QCOMPARE(r.otherKeys.size(), 1);
    QVERIFY(r.unreadable.isEmpty());
    QVERIFY(r.error.isEmpty());
}

void tst_PrivateKeyFinder::badFolderOrCertificate() {
    QTemporaryDir dir;
    PrivateKeyFinder::Result r = PrivateKeyFinder::find(dir.filePath(QStringLiteral("missing")),
                                                        m_server.certificatePem, QByteArray());
    QVERIFY(!r.found());
    QVERIFY(r.error.contains(QLatin1String("does not exist")));
    r = PrivateKeyFinder::find(dir.path(), "not a certificate", QByteArray());
    QVERIFY(!r.found());
    QVERIFY(!r.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PrivateKeyFinder)
#include "tst_privatekeyfinder.moc"
