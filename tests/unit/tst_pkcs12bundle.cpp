#include "TestCertificates.h"
#include "core/KeySpec.h"
#include "security/PbeLimits.h"
#include "security/Pkcs12Bundle.h"
#include "security/PrivateKey.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// PKCS#12 files written with the real OpenSSL and read back twice: by Pkcs12Bundle::read and by
// the openssl command line. Also the refusals: a key of another certificate, a wrong or short
// passphrase, an existing file.
class tst_Pkcs12Bundle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void opensslReadsTheFile();
    void keyOfAnotherCertificateIsRefused();
    void wrongPassphraseIsAMessage();
    void shortPassphraseIsRefused();
    void ownerOnlyAndNeverOverwritten();
    void splitPemKeepsOrder();
    void hugeMacIterationCountIsRefused();
    void hugeKeyBagIterationCountIsRefused();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run openssl(const QStringList &args, const QByteArray &passphrase);
    static PrivateKey keyOf(const TestCertificates::Pair &pair);
    // The server's key and certificate exported by openssl pkcs12 -export with extra options.
    bool exportWithOpenssl(const QTemporaryDir &dir, const QStringList &options, QByteArray *der);
    QString writeBundle(const QTemporaryDir &dir);

    TestCertificates::Pair m_root;
    TestCertificates::Pair m_intermediate;
    TestCertificates::Pair m_server;
    TestCertificates::Pair m_other;
    const QByteArray m_passphrase = "bundle passphrase 1";
};

tst_Pkcs12Bundle::Run tst_Pkcs12Bundle::openssl(const QStringList &args,
                                                const QByteArray &passphrase) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("P12PASS"), QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("openssl"), args);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool tst_Pkcs12Bundle::exportWithOpenssl(const QTemporaryDir &dir, const QStringList &options,
                                         QByteArray *der) {
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString path = dir.filePath(QStringLiteral("exported.p12"));
    QFile k(key);
    QFile c(cert);
    if (!k.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
        return false;
    k.write(m_server.keyPem);
    k.close();
    c.write(m_server.certificatePem);
    c.close();
    const Run run = openssl(QStringList{QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                        QStringLiteral("-inkey"), key, QStringLiteral("-in"), cert,
                                        QStringLiteral("-out"), path, QStringLiteral("-passout"),
                                        QStringLiteral("env:P12PASS")} +
                                options,
                            m_passphrase);
    if (run.exitCode != 0) {
        qWarning("%s", run.err.constData());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *der = file.readAll();
    return true;
}

PrivateKey tst_Pkcs12Bundle::keyOf(const TestCertificates::Pair &pair) {
    PrivateKey key;
    QString error;
    if (!PrivateKey::fromPem(pair.keyPem, QByteArray(), &key, &error))
        qWarning("%s", qPrintable(error));
    return key;
}

void tst_Pkcs12Bundle::initTestCase() {
    // The intermediate is a second self-signed CA: PKCS#12 carries the chain without checking
    // it, and what matters here is the count and the order.
    m_root = TestCertificates::makeCa(QStringLiteral("CertDesk Test Root"));
    m_intermediate = TestCertificates::makeCa(QStringLiteral("CertDesk Test Intermediate"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_server = TestCertificates::makeServer(
        m_intermediate,
        {QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com")}, {},
        now.addDays(-1), now.addDays(90));
    m_other = TestCertificates::makeServer(m_intermediate, {QStringLiteral("other.example.com")},
                                           {}, now.addDays(-1), now.addDays(90));
    QVERIFY(!m_root.isNull() && !m_intermediate.isNull() && !m_server.isNull() &&
            !m_other.isNull());
}

QString tst_Pkcs12Bundle::writeBundle(const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("shop.p12"));
    QString error;
    // The chain as pem_all gives it: the leaf again first, then intermediate and root.
    const QByteArray pemAll =
        m_server.certificatePem + m_intermediate.certificatePem + m_root.certificatePem;
    if (!Pkcs12Bundle::write(path, keyOf(m_server), m_server.certificatePem, {pemAll}, m_passphrase,
                             &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void tst_Pkcs12Bundle::roundTrip() {
    QTemporaryDir dir;
    const QString path = writeBundle(dir);
    QVERIFY(!path.isEmpty());
    Pkcs12Bundle bundle;
    QString error;
    QVERIFY2(Pkcs12Bundle::readFile(path, m_passphrase, &bundle, &error), qPrintable(error));
    QCOMPARE(bundle.key.publicKeyDer(), keyOf(m_server).publicKeyDer());
    QCOMPARE(bundle.certificatePem, m_server.certificatePem);
    QCOMPARE(bundle.friendlyName, QStringLiteral("shop.example.com"));
    // In the order given; the leaf's copy in pem_all is left out.
    QCOMPARE(bundle.chainPem,
             (QList<QByteArray>{m_intermediate.certificatePem, m_root.certificatePem}));
    QVERIFY(Pkcs12Bundle::keyMatches(bundle.key, bundle.certificatePem, &error));
}

void tst_Pkcs12Bundle::opensslReadsTheFile() {
    QTemporaryDir dir;
    const QString path = writeBundle(dir);
    QVERIFY(!path.isEmpty());

    const Run all =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nodes"),
                 QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                m_passphrase);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(all.out.count("-----BEGIN CERTIFICATE-----"), 3);
    QCOMPARE(all.out.count("-----BEGIN PRIVATE KEY-----"), 1);
    QVERIFY(all.out.contains("friendlyName: shop.example.com"));
    // The key OpenSSL decrypted is the certificate's key.
    const qsizetype begin = all.out.indexOf("-----BEGIN PRIVATE KEY-----");
    const qsizetype end = all.out.indexOf("-----END PRIVATE KEY-----") + 25;
    PrivateKey key;
    QString error;
    QVERIFY2(PrivateKey::fromPem(all.out.mid(begin, end - begin), QByteArray(), &key, &error),
             qPrintable(error));
    QCOMPARE(key.publicKeyDer(), keyOf(m_server).publicKeyDer());

    // The leaf is the certificate, the others the chain.
    const Run leaf = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                              QStringLiteral("-nokeys"), QStringLiteral("-clcerts"),
                              QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                             m_passphrase);
    QCOMPARE(leaf.exitCode, 0);
    QCOMPARE(Pkcs12Bundle::splitPem(leaf.out), QList<QByteArray>{m_server.certificatePem});
    const Run chain = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                               QStringLiteral("-nokeys"), QStringLiteral("-cacerts"),
                               QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                              m_passphrase);
    QCOMPARE(chain.exitCode, 0);
    QCOMPARE(Pkcs12Bundle::splitPem(chain.out).size(), 2);

    // AES-256-CBC with PBKDF2 and a SHA-256 MAC; no RC2, no 3DES.
    const Run info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path,
                              QStringLiteral("-info"), QStringLiteral("-noout"),
                              QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                             m_passphrase);
    QCOMPARE(info.exitCode, 0);
    const QByteArray text = info.out + info.err;
    QVERIFY2(text.contains("MAC: sha256"), text.constData());
    QVERIFY2(text.contains("PBKDF2, AES-256-CBC"), text.constData());
    QVERIFY2(!text.contains("RC2") && !text.contains("3DES") && !text.contains("DES-EDE"),
             text.constData());

    const Run wrong =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), path, QStringLiteral("-nodes"),
                 QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                "not the passphrase");
    QVERIFY(wrong.exitCode != 0);
    QVERIFY(!wrong.out.contains("PRIVATE KEY"));
}

void tst_Pkcs12Bundle::keyOfAnotherCertificateIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mismatch.p12"));
    QString error;
    QVERIFY(!Pkcs12Bundle::keyMatches(keyOf(m_other), m_server.certificatePem, &error));
    QVERIFY2(error.contains(QLatin1String("the key does not belong to this certificate")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("shop.example.com")), qPrintable(error));
    error.clear();
    QVERIFY(!Pkcs12Bundle::write(path, keyOf(m_other), m_server.certificatePem,
                                 {m_intermediate.certificatePem}, m_passphrase, &error));
    QVERIFY2(error.contains(QLatin1String("does not belong")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    QVERIFY(
        !Pkcs12Bundle::write(path, keyOf(m_server), "not a certificate", {}, m_passphrase, &error));
    QVERIFY(!Pkcs12Bundle::write(path, keyOf(m_server), m_server.certificatePem, {"junk"},
                                 m_passphrase, &error));
    QVERIFY2(error.contains(QLatin1String("chain")), qPrintable(error));
    QVERIFY(!Pkcs12Bundle::write(path, PrivateKey(), m_server.certificatePem, {}, m_passphrase,
                                 &error));
    QVERIFY(!QFile::exists(path));
}

void tst_Pkcs12Bundle::wrongPassphraseIsAMessage() {
    QTemporaryDir dir;
    const QString path = writeBundle(dir);
    QVERIFY(!path.isEmpty());
    Pkcs12Bundle bundle;
    QString error;
    QVERIFY(!Pkcs12Bundle::readFile(path, "not the passphrase", &bundle, &error));
    QVERIFY2(error.contains(QLatin1String("passphrase does not open")), qPrintable(error));
    QVERIFY(bundle.key.isNull());
    QVERIFY(!Pkcs12Bundle::readFile(path, QByteArray(), &bundle, &error));
    QVERIFY(error.contains(QLatin1String("passphrase")));
    QVERIFY(!Pkcs12Bundle::read("not a PKCS#12 file", m_passphrase, &bundle, &error));
    QVERIFY2(error.contains(QLatin1String("not a PKCS#12")), qPrintable(error));
    QVERIFY(!Pkcs12Bundle::read(QByteArray(), m_passphrase, &bundle, &error));
    QVERIFY(!Pkcs12Bundle::readFile(dir.filePath(QStringLiteral("missing.p12")), m_passphrase,
                                    &bundle, &error));
}

void tst_Pkcs12Bundle::shortPassphraseIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.p12"));
    QString error;
    QVERIFY(!Pkcs12Bundle::write(path, keyOf(m_server), m_server.certificatePem, {}, "1234567",
                                 &error));
    QVERIFY2(error.contains(QLatin1String("at least 8 characters")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // Eight characters, not bytes: "passwört" is eight characters in nine bytes.
    QVERIFY2(Pkcs12Bundle::write(path, keyOf(m_server), m_server.certificatePem, {},
                                 QStringLiteral("passwört").toUtf8(), &error),
             qPrintable(error));
    Pkcs12Bundle bundle;
    QVERIFY2(Pkcs12Bundle::readFile(path, QStringLiteral("passwört").toUtf8(), &bundle, &error),
             qPrintable(error));
    QVERIFY(bundle.chainPem.isEmpty());
}

void tst_Pkcs12Bundle::ownerOnlyAndNeverOverwritten() {
    QTemporaryDir dir;
    const QString path = writeBundle(dir);
    QVERIFY(!path.isEmpty());
    QCOMPARE(QFile::permissions(path) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    QString error;
    QVERIFY(!Pkcs12Bundle::write(path, keyOf(m_server), m_server.certificatePem, {},
                                 "another passphrase", &error));
    QVERIFY2(error.contains(QLatin1String("never overwrites")), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original);
    // Nothing else was left in the folder (no temporary file holding the key).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("shop.p12")});
}

void tst_Pkcs12Bundle::splitPemKeepsOrder() {
    const QByteArray text = "Subject: leaf\n" + m_server.certificatePem + "\n" +
                            m_intermediate.certificatePem + m_root.certificatePem;
    const QList<QByteArray> certs = Pkcs12Bundle::splitPem(text);
    QCOMPARE(certs.size(), 3);
    QCOMPARE(certs.at(0), m_server.certificatePem);
    QCOMPARE(certs.at(1), m_intermediate.certificatePem);
    QCOMPARE(certs.at(2), m_root.certificatePem);
    QVERIFY(Pkcs12Bundle::splitPem("nothing here").isEmpty());
    QCOMPARE(Pkcs12Bundle::commonName(m_server.certificatePem), QStringLiteral("shop.example.com"));
}

void tst_Pkcs12Bundle::hugeMacIterationCountIsRefused() {
    // openssl -iter N uses N rounds for the keys and the MAC: one past the limit is refused
    // before any rounds are run.
    QTemporaryDir dir;
    QByteArray der;
    QVERIFY(exportWithOpenssl(
        dir, {QStringLiteral("-iter"), QString::number(Pkcs12Bundle::kMaxMacIterations + 1)},
        &der));
    Pkcs12Bundle bundle;
    QString error;
    QVERIFY(!Pkcs12Bundle::read(der, m_passphrase, &bundle, &error));
    QVERIFY2(error.contains(QLatin1String("rounds")), qPrintable(error));
}

void tst_Pkcs12Bundle::hugeKeyBagIterationCountIsRefused() {
    // A MAC of one round (-nomaciter) passes the MAC check; the key and certificate bags ask for
    // one round past the limit, and are refused before PKCS12_parse derives their keys.
    QTemporaryDir dir;
    QByteArray der;
    QVERIFY(
        exportWithOpenssl(dir,
                          {QStringLiteral("-iter"), QString::number(PbeLimits::kMaxIterations + 1),
                           QStringLiteral("-nomaciter")},
                          &der));
    Pkcs12Bundle bundle;
    QString error;
    QVERIFY(!Pkcs12Bundle::read(der, m_passphrase, &bundle, &error));
    QVERIFY2(error.contains(QLatin1String("rounds")) &&
                 error.contains(QLocale().toString(qlonglong(PbeLimits::kMaxIterations + 1))),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Pkcs12Bundle)
#include "tst_pkcs12bundle.moc"
