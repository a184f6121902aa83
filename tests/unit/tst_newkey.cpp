#include "core/KeySpec.h"
#include "security/CsrInfo.h"
#include "security/NewKey.h"
#include "security/PrivateKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The key and CSR every part of CertDesk makes, with the real OpenSSL: the CSR carries the
// names and the saved key's public half, the key file is encrypted and owner-only, and an
// existing file is never written over (nor is a CSR handed out then).
class tst_NewKey : public QObject {
    Q_OBJECT
private slots:
    void makesMatchingKeyAndCsr_data();
    void makesMatchingKeyAndCsr();
    void neverOverwritesAKeyFile();
};

void tst_NewKey::makesMatchingKeyAndCsr_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("rsa:2048") << "rsa:2048";
    QTest::newRow("ec:p256") << "ec:p256";
}

void tst_NewKey::makesMatchingKeyAndCsr() {
    QFETCH(QString, spec);
    KeySpec keySpec;
    QString error;
    QVERIFY(KeySpec::parse(spec, &keySpec, &error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.key"));
    const QStringList names{QStringLiteral("www.example.com"), QStringLiteral("example.com")};
    QByteArray csr;
    QVERIFY2(NewKey::make(keySpec, names, path, "correct horse", &csr, &error), qPrintable(error));

    CsrInfo info;
    QVERIFY2(CsrInfo::parse(csr, &info, &error), qPrintable(error));
    QVERIFY(info.signatureValid);
    QCOMPARE(info.commonName, names.first());
    QVERIFY(info.problems(names.first(), names, false).isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.contains("ENCRYPTED PRIVATE KEY"));
    QCOMPARE(file.permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    PrivateKey key;
    QVERIFY(!PrivateKey::fromPem(pem, "wrong passphrase", &key, &error));
    QVERIFY2(PrivateKey::fromPem(pem, "correct horse", &key, &error), qPrintable(error));
    QCOMPARE(key.publicKeyDer(), info.publicKeyDer);
}

void tst_NewKey::neverOverwritesAKeyFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.key"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("an older key");
    existing.close();
    KeySpec spec;
    QString error;
    QVERIFY(KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error));
    QByteArray csr;
    QVERIFY(!NewKey::make(spec, {QStringLiteral("example.com")}, path, "passphrase", &csr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(csr.isEmpty());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("an older key"));
}

QTEST_GUILESS_MAIN(tst_NewKey)
#include "tst_newkey.moc"
