#include "core/KeySpec.h"
#include "security/KeyFileWriter.h"
#include "security/PbeLimits.h"
#include "security/PrivateKey.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Keys made with the real OpenSSL, written as encrypted PKCS#8, read back by OpenSSL's own
// command line; and the key file's permissions. Also covers KeySpec and KeyFileWriter.
class tst_PrivateKey : public QObject {
    Q_OBJECT
private slots:
    void specs_data();
    void specs();
    void generateAndReadBack_data();
    void generateAndReadBack();
    void opensslReadsTheKeyFile();
    void keyFileIsOwnerOnlyAndNeverOverwritten();
    void costlyKeyFileIsRefused_data();
    void costlyKeyFileIsRefused();
};

void tst_PrivateKey::specs_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("codeSigning");
    QTest::newRow("rsa:2048") << "rsa:2048" << true << false;
    QTest::newRow("RSA:3072") << "RSA:3072" << true << true;
    QTest::newRow("rsa:4096") << "rsa:4096" << true << true;
    QTest::newRow("ec:p256") << "ec:p256" << true << false;
    QTest::newRow("ec:p384") << "ec:p384" << true << false;
    QTest::newRow("rsa:1024") << "rsa:1024" << false << false;
    QTest::newRow("ed25519") << "ed25519" << false << false;
    QTest::newRow("empty") << "" << false << false;
}

void tst_PrivateKey::specs() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, codeSigning);
    KeySpec spec;
    QString error;
    QCOMPARE(KeySpec::parse(text, &spec, &error), ok);
    if (!ok) {
        QVERIFY(error.contains(QLatin1String("rsa:3072"))); // says what is allowed
        return;
    }
    QCOMPARE(spec.name(), text.toLower());
    QCOMPARE(spec.problemForCodeSigning().isEmpty(), codeSigning);
}

void tst_PrivateKey::generateAndReadBack_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("rsa:2048") << "rsa:2048";
    QTest::newRow("ec:p256") << "ec:p256";
    QTest::newRow("ec:p384") << "ec:p384";
}

void tst_PrivateKey::generateAndReadBack() {
    QFETCH(QString, spec);
    KeySpec keySpec;
    QString error;
    QVERIFY(KeySpec::parse(spec, &keySpec, &error));
    PrivateKey key;
    QVERIFY2(PrivateKey::generate(keySpec, &key, &error), qPrintable(error));
    QCOMPARE(key.spec().name(), spec);
    const QByteArray encrypted = key.toPem("correct horse battery staple");
    QVERIFY(encrypted.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    PrivateKey back;
    QVERIFY2(PrivateKey::fromPem(encrypted, "correct horse battery staple", &back, &error),
             qPrintable(error));
    QCOMPARE(back.publicKeyDer(), key.publicKeyDer());
    PrivateKey wrong;
    QVERIFY(!PrivateKey::fromPem(encrypted, "wrong", &wrong, &error));
    QVERIFY(error.contains(QLatin1String("passphrase")));
    QVERIFY(!PrivateKey::fromPem(encrypted, QByteArray(), &wrong, &error));
    const QByteArray plain = key.toPem(QByteArray());
    QVERIFY(plain.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(PrivateKey::fromPem(plain, QByteArray(), &back, &error));
    QCOMPARE(back.publicKeyDer(), key.publicKeyDer());
}

void tst_PrivateKey::opensslReadsTheKeyFile() {
    PrivateKey key;
    QString error;
    KeySpec spec;
    QVERIFY(KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error));
    QVERIFY(PrivateKey::generate(spec, &key, &error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.key"));
    QVERIFY2(KeyFileWriter::write(path, key.toPem("s3cret-passphrase"), &error), qPrintable(error));
    QProcess openssl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_TEST_PASS"), QStringLiteral("s3cret-passphrase"));
    openssl.setProcessEnvironment(env);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                   QStringLiteral("env:CERTDESK_TEST_PASS"), QStringLiteral("-pubout"),
                   QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY(openssl.waitForFinished(20000));
    QCOMPARE(openssl.exitCode(), 0);
    QCOMPARE(openssl.readAllStandardOutput(), key.publicKeyDer());
}

void tst_PrivateKey::keyFileIsOwnerOnlyAndNeverOverwritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.pem"));
    QString error;
    QVERIFY(KeyFileWriter::write(path, "-----BEGIN PRIVATE KEY-----\n", &error));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                         QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    QVERIFY(!KeyFileWriter::write(path, "other", &error));
    QVERIFY(error.contains(QLatin1String("never overwrites")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("-----BEGIN PRIVATE KEY-----\n"));
    QVERIFY(!KeyFileWriter::write(dir.filePath(QStringLiteral("no/such/dir/k.pem")), "x", &error));
    QVERIFY(error.contains(QLatin1String("could not be saved")));
    QVERIFY(!KeyFileWriter::write(QString(), "x", &error));
}

void tst_PrivateKey::costlyKeyFileIsRefused_data() {
    QTest::addColumn<QStringList>("pkcs8Options");
    QTest::addColumn<bool>("opens");
    QTest::newRow("PBKDF2, 10,000 rounds")
        << QStringList{"-v2", "aes-256-cbc", "-iter", "10000"} << true;
    QTest::newRow("PBKDF2, one past the limit")
        << QStringList{"-v2", "aes-256-cbc", "-iter",
                       QString::number(PbeLimits::kMaxIterations + 1)}
        << false;
    QTest::newRow("scrypt, OpenSSL's default") << QStringList{"-scrypt"} << true;
    QTest::newRow("PKCS#12 3DES, one past the limit")
        << QStringList{"-v1", "PBE-SHA1-3DES", "-iter",
                       QString::number(PbeLimits::kMaxIterations + 1)}
        << false;
}

void tst_PrivateKey::costlyKeyFileIsRefused() {
    // A key encrypted by OpenSSL's command line with the given cost: past the limit it is
    // refused before any round runs, with a message that says why.
    QFETCH(QStringList, pkcs8Options);
    QFETCH(bool, opens);
    PrivateKey key;
    QString error;
    KeySpec spec;
    QVERIFY(KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error));
    QVERIFY(PrivateKey::generate(spec, &key, &error));
    QProcess openssl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_TEST_PASS"), QStringLiteral("s3cret-passphrase"));
    openssl.setProcessEnvironment(env);
    openssl.start(QStringLiteral("openssl"),
                  QStringList{QStringLiteral("pkcs8"), QStringLiteral("-topk8"),
                              QStringLiteral("-passout"),
                              QStringLiteral("env:CERTDESK_TEST_PASS")} +
                      pkcs8Options);
    QVERIFY(openssl.waitForStarted());
    openssl.write(key.toPem(QByteArray()));
    openssl.closeWriteChannel();
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const QByteArray pem = openssl.readAllStandardOutput();
    QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

    PrivateKey read;
    const bool ok = PrivateKey::fromPem(pem, "s3cret-passphrase", &read, &error);
    QCOMPARE(ok, opens);
    if (opens) {
        QCOMPARE(read.publicKeyDer(), key.publicKeyDer());
    } else {
        QVERIFY2(error.contains(QLatin1String("rounds")), qPrintable(error));
        QVERIFY2(error.contains(QLocale().toString(qlonglong(PbeLimits::kMaxIterations))),
                 qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_PrivateKey)
#include "tst_privatekey.moc"
