#include "SandboxControl.h"
#include "TestSandbox.h"
#include "core/OrderCsv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// certdesk-cli run as a user would: a real process against a real sandbox.
class tst_CliApp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listJsonHasEveryOrder();
    void listCsvAndTable();
    void listWithFilters();
    void chosenColumns();
    void listWithServerFilters();
    void showJson();
    void usageErrors_data();
    void usageErrors();
    void apiErrorExitCode();
    void networkErrorExitCode();
    void keyNeverPrinted();
    void profileVerbs();
    void certDownload();
    void csrNew();
    void csrNewRefusals_data();
    void csrNewRefusals();
    void orderNew();
    void orderNewRefusals();
    void orderNewBadValues_data();
    void orderNewBadValues();
    void profileBadValues_data();
    void profileBadValues();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QString &key = TestSandbox::testKey(),
            const QString &url = {});
    // order new against the sandbox, with the test key and a key passphrase in the environment.
    Run orderCli(const QStringList &args);
    int ordersWithAlternativeId(const QString &id);
    // csr new with a passphrase in CERTDESK_KEY_PASSPHRASE (none when empty).
    Run csr(const QStringList &args, const QByteArray &passphrase);
    // Without --api-url, in a settings folder of its own (profiles).
    Run cliWithProfiles(const QStringList &args, const QString &key = {});
    QTemporaryDir m_config;
    QTemporaryDir m_work; // a CSR for other.example.com, made once for the bad-value rows
    QString m_csrFile;
    TestSandbox m_sandbox;
};

tst_CliApp::Run tst_CliApp::cli(const QStringList &args, const QString &key, const QString &url) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_API_KEY"));
    if (!key.isNull())
        env.insert(QStringLiteral("CERTDESK_API_KEY"), key);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("certdesk.*=true"));
    process.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--api-url"),
                    url.isEmpty() ? m_sandbox.baseUrl().toString() : url};
    all << args;
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"), all);
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

tst_CliApp::Run tst_CliApp::cliWithProfiles(const QStringList &args, const QString &key) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("CERTDESK_API_KEY"), key);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"), args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

tst_CliApp::Run tst_CliApp::csr(const QStringList &args, const QByteArray &passphrase) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_KEY_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("CERTDESK_KEY_PASSPHRASE"), QString::fromUtf8(passphrase));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
                  QStringList{QStringLiteral("csr"), QStringLiteral("new")} + args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

tst_CliApp::Run tst_CliApp::orderCli(const QStringList &args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    env.insert(QStringLiteral("CERTDESK_KEY_PASSPHRASE"), QStringLiteral("order passphrase"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
                  QStringList{QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
                              QStringLiteral("order"), QStringLiteral("new")} +
                      args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int tst_CliApp::ordersWithAlternativeId(const QString &id) {
    QByteArray body;
    if (SandboxControl::get(
            m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/alternate/") + id)),
            TestSandbox::testKey().toUtf8(), &body) != 200)
        return -1;
    return QJsonDocument::fromJson(body)
        .object()[QLatin1String("page")][QLatin1String("total")]
        .toInt();
}

void tst_CliApp::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("2500")}),
             qPrintable(m_sandbox.errorString()));
}

void tst_CliApp::listJsonHasEveryOrder() {
    const Run r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString()));
    const QJsonArray orders = doc.array();
    QCOMPARE(orders.size(), 2500);
    const QStringList keys = {"order_id", "common_name",       "dns_names",  "product_name_id",
                              "status",   "organization_name", "valid_till", "days_remaining"};
    int withValidTill = 0;
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
        QVERIFY(o.value(QLatin1String("order_id")).toInteger() > 100000);
        QVERIFY(o.value(QLatin1String("dns_names")).isArray());
        const QString till = o.value(QLatin1String("valid_till")).toString();
        if (!till.isEmpty()) {
            QVERIFY2(QDate::fromString(till, Qt::ISODate).isValid(), qPrintable(till));
            QCOMPARE(till.size(), 10);
            ++withValidTill;
        }
    }
    QVERIFY(withValidTill > 1000);
}

void tst_CliApp::listCsvAndTable() {
    const Run csv =
        cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--status"), QStringLiteral("pending")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.first().trimmed(),
             QByteArray("order_id,common_name,sans,product_name_id,status,organization_name,"
                        "valid_till,days_remaining"));
    for (int i = 1; i < lines.size(); ++i)
        QVERIFY(lines[i].contains(",pending,"));
    const Run table = cli({QStringLiteral("orders"), QStringLiteral("list"),
                           QStringLiteral("--status"), QStringLiteral("pending")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.trimmed().split('\n').size(), lines.size());
    QVERIFY(table.out.startsWith("order_id"));
}

void tst_CliApp::chosenColumns() {
    const Run r = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--columns"),
                       QStringLiteral("order_id,container_name,dns_names,date_created")});
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = OrderCsv::parse(QString::fromUtf8(r.out));
    QCOMPARE(rows.size(), 2501);
    QCOMPARE(rows.first(),
             (QStringList{"order_id", "container_name", "dns_names", "date_created"}));
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 4);
        QVERIFY(QDateTime::fromString(rows.at(i).at(3), Qt::ISODate).isValid());
    }
}

void tst_CliApp::listWithFilters() {
    const Run r =
        cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("issued"), QStringLiteral("--sort"), QStringLiteral("-valid_till"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray orders = QJsonDocument::fromJson(r.out).array();
    QVERIFY(orders.size() > 100);
    QString previous = QStringLiteral("9999-12-31");
    for (const QJsonValue &v : orders) {
        // issued also matches expired orders (certcentral-docs.md 3.2).
        const QString status = v[QLatin1String("status")].toString();
        QVERIFY2(status == QLatin1String("issued") || status == QLatin1String("expired"),
                 qPrintable(status));
        const QString till = v[QLatin1String("valid_till")].toString();
        QVERIFY(till <= previous);
        previous = till;
    }
}

void tst_CliApp::listWithServerFilters() {
    // product + organization + container + a valid-till range, all sent to the server.
    const Run r = cli({"orders", "list", "--product", "ssl_basic", "--organization", "3001",
                       "--container", "100", "--valid-till-from", "2027-01-01", "--valid-till-to",
                       "2027-06-30", "--format", "json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray orders = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!orders.isEmpty());
    for (const QJsonValue &v : orders) {
        QCOMPARE(v[QLatin1String("product_name_id")].toString(), QStringLiteral("ssl_basic"));
        QCOMPARE(v[QLatin1String("organization_id")].toInteger(), 3001);
        QCOMPARE(v[QLatin1String("container_id")].toInteger(), 100);
        const QString till = v[QLatin1String("valid_till")].toString();
        QVERIFY2(till >= QLatin1String("2027-01-01") && till <= QLatin1String("2027-06-30"),
                 qPrintable(till));
    }
}

void tst_CliApp::showJson() {
    const Run r = cli({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("100001"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("order_id")).toInteger(), 100001);
    QVERIFY(!o.value(QLatin1String("common_name")).toString().isEmpty());
}

void tst_CliApp::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no verb") << QStringList{} << "missing verb";
    QTest::newRow("unknown verb") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("bad format") << QStringList{"orders", "list", "--format", "xml"} << "--format";
    QTest::newRow("bad status") << QStringList{"orders", "list", "--status", "active"} << "active";
    QTest::newRow("missing value") << QStringList{"orders", "list", "--status"} << "--status";
    QTest::newRow("bad id") << QStringList{"orders", "show", "12ab"} << "12ab";
    QTest::newRow("bad organization")
        << QStringList{"orders", "list", "--organization", "acme"} << "--organization";
    QTest::newRow("bad date") << QStringList{"orders", "list", "--valid-till-from", "1/2/2027"}
                              << "yyyy-MM-dd";
    QTest::newRow("reversed range")
        << QStringList{"orders",          "list",      "--valid-till-from", "2027-02-01",
                       "--valid-till-to", "2027-01-01"}
        << "Valid till";
    QTest::newRow("bad product") << QStringList{"orders", "list", "--product", "SSL Basic"}
                                 << "Product";
    QTest::newRow("bad timeout") << QStringList{"--timeout", "0", "me"} << "--timeout";
    QTest::newRow("unknown column")
        << QStringList{"orders", "list", "--columns", "order_id,price"} << "\"price\"";
    // One bad value per option: wrong format, out of range, wrong characters, too long.
    QTest::newRow("timeout not a number") << QStringList{"--timeout", "ten", "me"} << "--timeout";
    QTest::newRow("timeout too large") << QStringList{"--timeout", "999999", "me"} << "--timeout";
    QTest::newRow("timeout negative") << QStringList{"--timeout", "-5", "me"} << "--timeout";
    QTest::newRow("container not a number")
        << QStringList{"orders", "list", "--container", "emea"} << "--container";
    QTest::newRow("container negative")
        << QStringList{"orders", "list", "--container", "-3"} << "--container";
    QTest::newRow("organization zero")
        << QStringList{"orders", "list", "--organization", "0"} << "--organization";
    QTest::newRow("valid till to, slashes")
        << QStringList{"orders", "list", "--valid-till-to", "2027/01/31"} << "yyyy-MM-dd";
    QTest::newRow("valid till from, no such day")
        << QStringList{"orders", "list", "--valid-till-from", "2027-02-30"} << "yyyy-MM-dd";
    QTest::newRow("unknown sort") << QStringList{"orders", "list", "--sort", "price"} << "--sort";
    QTest::newRow("search with a control character")
        << QStringList{"orders", "list", "--search", QStringLiteral("shop\u0007.example.com")}
        << "control";
    QTest::newRow("search too long")
        << QStringList{"orders", "list", "--search", QString(300, QLatin1Char('a'))} << "255";
    QTest::newRow("order id zero") << QStringList{"orders", "show", "0"} << "\"0\"";
    QTest::newRow("order id negative") << QStringList{"orders", "show", "-7"} << "-7";
    QTest::newRow("show format csv")
        << QStringList{"orders", "show", "100001", "--format", "csv"} << "--format";
    QTest::newRow("empty column list")
        << QStringList{"orders", "list", "--columns", ""} << "--columns";
    QTest::newRow("me format xml") << QStringList{"me", "--format", "xml"} << "--format";
    QTest::newRow("contacts without organization")
        << QStringList{"contacts", "list"} << "--organization";
    QTest::newRow("contacts organization not a number")
        << QStringList{"contacts", "list", "--organization", "acme"} << "--organization";
    // Files named on the command line: checked before anything is sent.
    QTest::newRow("log file in a missing folder")
        << QStringList{"--log-file", "/nonexistent-certdesk/cli.log", "me"} << "--log-file";
    QTest::newRow("log file is a folder")
        << QStringList{"--log-file", QDir::tempPath(), "me"} << "is a folder";
    QTest::newRow("log file empty name") << QStringList{"--log-file", "", "me"} << "--log-file";
    QTest::newRow("ca file missing")
        << QStringList{"--ca-file", "/nonexistent-certdesk/ca.pem", "me"} << "--ca-file";
    QTest::newRow("ca file without a certificate")
        << QStringList{"--ca-file", "/etc/passwd", "me"} << "--ca-file";
    QTest::newRow("ca file is a folder")
        << QStringList{"--ca-file", QDir::tempPath(), "me"} << "--ca-file";
    QTest::newRow("download into a missing folder")
        << QStringList{"cert", "download", "1", "--out", "/nonexistent-certdesk/c.pem"}
        << "the folder /nonexistent-certdesk does not exist";
    QTest::newRow("download into a folder")
        << QStringList{"cert", "download", "1", "--format", "der", "--out", QDir::tempPath()}
        << "is a folder";
    QTest::newRow("p12 into a missing folder")
        << QStringList{"cert",        "download", "1",
                       "--format",    "p12",      "--key",
                       "/etc/passwd", "--out",    "/nonexistent-certdesk/c.p12"}
        << "--out";
    QTest::newRow("download certificate id not a number")
        << QStringList{"cert", "download", "abc"} << "\"abc\"";
    QTest::newRow("download unknown format")
        << QStringList{"cert", "download", "1", "--format", "pfx"} << "--format";
    QTest::newRow("profile with api url") << QStringList{"--profile", "work", "me"} << "--profile";
}

void tst_CliApp::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const Run noKey = cli({QStringLiteral("me")}, QString());
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains("CERTDESK_API_KEY"));
    const Run badUrl =
        cli({QStringLiteral("me")}, TestSandbox::testKey(), QStringLiteral("ftp://x"));
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY(badUrl.err.contains("--api-url"));
}

void tst_CliApp::apiErrorExitCode() {
    const Run wrongKey = cli({QStringLiteral("me")}, QStringLiteral("wrong-key-value-1234"));
    QCOMPARE(wrongKey.exitCode, 3);
    QVERIFY2(wrongKey.err.contains("access_denied|access_denied_invalid_key"),
             wrongKey.err.constData());
    const Run missing =
        cli({QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("99999999")});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("not_found|order"));
}

void tst_CliApp::networkErrorExitCode() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r =
        cli({QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("me")},
            TestSandbox::testKey(), QStringLiteral("http://127.0.0.1:%1/services/v2/").arg(port));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("network"));
}

void tst_CliApp::keyNeverPrinted() {
    // Verbose logging on, an error that involves the key: the key appears nowhere.
    const QString key = QStringLiteral("distinctive-secret-key-4242");
    const Run r = cli({QStringLiteral("orders"), QStringLiteral("list")}, key);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains(key.toUtf8()));
    QVERIFY(!r.err.contains(key.toUtf8()));
    const Run ok = cli({QStringLiteral("orders"), QStringLiteral("list"),
                        QStringLiteral("--status"), QStringLiteral("revoked")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!ok.out.contains(TestSandbox::testKey().toUtf8()));
    QVERIFY(!ok.err.contains(TestSandbox::testKey().toUtf8()));
    QVERIFY2(ok.err.contains("certdesk.api"), "verbose logging was on");
}

void tst_CliApp::profileVerbs() {
    const QString url = m_sandbox.baseUrl().toString();
    const QString name = QStringLiteral("Cli profile %1").arg(QCoreApplication::applicationPid());
    // A refused key stores nothing.
    Run r =
        cliWithProfiles({"profile", "add", name, "--url", url}, QStringLiteral("wrong-key-9999"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("not stored"));
    r = cliWithProfiles({"profile", "list", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    // A plain-http remote URL is refused before anything is sent.
    r = cliWithProfiles({"profile", "add", name, "--url", "http://ca.example.com/services/v2/"},
                        TestSandbox::testKey());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("https://"));

    r = cliWithProfiles({"profile", "add", name, "--url", url}, TestSandbox::testKey());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Signed in as"));
    r = cliWithProfiles({"profile", "list", "--format", "json"});
    const QJsonArray profiles = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first()[QLatin1String("active")].toBool(), true);
    QCOMPARE(profiles.first()[QLatin1String("url")].toString(), url);

    // The active profile's key comes from the keychain.
    r = cliWithProfiles({"me", "--format", "json"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("\"admin\""));
    r = cliWithProfiles(
        {"--profile", name, "orders", "list", "--status", "pending", "--format", "csv"});
    QCOMPARE(r.exitCode, 0);

    r = cliWithProfiles({"profile", "set-key", name}, QStringLiteral("another-wrong-key"));
    QCOMPARE(r.exitCode, 3);
    r = cliWithProfiles({"me"}); // the old key still works
    QCOMPARE(r.exitCode, 0);

    const QString renamed = name + QStringLiteral(" renamed");
    QCOMPARE(cliWithProfiles({"profile", "rename", name, renamed}).exitCode, 0);
    QCOMPARE(cliWithProfiles({"--profile", name, "me"}).exitCode, 2);
    QCOMPARE(cliWithProfiles({"--profile", renamed, "me"}).exitCode, 0);
    QCOMPARE(cliWithProfiles({"--profile", renamed, "--api-url", url, "me"}).exitCode, 2);

    r = cliWithProfiles({"profile", "remove", renamed}); // no terminal, no --yes
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--yes"));
    QCOMPARE(cliWithProfiles({"profile", "remove", renamed, "--yes"}).exitCode, 0);
    r = cliWithProfiles({"me"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("profile add"));
}

void tst_CliApp::certDownload() {
    const Run info =
        cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("issued"), QStringLiteral("--format"), QStringLiteral("json")});
    const qint64 orderId =
        QJsonDocument::fromJson(info.out).array().first()[QLatin1String("order_id")].toInteger();
    const Run show =
        cli({QStringLiteral("orders"), QStringLiteral("show"), QString::number(orderId),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject order = QJsonDocument::fromJson(show.out).object();
    const QString certId = QString::number(order[QLatin1String("certificate_id")].toInteger());

    const Run pem = cli({QStringLiteral("cert"), QStringLiteral("download"), certId});
    QVERIFY2(pem.exitCode == 0, pem.err.constData());
    QCOMPARE(QSslCertificate::fromData(pem.out, QSsl::Pem).size(), 3);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.der"));
    const Run der =
        cli({QStringLiteral("cert"), QStringLiteral("download"), certId, QStringLiteral("--format"),
             QStringLiteral("der"), QStringLiteral("--out"), path});
    QCOMPARE(der.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate cert(file.readAll(), QSsl::Der);
    QVERIFY(!cert.isNull());
    QCOMPARE(QString::fromLatin1(cert.serialNumber())
                 .remove(QLatin1Char(':'))
                 .toUpper()
                 .rightJustified(32, QLatin1Char('0')),
             order[QLatin1String("serial_number")].toString());

    QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("download"), certId,
                  QStringLiteral("--format"), QStringLiteral("der")})
                 .exitCode,
             2); // binary needs --out
    QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("download"), certId,
                  QStringLiteral("--format"), QStringLiteral("zip")})
                 .exitCode,
             2);
    const Run missing =
        cli({QStringLiteral("cert"), QStringLiteral("download"), QStringLiteral("99999999")});
    QCOMPARE(missing.exitCode, 3);
}

void tst_CliApp::csrNew() {
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("shop.key"));
    const QString csrFile = dir.filePath(QStringLiteral("shop.csr"));
    const Run r =
        csr({"--cn", "Shop.Example.com", "--san", "www.shop.example.com", "--san", "bücher.example",
             "--key", "ec:p256", "--key-out", keyFile, "--out", csrFile},
            "a long enough passphrase");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("encrypted with your passphrase"));
    QVERIFY(!r.err.contains("a long enough passphrase"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // OpenSSL agrees: the request verifies, names are as asked (IDN in punycode), and the key
    // file decrypts to the request's public key.
    QProcess req;
    req.start(QStringLiteral("openssl"),
              {"req", "-in", csrFile, "-noout", "-verify", "-text", "-pubkey"});
    QVERIFY(req.waitForFinished(20000));
    QCOMPARE(req.exitCode(), 0);
    const QByteArray text = req.readAllStandardOutput();
    QVERIFY(text.contains("CN = shop.example.com") || text.contains("CN=shop.example.com"));
    QVERIFY(text.contains("DNS:www.shop.example.com"));
    QVERIFY(text.contains("DNS:xn--bcher-kva.example"));
    const QByteArray requestKey = text.mid(text.indexOf("-----BEGIN PUBLIC KEY-----"),
                                           text.indexOf("-----END PUBLIC KEY-----") + 24 -
                                               text.indexOf("-----BEGIN PUBLIC KEY-----"));
    QProcess pkey;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PW"), QStringLiteral("a long enough passphrase"));
    pkey.setProcessEnvironment(env);
    pkey.start(QStringLiteral("openssl"), {"pkey", "-in", keyFile, "-passin", "env:PW", "-pubout"});
    QVERIFY(pkey.waitForFinished(20000));
    QCOMPARE(pkey.exitCode(), 0);
    QCOMPARE(pkey.readAllStandardOutput().trimmed(), requestKey.trimmed());

    // Unencrypted only when asked, with a warning; the CSR to standard output.
    const QString plainKey = dir.filePath(QStringLiteral("plain.key"));
    const Run plain = csr({"--cn", "Example Corp", "--code-signing", "--key", "rsa:3072",
                           "--key-out", plainKey, "--no-passphrase"},
                          QByteArray());
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QVERIFY(plain.out.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    QVERIFY(plain.err.contains("unencrypted"));
}

void tst_CliApp::csrNewRefusals_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no cn") << QStringList{"--key-out", "@KEY"} << QByteArray("passphrase1")
                           << "--cn";
    QTest::newRow("no key-out") << QStringList{"--cn", "a.example"} << QByteArray("passphrase1")
                                << "--key-out";
    QTest::newRow("bad key type") << QStringList{"--cn",     "a.example", "--key",
                                                 "rsa:1024", "--key-out", "@KEY"}
                                  << QByteArray("passphrase1") << "rsa:3072";
    QTest::newRow("bad san") << QStringList{"--cn",        "a.example", "--san",
                                            "a_b.example", "--key-out", "@KEY"}
                             << QByteArray("passphrase1") << "--san";
    QTest::newRow("ip address") << QStringList{"--cn", "192.0.2.1", "--key-out", "@KEY"}
                                << QByteArray("passphrase1") << "IP address";
    QTest::newRow("short passphrase") << QStringList{"--cn", "a.example", "--key-out", "@KEY"}
                                      << QByteArray("short") << "at least 8";
    QTest::newRow("code signing with a small key")
        << QStringList{"--cn", "Example Corp", "--code-signing", "--key-out", "@KEY"}
        << QByteArray("passphrase1") << "3072";
    QTest::newRow("existing key file") << QStringList{"--cn", "a.example", "--key-out", "@EXISTS"}
                                       << QByteArray("passphrase1") << "never overwritten";
    QTest::newRow("cn too long") << QStringList{"--cn", QString(250, QLatin1Char('a')) + ".com",
                                                "--key-out", "@KEY"}
                                 << QByteArray("passphrase1") << "253";
    QTest::newRow("cn with an emoji")
        << QStringList{"--cn", QStringLiteral("shop\U0001F600.example.com"), "--key-out", "@KEY"}
        << QByteArray("passphrase1") << "--cn";
    QTest::newRow("cn with a space") << QStringList{"--cn", "a b.example", "--key-out", "@KEY"}
                                     << QByteArray("passphrase1") << "--cn";
    QTest::newRow("organization name too long") << QStringList{"--cn",
                                                               QString(65, QLatin1Char('O')),
                                                               "--code-signing",
                                                               "--key",
                                                               "rsa:3072",
                                                               "--key-out",
                                                               "@KEY"}
                                                << QByteArray("passphrase1") << "at most 64";
    QTest::newRow("organization name with a control character")
        << QStringList{"--cn",
                       QStringLiteral("Example\u0007Corp"),
                       "--code-signing",
                       "--key",
                       "rsa:3072",
                       "--key-out",
                       "@KEY"}
        << QByteArray("passphrase1") << "--cn";
    QTest::newRow("code signing with names")
        << QStringList{"--cn",  "Example Corp", "--code-signing", "--key", "rsa:3072",
                       "--san", "a.example",    "--key-out",      "@KEY"}
        << QByteArray("passphrase1") << "--san";
    QTest::newRow("empty san") << QStringList{"--cn", "a.example", "--san", "", "--key-out", "@KEY"}
                               << QByteArray("passphrase1") << "--san";
    QTest::newRow("san wildcard inside")
        << QStringList{"--cn", "a.example", "--san", "a.*.example", "--key-out", "@KEY"}
        << QByteArray("passphrase1") << "--san";
    QTest::newRow("unknown curve")
        << QStringList{"--cn", "a.example", "--key", "ec:p521", "--key-out", "@KEY"}
        << QByteArray("passphrase1") << "ec:p256";
    QTest::newRow("key type empty")
        << QStringList{"--cn", "a.example", "--key", "", "--key-out", "@KEY"}
        << QByteArray("passphrase1") << "--key";
    QTest::newRow("key file in a missing folder")
        << QStringList{"--cn", "a.example", "--key-out", "@DIR/missing/new.key"}
        << QByteArray("passphrase1") << "does not exist";
    QTest::newRow("key file is a folder") << QStringList{"--cn", "a.example", "--key-out", "@DIR"}
                                          << QByteArray("passphrase1") << "is a folder";
    QTest::newRow("csr file in a missing folder")
        << QStringList{"--cn", "a.example", "--key-out", "@KEY", "--out", "@DIR/missing/a.csr"}
        << QByteArray("passphrase1") << "--out";
    QTest::newRow("unexpected argument")
        << QStringList{"--cn", "a.example", "--key-out", "@KEY", "extra"}
        << QByteArray("passphrase1") << "\"extra\"";
}

void tst_CliApp::csrNewRefusals() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("exists.key")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    args.replaceInStrings(QStringLiteral("@KEY"), dir.filePath(QStringLiteral("new.key")));
    args.replaceInStrings(QStringLiteral("@EXISTS"), existing.fileName());
    args.replaceInStrings(QStringLiteral("@DIR"), dir.path());
    const Run r = csr(args, passphrase);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.key"))));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void tst_CliApp::orderNew() {
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("order.key"));
    // The reply to the order is lost: the CLI finds the order by its alternative ID and reports
    // it; one command, one order.
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("lose_reply_next"), 1}}));
    const Run r =
        orderCli({"--product", "ssl_dv_geotrust", "--cn", "cli-order.example.com", "--san",
                  "www.cli-order.example.com", "--generate-key", "ec:p256", "--key-out", keyFile,
                  "--dcv-method", "dns-txt-token", "--skip-approval", "--yes", "--format", "json"});
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(json.value(QLatin1String("order_id")).toInteger() > 0);
    const QString altId = json.value(QLatin1String("alternative_order_id")).toString();
    QVERIFY(altId.startsWith(QLatin1String("certdesk")));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{1,64}$")).match(altId).hasMatch());
    QCOMPARE(ordersWithAlternativeId(altId), 1);
    QVERIFY(QFile::exists(keyFile));
    QVERIFY(!r.err.contains("order passphrase"));

    // A CSR from a file, table output.
    const QString csrFile = dir.filePath(QStringLiteral("second.csr"));
    const Run made = csr({"--cn", "second.example.com", "--key", "ec:p256", "--key-out",
                          dir.filePath(QStringLiteral("second.key")), "--out", csrFile},
                         "a long enough passphrase");
    QCOMPARE(made.exitCode, 0);
    const Run table =
        orderCli({"--product", "ssl_dv_geotrust", "--cn", "second.example.com", "--csr", csrFile,
                  "--skip-approval", "--yes", "--dcv-method", "email"});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("placed (alternative order ID certdesk"));
}

void tst_CliApp::orderNewRefusals() {
    QTemporaryDir dir;
    const QString csrFile = dir.filePath(QStringLiteral("other.csr"));
    QCOMPARE(csr({"--cn", "other.example.com", "--key", "ec:p256", "--key-out",
                  dir.filePath(QStringLiteral("other.key")), "--out", csrFile},
                 "a long enough passphrase")
                 .exitCode,
             0);
    const QString keyFile = dir.filePath(QStringLiteral("never.key"));
    struct Case {
        QStringList args;
        const char *mentions;
    };
    const QList<Case> cases = {
        {{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--generate-key", "ec:p256",
          "--key-out", keyFile},
         "--yes"},
        {{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--csr", csrFile, "--yes"},
         "not in the request"},
        {{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--yes"}, "--generate-key"},
        {{"--product", "ssl_dv_geotrust", "--cn", "*.example.com", "--csr", csrFile, "--yes"},
         "wildcard"},
        {{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--years", "5", "--csr", csrFile,
          "--yes"},
         "order_validity.years"},
        {{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--payment", "card", "--csr",
          csrFile, "--yes"},
         "balance"},
    };
    for (const Case &c : cases) {
        const Run r = orderCli(c.args);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(c.mentions), r.err.constData());
    }
    QVERIFY(!QFile::exists(keyFile)); // refused before any key was made
}

void tst_CliApp::orderNewBadValues_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    // Each row changes one option of a good order; @KEY is a new key file, @DIR a folder,
    // @CSR a CSR for other.example.com.
    const auto order = [](const QStringList &changes) {
        QStringList args{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--generate-key",
                         "ec:p256",   "--key-out",       "@KEY", "--yes"};
        for (qsizetype i = 0; i + 1 < changes.size(); i += 2) {
            const qsizetype at = args.indexOf(changes.at(i));
            if (at >= 0)
                args[at + 1] = changes.at(i + 1);
            else
                args << changes.at(i) << changes.at(i + 1);
        }
        return args;
    };
    QTest::newRow("product empty") << order({"--product", ""}) << "--product (product)";
    QTest::newRow("product with a space") << order({"--product", "SSL Basic"}) << "--product";
    QTest::newRow("product in capitals") << order({"--product", "SSL_BASIC"}) << "ssl_basic";
    QTest::newRow("product too long")
        << order({"--product", QString(65, QLatin1Char('p'))}) << "64";
    QTest::newRow("cn empty") << order({"--cn", ""}) << "--cn (certificate.common_name)";
    QTest::newRow("cn with an underscore") << order({"--cn", "a_b.example.com"}) << "--cn";
    QTest::newRow("cn with an emoji")
        << order({"--cn", QStringLiteral("shop\U0001F600.example.com")}) << "--cn";
    QTest::newRow("cn too long") << order({"--cn", QString(250, QLatin1Char('a')) + ".com"})
                                 << "253";
    QTest::newRow("cn an IP address") << order({"--cn", "192.0.2.1"}) << "--cn";
    QTest::newRow("san with a space")
        << order({"--san", "bad name"}) << "--san (certificate.dns_names)";
    QTest::newRow("san empty") << order({"--san", ""}) << "--san";
    QTest::newRow("key too small") << order({"--generate-key", "rsa:1024"}) << "--generate-key";
    QTest::newRow("key type unknown") << order({"--generate-key", "dsa"}) << "rsa:2048";
    QTest::newRow("key file in a missing folder")
        << order({"--key-out", "@DIR/missing/k.key"}) << "--key-out";
    QTest::newRow("key file is a folder") << order({"--key-out", "@DIR"}) << "is a folder";
    QTest::newRow("key file exists") << order({"--key-out", "@CSR"}) << "already exists";
    QTest::newRow("dcv method unknown")
        << order({"--dcv-method", "carrier-pigeon"}) << "--dcv-method (dcv_method)";
    QTest::newRow("dcv email without =")
        << order({"--dcv-email", "x.example.com"}) << "--dcv-email";
    QTest::newRow("dcv email not an address")
        << order({"--dcv-email", "x.example.com=nobody"}) << "--dcv-email (dcv_emails";
    QTest::newRow("custom field id not a number")
        << order({"--custom-field", "abc=1"}) << "--custom-field";
    QTest::newRow("custom field id zero") << order({"--custom-field", "0=1"}) << "--custom-field";
    QTest::newRow("custom field without =") << order({"--custom-field", "5"}) << "--custom-field";
    QTest::newRow("custom field value too long")
        << order({"--custom-field", QStringLiteral("5=") + QString(1025, QLatin1Char('v'))})
        << "--custom-field (custom_fields";
    QTest::newRow("years zero") << order({"--years", "0"}) << "--years (order_validity.years)";
    QTest::newRow("years four") << order({"--years", "4"}) << "--years";
    QTest::newRow("years in words") << order({"--years", "two"}) << "--years";
    QTest::newRow("organization not a number")
        << order({"--organization", "acme"}) << "--organization";
    QTest::newRow("organization negative") << order({"--organization", "-1"}) << "--organization";
    QTest::newRow("payment by card") << order({"--payment", "card"}) << "--payment";
    QTest::newRow("format xml") << order({"--format", "xml"}) << "--format";
    QTest::newRow("csr file missing")
        << QStringList{"--product", "ssl_dv_geotrust", "--cn", "x.example.com",
                       "--csr",     "@DIR/none.csr",   "--yes"}
        << "--csr";
    QTest::newRow("csr file is a folder")
        << QStringList{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--csr", "@DIR",
                       "--yes"}
        << "--csr";
    QTest::newRow("csr file not a CSR")
        << QStringList{"--product", "ssl_dv_geotrust", "--cn", "x.example.com",
                       "--csr",     "/etc/passwd",     "--yes"}
        << "--csr";
    QTest::newRow("csr for other names")
        << QStringList{"--product", "ssl_dv_geotrust", "--cn", "x.example.com", "--csr", "@CSR",
                       "--yes"}
        << "--csr";
    QTest::newRow("csr and a new key") << order({"--csr", "@CSR"}) << "either --csr";
    QTest::newRow("unexpected argument") << order({"--colour", "blue"}) << "\"--colour\"";
}

void tst_CliApp::orderNewBadValues() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    if (m_csrFile.isEmpty()) {
        const QString file = m_work.filePath(QStringLiteral("other.csr"));
        const Run made = csr({"--cn", "other.example.com", "--key", "ec:p256", "--key-out",
                              m_work.filePath(QStringLiteral("other.key")), "--out", file},
                             "a long enough passphrase");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_csrFile = file;
    }
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("new.key"));
    args.replaceInStrings(QStringLiteral("@KEY"), keyFile);
    args.replaceInStrings(QStringLiteral("@CSR"), m_csrFile);
    args.replaceInStrings(QStringLiteral("@DIR"), dir.path());
    const Run r = orderCli(args);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(keyFile)); // refused before a key was made or anything sent
}

void tst_CliApp::profileBadValues_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString url = QStringLiteral("https://ca.example.com/services/v2/");
    QTest::newRow("name empty") << QStringList{"profile", "add", "", "--url", url}
                                << "profile name";
    QTest::newRow("name too long")
        << QStringList{"profile", "add", QString(65, QLatin1Char('n')), "--url", url} << "64";
    QTest::newRow("name with a line break")
        << QStringList{"profile", "add", "work\nhome", "--url", url} << "profile name";
    QTest::newRow("two names") << QStringList{"profile", "add", "a", "b", "--url", url}
                               << "exactly one profile name";
    QTest::newRow("url ftp") << QStringList{"profile", "add", "work", "--url", "ftp://ca.example"}
                             << "--url";
    QTest::newRow("url without scheme")
        << QStringList{"profile", "add", "work", "--url", "ca.example.com/services/v2/"} << "--url";
    QTest::newRow("url plain http")
        << QStringList{"profile", "add", "work", "--url", "http://ca.example.com/services/v2/"}
        << "https://";
    QTest::newRow("url empty") << QStringList{"profile", "add", "work", "--url", ""} << "--url";
    QTest::newRow("service unknown")
        << QStringList{"profile", "add", "work", "--service", "mars"} << "--service";
    QTest::newRow("service and url")
        << QStringList{"profile", "add", "work", "--service", "us", "--url", url} << "--url";
    QTest::newRow("ca file missing")
        << QStringList{"profile", "add", "work", "--url", url, "--ca-file", "/nonexistent.pem"}
        << "--ca-file";
    QTest::newRow("use unknown") << QStringList{"profile", "use", "nobody"} << "\"nobody\"";
    QTest::newRow("rename to empty") << QStringList{"profile", "rename", "nobody", ""} << "profile";
    QTest::newRow("list format xml")
        << QStringList{"profile", "list", "--format", "xml"} << "--format";
    QTest::newRow("unknown profile verb") << QStringList{"profile", "copy"} << "\"profile copy\"";
}

void tst_CliApp::profileBadValues() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cliWithProfiles(args, QStringLiteral("some-api-key-1234"));
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const Run list = cliWithProfiles({"profile", "list", "--format", "json"});
    QVERIFY2(!list.out.contains("\"work\""), list.out.constData()); // nothing was added
}

QTEST_GUILESS_MAIN(tst_CliApp)
#include "tst_cliapp.moc"
