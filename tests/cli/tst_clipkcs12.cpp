#include "TestSandbox.h"
#include "security/PrivateKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// certdesk-cli cert download --format p12, run as a process against a sandbox that issues at
// once (--auto-complete): an order placed by the CLI with a key made here, then its chain and
// that key in a PKCS#12 file that the openssl command line opens. And the refusals: no --key,
// another key, a short passphrase, an existing file.
class tst_CliPkcs12 : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bundleOpensWithOpenssl();
    void defaultNameIsTheCertificateId();
    void refusals();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // certdesk-cli against the sandbox; env adds or (with an empty value) removes variables.
    Run cli(const QStringList &args, const QMap<QString, QString> &env = {},
            const QString &workingDirectory = {});
    static Run openssl(const QStringList &args, const QString &passphrase);
    Run download(const QStringList &extra, const QString &p12Passphrase = kP12Passphrase,
                 const QString &keyPassphrase = kKeyPassphrase,
                 const QString &workingDirectory = {});

    TestSandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_keyFile;
    QString m_certificateId;
    static inline const QString kKeyPassphrase = QStringLiteral("order key passphrase");
    static inline const QString kP12Passphrase = QStringLiteral("bundle passphrase 42");
};

tst_CliPkcs12::Run tst_CliPkcs12::cli(const QStringList &args, const QMap<QString, QString> &env,
                                      const QString &workingDirectory) {
    QProcess process;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    e.remove(QStringLiteral("CERTDESK_KEY_PASSPHRASE"));
    e.remove(QStringLiteral("CERTDESK_P12_PASSPHRASE"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (!it.value().isEmpty())
            e.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(e);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
                  QStringList{QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()} + args);
    process.closeWriteChannel(); // nothing to read when a passphrase is asked
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

tst_CliPkcs12::Run tst_CliPkcs12::openssl(const QStringList &args, const QString &passphrase) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("P12PASS"), passphrase);
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

tst_CliPkcs12::Run tst_CliPkcs12::download(const QStringList &extra, const QString &p12Passphrase,
                                           const QString &keyPassphrase,
                                           const QString &workingDirectory) {
    return cli(QStringList{QStringLiteral("cert"), QStringLiteral("download"), m_certificateId,
                           QStringLiteral("--format"), QStringLiteral("p12")} +
                   extra,
               {{QStringLiteral("CERTDESK_KEY_PASSPHRASE"), keyPassphrase},
                {QStringLiteral("CERTDESK_P12_PASSPHRASE"), p12Passphrase}},
               workingDirectory);
}

void tst_CliPkcs12::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("5"),
                              QStringLiteral("--auto-complete")}),
             qPrintable(m_sandbox.errorString()));
    m_keyFile = m_dir.filePath(QStringLiteral("p12.example.com.key"));
    const Run placed =
        cli({QStringLiteral("order"), QStringLiteral("new"), QStringLiteral("--product"),
             QStringLiteral("ssl_dv_geotrust"), QStringLiteral("--cn"),
             QStringLiteral("p12.example.com"), QStringLiteral("--generate-key"),
             QStringLiteral("ec:p256"), QStringLiteral("--key-out"), m_keyFile,
             QStringLiteral("--dcv-method"), QStringLiteral("dns-txt-token"),
             QStringLiteral("--skip-approval"), QStringLiteral("--yes"), QStringLiteral("--format"),
             QStringLiteral("json")},
            {{QStringLiteral("CERTDESK_KEY_PASSPHRASE"), kKeyPassphrase}});
    QVERIFY2(placed.exitCode == 0, placed.err.constData());
    const qint64 orderId =
        QJsonDocument::fromJson(placed.out).object().value(QLatin1String("order_id")).toInteger();
    QVERIFY(orderId > 0);
    const Run show =
        cli({QStringLiteral("orders"), QStringLiteral("show"), QString::number(orderId),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject order = QJsonDocument::fromJson(show.out).object();
    QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("issued"));
    const qint64 certificateId = order.value(QLatin1String("certificate_id")).toInteger();
    QVERIFY(certificateId > 0);
    m_certificateId = QString::number(certificateId);
}

void tst_CliPkcs12::bundleOpensWithOpenssl() {
    const QString out = m_dir.filePath(QStringLiteral("bundle.p12"));
    const Run r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("PKCS#12"), r.out.constData());
    QVERIFY(!(r.out + r.err).contains(kKeyPassphrase.toUtf8()));
    QVERIFY(!(r.out + r.err).contains(kP12Passphrase.toUtf8()));
    QVERIFY(!(r.out + r.err).contains("PRIVATE KEY"));
    QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                        QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    const Run opened =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out, QStringLiteral("-nodes"),
                 QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                kP12Passphrase);
    QVERIFY2(opened.exitCode == 0, opened.err.constData());
    // The sandbox chain: certificate, intermediate, root.
    QCOMPARE(opened.out.count("-----BEGIN CERTIFICATE-----"), 3);
    QCOMPARE(opened.out.count("-----BEGIN PRIVATE KEY-----"), 1);
    QVERIFY(opened.out.contains("friendlyName: p12.example.com"));
    const qsizetype begin = opened.out.indexOf("-----BEGIN PRIVATE KEY-----");
    const qsizetype end = opened.out.indexOf("-----END PRIVATE KEY-----") + 25;
    PrivateKey inBundle;
    PrivateKey inFile;
    QString error;
    QVERIFY2(
        PrivateKey::fromPem(opened.out.mid(begin, end - begin), QByteArray(), &inBundle, &error),
        qPrintable(error));
    QFile keyFile(m_keyFile);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY2(PrivateKey::fromPem(keyFile.readAll(), kKeyPassphrase.toUtf8(), &inFile, &error),
             qPrintable(error));
    QCOMPARE(inBundle.publicKeyDer(), inFile.publicKeyDer());

    // The leaf is the certificate CertCentral issued for this order.
    const Run leaf = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out,
                              QStringLiteral("-nokeys"), QStringLiteral("-clcerts"),
                              QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                             kP12Passphrase);
    QCOMPARE(leaf.exitCode, 0);
    const Run pem = cli({QStringLiteral("cert"), QStringLiteral("download"), m_certificateId,
                         QStringLiteral("--format"), QStringLiteral("pem_nointermediate")});
    QCOMPARE(pem.exitCode, 0);
    const QByteArray leafPem = leaf.out.mid(leaf.out.indexOf("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(leafPem.trimmed(), pem.out.trimmed());

    QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), out, QStringLiteral("-nodes"),
                     QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                    QStringLiteral("not the passphrase"))
                .exitCode != 0);
}

void tst_CliPkcs12::defaultNameIsTheCertificateId() {
    QTemporaryDir work;
    const Run r =
        download({QStringLiteral("--key"), m_keyFile}, kP12Passphrase, kKeyPassphrase, work.path());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(work.filePath(m_certificateId + QStringLiteral(".p12"))));
    // Never over a file: the second time is refused and the first file stays.
    const Run again =
        download({QStringLiteral("--key"), m_keyFile}, kP12Passphrase, kKeyPassphrase, work.path());
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("never overwritten"), again.err.constData());
    QVERIFY(
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"),
                 work.filePath(m_certificateId + QStringLiteral(".p12")), QStringLiteral("-nodes"),
                 QStringLiteral("-passin"), QStringLiteral("env:P12PASS")},
                kP12Passphrase)
            .exitCode == 0);
}

void tst_CliPkcs12::refusals() {
    const QString out = m_dir.filePath(QStringLiteral("refused.p12"));
    // No --key: a usage error that names it.
    Run r = download({QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--key"), r.err.constData());

    // A key made for another request.
    const QString otherKey = m_dir.filePath(QStringLiteral("other.key"));
    const Run made = cli({QStringLiteral("csr"), QStringLiteral("new"), QStringLiteral("--cn"),
                          QStringLiteral("other.example.com"), QStringLiteral("--key-out"),
                          otherKey, QStringLiteral("--no-passphrase")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    r = download({QStringLiteral("--key"), otherKey, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the key does not belong to this certificate"), r.err.constData());
    QVERIFY2(r.err.contains("p12.example.com"), r.err.constData());

    // The key's passphrase is wrong, or missing with nothing to ask it from.
    r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out}, kP12Passphrase,
                 QStringLiteral("wrong key passphrase"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("passphrase"), r.err.constData());
    QVERIFY(!r.err.contains("wrong key passphrase"));
    r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out}, kP12Passphrase,
                 QString());
    QCOMPARE(r.exitCode, 2);

    // The new passphrase is too short, or not given.
    r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out},
                 QStringLiteral("short"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("at least 8"), r.err.constData());
    r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out}, QString());
    QCOMPARE(r.exitCode, 2);

    // --key without p12, and a certificate that does not exist.
    r = cli({QStringLiteral("cert"), QStringLiteral("download"), m_certificateId,
             QStringLiteral("--key"), m_keyFile});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("cert"), QStringLiteral("download"), QStringLiteral("99999999"),
             QStringLiteral("--format"), QStringLiteral("p12"), QStringLiteral("--key"), m_keyFile,
             QStringLiteral("--out"), out},
            {{QStringLiteral("CERTDESK_KEY_PASSPHRASE"), kKeyPassphrase},
             {QStringLiteral("CERTDESK_P12_PASSPHRASE"), kP12Passphrase}});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFile::exists(out));

    // An existing file is refused before anything is asked or downloaded.
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    r = download({QStringLiteral("--key"), m_keyFile, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(tst_CliPkcs12)
#include "tst_clipkcs12.moc"
