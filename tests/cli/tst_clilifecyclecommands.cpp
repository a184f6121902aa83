#include "LifecycleHarness.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// certdesk-cli order reissue | duplicate | cancel | dcv and cert revoke, run as a process
// against a sandbox: what is sent (the request log), the output, --yes without a terminal,
// and the exit codes of bad arguments (2) and refusals (3).
class tst_CliLifecycleCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reissueWithNewKey();
    void reissueNeedsYesWithoutTerminal();
    void reissueCodeSigning();
    void pendingOrderIsRefusedFirst();
    void duplicateWithCsrFile();
    void revokeOrderWithCompromiseDate();
    void revokeRefusals();
    void cancelAndDcv();
    void usageErrors_data();
    void usageErrors();
    void checkOnlyReads();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args, const QString &key = TestSandbox::testKey());
    life::Fixture m_f;
    QTemporaryDir m_dir;
};

void tst_CliLifecycleCommands::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

void tst_CliLifecycleCommands::checkOnlyReads() {
    // certdesk-cli check: one line per call, every call answered, and nothing but GET requests
    // in the sandbox's request log while it ran.
    const auto logLines = [this] {
        QFile file(m_f.logPath);
        QList<QJsonObject> lines;
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray &line : file.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    lines << QJsonDocument::fromJson(line).object();
        return lines;
    };
    const qsizetype before = logLines().size();
    const Run run = cli({"check", "--format", "json"});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    const QJsonArray calls = run.json().value("calls").toArray();
    QCOMPARE(calls.size(), 10);
    QStringList asked;
    for (const QJsonValue &c : calls) {
        QVERIFY2(c.toObject().value("ok").toBool(),
                 qPrintable(c.toObject().value("result").toString()));
        asked << c.toObject().value("request").toString();
    }
    QVERIFY(asked.contains(QStringLiteral("GET user/me")));
    QVERIFY(asked.contains(QStringLiteral("GET finance/balance")));
    QVERIFY(asked.contains(QStringLiteral("GET finance/balance-history")));
    QVERIFY(asked.contains(QStringLiteral("GET finance/payment-profile")));
    QCOMPARE(run.json().value("failed").toInt(), 0);
    const QList<QJsonObject> after = logLines();
    QVERIFY(after.size() > before);
    for (qsizetype i = before; i < after.size(); ++i)
        QCOMPARE(after.at(i).value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    // The table names each call and says nothing was changed; a bad key fails with exit 3.
    const Run table = cli({"check"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("GET order/certificate"));
    QVERIFY(table.out.contains("nothing was changed"));
    const Run refused = cli({"check"}, QStringLiteral("not-a-key-at-all-0000"));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.out.contains("FAILED"), refused.out.constData());
    QCOMPARE(cli({"check", "--format", "xml"}).exitCode, 2);
}

tst_CliLifecycleCommands::Run tst_CliLifecycleCommands::cli(const QStringList &args,
                                                            const QString &key) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), key);
    env.insert(QStringLiteral("CERTDESK_KEY_PASSPHRASE"), QStringLiteral("lifecycle passphrase"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
                  QStringList{QStringLiteral("--api-url"), m_f.sandbox.baseUrl().toString()} +
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

void tst_CliLifecycleCommands::reissueWithNewKey() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-reissue.example.com"),
                                            {QStringLiteral("www.cli-reissue.example.com")});
    const QString keyFile = m_dir.filePath(QStringLiteral("reissue.key"));
    // The names default to the order's; --san replaces the other names, dropping www.
    const Run run =
        cli({"order", "reissue", QString::number(orderId), "--san", "api.cli-reissue.example.com",
             "--generate-key", "ec:p256", "--key-out", keyFile, "--dcv-scope", "fqdn",
             "--dcv-method", "dns-txt-token", "--skip-approval", "--yes", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("www.cli-reissue.example.com"), run.err.constData());
    QVERIFY(run.err.contains("72 hours"));
    QCOMPARE(run.json().value("status").toString(), QStringLiteral("approved"));
    QVERIFY(run.json().value("certificate_id").toInteger() > 0);
    QCOMPARE(run.json().value("removed_names").toArray(),
             (QJsonArray{"www.cli-reissue.example.com"}));
    QVERIFY(QFileInfo(keyFile).exists());
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    const QList<QJsonObject> sent =
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId));
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = sent.at(0).value("body").toObject();
    QCOMPARE(body.value("certificate_dcv_scope").toString(), QStringLiteral("fqdn"));
    QCOMPARE(body.value("certificate").toObject().value("dns_names").toArray(),
             (QJsonArray{"cli-reissue.example.com", "api.cli-reissue.example.com"}));
    QVERIFY(!run.out.contains("lifecycle passphrase") && !run.err.contains("lifecycle passphrase"));
    QVERIFY(!run.out.contains(TestSandbox::testKey().toLatin1()) &&
            !run.err.contains(TestSandbox::testKey().toLatin1()));
}

void tst_CliLifecycleCommands::reissueNeedsYesWithoutTerminal() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-noyes.example.com"), {});
    const QString keyFile = m_dir.filePath(QStringLiteral("noyes.key"));
    const Run run = cli({"order", "reissue", QString::number(orderId), "--generate-key", "ec:p256",
                         "--key-out", keyFile});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    QVERIFY(!QFileInfo::exists(keyFile)); // nothing made before the answer
    QVERIFY(
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId)).isEmpty());
}

void tst_CliLifecycleCommands::pendingOrderIsRefusedFirst() {
    // An order still waiting for DCV: both verbs say why (OrderRules, the Actions menu's
    // sentence), exit 3, make no key and send nothing.
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-pending.example.com"), {}, false);
    const QString keyFile = m_dir.filePath(QStringLiteral("pending.key"));
    Run run = cli({"order", "reissue", QString::number(orderId), "--generate-key", "ec:p256",
                   "--key-out", keyFile, "--yes"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("only issued orders can be reissued or duplicated"),
             run.err.constData());
    QVERIFY2(run.err.contains("Pending"), run.err.constData());
    run = cli({"order", "duplicate", QString::number(orderId), "--expires", "2026-12-31",
               "--generate-key", "ec:p256", "--key-out", keyFile, "--yes"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("only issued orders"), run.err.constData());
    QVERIFY(!QFileInfo::exists(keyFile));
    QVERIFY(
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId)).isEmpty());
    QVERIFY(m_f.logged("POST", QStringLiteral("order/certificate/%1/duplicate").arg(orderId))
                .isEmpty());
}

void tst_CliLifecycleCommands::reissueCodeSigning() {
    // A code-signing order on a token: reissued with --provisioning, no names, no CSR.
    int status = 0;
    const QJsonObject placed =
        m_f.request("POST", QStringLiteral("order/certificate/code_signing"),
                    {{"certificate", QJsonObject{{"signature_hash", "sha256"}}},
                     {"order_validity", QJsonObject{{"years", 1}}},
                     {"organization", QJsonObject{{"id", 3001}}},
                     {"cs_provisioning_method", "client_app"},
                     {"skip_approval", true}},
                    &status);
    QCOMPARE(status, 201);
    const qint64 orderId = placed.value(QStringLiteral("id")).toInteger();
    QVERIFY(orderId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_f.orderInfo(orderId).status, QStringLiteral("issued"), 10000);
    // Without --provisioning the advice names it; a key made here or names are refused.
    Run run = cli({"order", "reissue", QString::number(orderId), "--generate-key", "ec:p256",
                   "--key-out", m_dir.filePath(QStringLiteral("cs.key")), "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--provisioning"), run.err.constData());
    run = cli({"order", "reissue", QString::number(orderId), "--provisioning", "client_app",
               "--generate-key", "ec:p256", "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("made on the token or the HSM"), run.err.constData());
    run = cli({"order", "reissue", QString::number(orderId), "--provisioning", "email", "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("certificate.csr") || run.err.contains("CSR"), run.err.constData());
    QVERIFY(
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId)).isEmpty());
    run = cli({"order", "reissue", QString::number(orderId), "--provisioning", "client_app",
               "--skip-approval", "--yes", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("cs_provisioning_method").toString(), QStringLiteral("client_app"));
    const QList<QJsonObject> sent =
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId));
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = sent.at(0).value("body").toObject();
    QCOMPARE(body.value("cs_provisioning_method").toString(), QStringLiteral("client_app"));
    const QJsonObject certificate = body.value("certificate").toObject();
    QVERIFY(!certificate.contains("common_name"));
    QVERIFY(!certificate.contains("csr"));
    QVERIFY(!certificate.contains("dns_names"));
    // --provisioning on a TLS order is refused.
    const qint64 tls = m_f.placeDvOrder(QStringLiteral("cli-cs-tls.example.com"), {});
    run = cli({"order", "reissue", QString::number(tls), "--provisioning", "client_app", "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("code-signing orders"), run.err.constData());
}

void tst_CliLifecycleCommands::duplicateWithCsrFile() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-dup.example.com"), {});
    const QString csrFile = m_dir.filePath(QStringLiteral("dup.csr"));
    QFile file(csrFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(life::Fixture::csr(QStringLiteral("cli-dup.example.com")));
    file.close();
    const QString expires = m_f.now().date().addDays(60).toString(Qt::ISODate);
    const Run run = cli({"order", "duplicate", QString::number(orderId), "--expires", expires,
                         "--csr", csrFile, "--skip-approval", "--yes", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value("certificate_id").toInteger() > 0);
    QCOMPARE(run.json().value("custom_expiration_date").toString(), expires);
    const QList<QJsonObject> sent =
        m_f.logged("POST", QStringLiteral("order/certificate/%1/duplicate").arg(orderId));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).value("body").toObject().value("custom_expiration_date").toString(),
             expires);
    // Past 397 days: refused here, naming the field and the latest date.
    const Run late =
        cli({"order", "duplicate", QString::number(orderId), "--expires",
             m_f.now().date().addDays(800).toString(Qt::ISODate), "--csr", csrFile, "--yes"});
    QCOMPARE(late.exitCode, 2);
    QVERIFY2(late.err.contains("custom_expiration_date") && late.err.contains("at the latest"),
             late.err.constData());
}

void tst_CliLifecycleCommands::revokeOrderWithCompromiseDate() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-revoke.example.com"), {});
    // The day before the issue day: refused before anything is sent.
    const Run early = cli({"cert", "revoke", "--order", QString::number(orderId), "--reason",
                           "key_compromise", "--compromised-at", "2026-11-21T23:59:59Z", "--yes"});
    QCOMPARE(early.exitCode, 2);
    QVERIFY2(early.err.contains("key_compromise_date"), early.err.constData());
    QVERIFY(
        m_f.logged("PUT", QStringLiteral("order/certificate/%1/revoke").arg(orderId)).isEmpty());
    // Now, given in another zone and with the reason in snake case: sent as documented, the
    // reason in camel case and the date in UTC as the first line of the comments.
    const QString now = m_f.now().toOffsetFromUtc(3600).toString(Qt::ISODate);
    const Run run = cli({"cert", "revoke", "--order", QString::number(orderId), "--reason",
                         "key_compromise", "--compromised-at", now, "--comments", "Laptop stolen",
                         "--skip-approval", "--yes", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("status").toString(), QStringLiteral("revoked"));
    const QList<QJsonObject> sent =
        m_f.logged("PUT", QStringLiteral("order/certificate/%1/revoke").arg(orderId));
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = sent.at(0).value("body").toObject();
    QCOMPARE(body.value("revocation_reason").toString(), QStringLiteral("keyCompromise"));
    QVERIFY(!body.contains("revocation_date"));
    const QString comments = body.value("comments").toString();
    QVERIFY2(comments.startsWith(QLatin1String("Key compromise date: ")) &&
                 comments.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1Char('Z')) &&
                 comments.endsWith(QLatin1String("\nLaptop stolen")),
             qPrintable(comments));
}

void tst_CliLifecycleCommands::revokeRefusals() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-revoke2.example.com"), {});
    const Order order = m_f.orderInfo(orderId);
    const Run viewOnly =
        cli({"cert", "revoke", "--certificate", QString::number(order.certificateId), "--reason",
             "superseded", "--yes"},
            life::viewOnlyKey());
    QCOMPARE(viewOnly.exitCode, 3);
    QVERIFY2(viewOnly.err.contains("missing_permission"), viewOnly.err.constData());
    const Run bySerial =
        cli({"cert", "revoke", "--serial", order.serialNumber, "--reason", "superseded", "--yes"});
    QVERIFY2(bySerial.exitCode == 0, bySerial.err.constData());
    QVERIFY(bySerial.out.contains("waits for"));
}

void tst_CliLifecycleCommands::cancelAndDcv() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cli-dcv.example.org"), {}, false);
    const QString id = QString::number(orderId);
    const Run status = cli({"order", "dcv", id, "status", "--format", "json"});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QCOMPARE(status.json().value("order_status").toString(), QStringLiteral("pending"));
    const Run random = cli({"order", "dcv", id, "random"});
    QVERIFY2(random.exitCode == 0, random.err.constData());
    QVERIFY(random.out.contains("DCV random value"));
    const Run notYet = cli({"order", "dcv", id, "check"});
    QCOMPARE(notYet.exitCode, 3);
    QVERIFY(notYet.err.contains("invalid_dns_txt"));
    const Run method = cli({"order", "dcv", id, "method", "email"});
    QVERIFY2(method.exitCode == 0, method.err.constData());
    QVERIFY2(cli({"order", "dcv", id, "resend"}).exitCode == 0, "resend");
    const Run noYes = cli({"order", "cancel", id, "--note", "not needed"});
    QCOMPARE(noYes.exitCode, 2);
    const Run cancel = cli({"order", "cancel", id, "--note", "not needed", "--yes"});
    QVERIFY2(cancel.exitCode == 0, cancel.err.constData());
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("canceled"));
    QCOMPARE(m_f.logged("PUT", QStringLiteral("order/certificate/%1/status").arg(orderId))
                 .at(0)
                 .value("body")
                 .toObject(),
             (QJsonObject{{"status", "canceled"}, {"note", "not needed"}}));
}

void tst_CliLifecycleCommands::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("reissue without id") << QStringList{"order", "reissue", "--yes"} << "order ID";
    QTest::newRow("reissue without key")
        << QStringList{"order", "reissue", "100001", "--yes"} << "--csr FILE";
    QTest::newRow("reissue bad scope")
        << QStringList{"order", "reissue", "100001", "--csr", "x", "--dcv-scope", "domain"}
        << "certificate_dcv_scope";
    QTest::newRow("duplicate without expires")
        << QStringList{"order", "duplicate", "100001", "--csr", "x"} << "--expires";
    QTest::newRow("duplicate bad date")
        << QStringList{"order", "duplicate", "100001", "--csr", "x", "--expires", "9 June"}
        << "yyyy-MM-dd";
    QTest::newRow("cancel without note") << QStringList{"order", "cancel", "100001"} << "--note";
    QTest::newRow("dcv unknown action")
        << QStringList{"order", "dcv", "100001", "prove"} << "status, method M";
    QTest::newRow("dcv unknown method")
        << QStringList{"order", "dcv", "100001", "method", "dns"} << "dns-txt-token";
    QTest::newRow("revoke without reason")
        << QStringList{"cert", "revoke", "--certificate", "1"} << "--reason";
    QTest::newRow("revoke two scopes")
        << QStringList{"cert",    "revoke", "--certificate", "1",
                       "--order", "2",      "--reason",      "superseded"}
        << "exactly one";
    QTest::newRow("revoke unknown reason")
        << QStringList{"cert", "revoke", "--certificate", "1", "--reason", "lost"}
        << "revocation_reason";
    QTest::newRow("revoke bad serial")
        << QStringList{"cert", "revoke", "--serial", "xyz", "--reason", "superseded"}
        << "serial_number";
    QTest::newRow("compromise date without zone")
        << QStringList{"cert",     "revoke",         "--certificate",    "1",
                       "--reason", "key_compromise", "--compromised-at", "2026-11-01T10:00:00"}
        << "zone";
    QTest::newRow("compromise date with another reason")
        << QStringList{"cert",     "revoke",     "--certificate",    "1",
                       "--reason", "superseded", "--compromised-at", "2026-11-01T10:00:00Z"}
        << "keyCompromise";
    QTest::newRow("compromise date in the future")
        << QStringList{"cert",     "revoke",         "--certificate",    "1",
                       "--reason", "key_compromise", "--compromised-at", "2999-01-01T00:00:00Z"}
        << "future";
    QTest::newRow("cert unknown verb") << QStringList{"cert", "burn"} << "download or revoke";
    QTest::newRow("revoke certificate zero")
        << QStringList{"cert", "revoke", "--certificate", "0", "--reason", "superseded"}
        << "--certificate";
    QTest::newRow("revoke comments with a control character")
        << QStringList{"cert",     "revoke",     "--certificate", "1",
                       "--reason", "superseded", "--comments",    QStringLiteral("old\u0001key"),
                       "--yes"}
        << "control";
    QTest::newRow("download format zip")
        << QStringList{"cert", "download", "--certificate", "1", "--format", "zip"} << "--format";
    // One bad value per reissue, duplicate, cancel, dcv and revoke option; @DIR is a folder.
    const QStringList reissue{"order",   "reissue",   "100001",     "--generate-key",
                              "ec:p256", "--key-out", "@DIR/r.key", "--yes"};
    QTest::newRow("reissue id not a number")
        << QStringList{"order", "reissue", "first", "--csr", "x"} << "\"first\"";
    QTest::newRow("reissue cn with a space")
        << (reissue + QStringList{"--cn", "a b.example.com"}) << "--cn (certificate.common_name)";
    QTest::newRow("reissue san too long")
        << (reissue + QStringList{"--san", QString(250, QLatin1Char('s')) + ".com"}) << "253";
    QTest::newRow("reissue key type unknown")
        << QStringList{"order",   "reissue",   "100001",     "--generate-key",
                       "rsa:512", "--key-out", "@DIR/r.key", "--yes"}
        << "--generate-key";
    QTest::newRow("reissue key file in a missing folder") << QStringList{"order",
                                                                         "reissue",
                                                                         "100001",
                                                                         "--generate-key",
                                                                         "ec:p256",
                                                                         "--key-out",
                                                                         "@DIR/missing/r.key",
                                                                         "--yes"}
                                                          << "--key-out";
    QTest::newRow("reissue dcv method unknown")
        << (reissue + QStringList{"--dcv-method", "fax"}) << "--dcv-method";
    QTest::newRow("reissue comments too long")
        << (reissue + QStringList{"--comments", QString(1025, QLatin1Char('c'))}) << "--comments";
    QTest::newRow("reissue format csv") << (reissue + QStringList{"--format", "csv"}) << "--format";
    QTest::newRow("duplicate no such day")
        << QStringList{"order", "duplicate", "100001", "--csr", "x", "--expires", "2027-02-30"}
        << "yyyy-MM-dd";
    QTest::newRow("duplicate comments with a control character")
        << QStringList{"order",
                       "duplicate",
                       "100001",
                       "--generate-key",
                       "ec:p256",
                       "--key-out",
                       "@DIR/d.key",
                       "--expires",
                       "2027-01-15",
                       "--comments",
                       QStringLiteral("x\u0002y"),
                       "--yes"}
        << "--comments";
    QTest::newRow("duplicate id negative")
        << QStringList{"order", "duplicate", "-4", "--csr", "x", "--expires", "2027-01-15"} << "-4";
    QTest::newRow("cancel note empty")
        << QStringList{"order", "cancel", "100001", "--note", ""} << "--note";
    QTest::newRow("cancel note too long")
        << QStringList{"order", "cancel", "100001", "--note", QString(1025, QLatin1Char('n'))}
        << "--note";
    QTest::newRow("dcv id not a number")
        << QStringList{"order", "dcv", "abc", "status"} << "\"abc\"";
    QTest::newRow("dcv format xml")
        << QStringList{"order", "dcv", "100001", "status", "--format", "xml"} << "--format";
    QTest::newRow("revoke order not a number")
        << QStringList{"cert", "revoke", "--order", "abc", "--reason", "superseded"} << "--order";
    QTest::newRow("revoke serial too long")
        << QStringList{"cert",     "revoke",    "--serial", QString(100, QLatin1Char('a')),
                       "--reason", "superseded"}
        << "serial_number";
    QTest::newRow("revoke comments too long")
        << QStringList{"cert",     "revoke",     "--certificate", "1",
                       "--reason", "superseded", "--comments",    QString(1025, QLatin1Char('c'))}
        << "comments";
    QTest::newRow("compromise date not a date")
        << QStringList{"cert",     "revoke",         "--certificate",    "1",
                       "--reason", "key_compromise", "--compromised-at", "yesterday"}
        << "--compromised-at";
    QTest::newRow("revoke format csv")
        << QStringList{"cert",     "revoke",     "--certificate", "1",
                       "--reason", "superseded", "--format",      "csv"}
        << "--format";
}

void tst_CliLifecycleCommands::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    args.replaceInStrings(QStringLiteral("@DIR"), m_dir.path());
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.key"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("d.key"))));
}

QTEST_GUILESS_MAIN(tst_CliLifecycleCommands)
#include "tst_clilifecyclecommands.moc"
