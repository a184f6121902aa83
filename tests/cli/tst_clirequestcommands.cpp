#include "LifecycleHarness.h"

#include <QProcess>
#include <QtTest>

// certdesk-cli requests list | show | approve | reject, run as a process against a sandbox with
// a manager's and a standard user's key: output, --yes without a terminal, the message for a
// request already decided, and exit codes (0 ok, 2 usage, 3 refusal).
class tst_CliRequestCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listAndShow();
    void approveMovesTheOrderOn();
    void rejectNeedsACommentAndRejectsTheOrder();
    void alreadyDecided();
    void standardUserIsRefused();
    void needsYesWithoutTerminal();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static QString managerKey() { return QStringLiteral("manager-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    Run cli(const QStringList &args, const QString &key = managerKey());
    // A pending new_request of the standard user; the request id.
    qint64 userOrder(const QString &commonName, qint64 *orderId);
    QString orderStatus(qint64 orderId);

    TestSandbox m_sandbox;
};

void tst_CliRequestCommands::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("20"),
                              QStringLiteral("--auto-complete"), QStringLiteral("--key"),
                              managerKey() + QStringLiteral(":manager"), QStringLiteral("--key"),
                              userKey() + QStringLiteral(":user")}),
             qPrintable(m_sandbox.errorString()));
}

tst_CliRequestCommands::Run tst_CliRequestCommands::cli(const QStringList &args,
                                                        const QString &key) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), key);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
                  QStringList{QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()} + args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

qint64 tst_CliRequestCommands::userOrder(const QString &commonName, qint64 *orderId) {
    const QJsonObject body{
        {"certificate", QJsonObject{{"common_name", commonName},
                                    {"csr", QString::fromLatin1(life::Fixture::csr(commonName))},
                                    {"signature_hash", "sha256"}}},
        {"dcv_method", "dns-txt-token"},
        {"order_validity", QJsonObject{{"years", 1}}}};
    QByteArray reply;
    SandboxControl::request(
        "POST",
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/certificate/ssl_dv_geotrust"))),
        userKey().toLatin1(), QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
    const QJsonObject o = QJsonDocument::fromJson(reply).object();
    *orderId = o.value(QStringLiteral("id")).toInteger();
    return o.value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInteger();
}

QString tst_CliRequestCommands::orderStatus(qint64 orderId) {
    const Run run = cli({"orders", "show", QString::number(orderId), "--format", "json"});
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("status")).toString();
}

void tst_CliRequestCommands::listAndShow() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-list.example.com"), &orderId);
    QVERIFY(requestId > 0);
    Run run = cli({"requests", "list", "--status", "pending", "--type", "new_request"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("request_id"));
    QVERIFY(run.out.contains(QByteArray::number(requestId)));
    QVERIFY(run.out.contains("cli-list.example.com"));
    QVERIFY(!run.out.contains("reissue ")); // filtered by type

    run = cli({"requests", "list", "--status", "pending", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!all.isEmpty());
    for (const QJsonValue &v : all)
        QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("pending"));

    run = cli({"requests", "show", QString::number(requestId), "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown.value("request_id").toInteger(), requestId);
    QCOMPARE(shown.value("order_id").toInteger(), orderId);
    QCOMPARE(shown.value("type").toString(), QStringLiteral("new_request"));
    QVERIFY(shown.value("csr").toString().contains("CERTIFICATE REQUEST"));

    run = cli({"requests", "show", QString::number(requestId)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("new order"));
    QVERIFY(run.out.contains("Cleo User"));
}

void tst_CliRequestCommands::approveMovesTheOrderOn() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-approve.example.com"), &orderId);
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
    const Run run =
        cli({"requests", "approve", QString::number(requestId), "--comment", "ok", "--yes"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("approved"), run.out.constData());
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
}

void tst_CliRequestCommands::rejectNeedsACommentAndRejectsTheOrder() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-reject.example.com"), &orderId);
    Run run = cli({"requests", "reject", QString::number(requestId), "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--comment") && run.err.contains("processor_comment"),
             run.err.constData());
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
    run = cli(
        {"requests", "reject", QString::number(requestId), "--comment", "wrong product", "--yes"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("rejected"));
    QCOMPARE(orderStatus(orderId), QStringLiteral("rejected"));
}

void tst_CliRequestCommands::alreadyDecided() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-twice.example.com"), &orderId);
    QCOMPARE(cli({"requests", "approve", QString::number(requestId), "--yes"}).exitCode, 0);
    const Run run =
        cli({"requests", "reject", QString::number(requestId), "--comment", "late", "--yes"},
            TestSandbox::testKey());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Request %1 was already approved by Ben Manager on ")
                                  .arg(requestId)
                                  .toUtf8()),
             run.err.constData());
    QVERIFY(run.err.contains("Nothing was sent"));
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
}

void tst_CliRequestCommands::standardUserIsRefused() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-self.example.com"), &orderId);
    const Run run = cli({"requests", "approve", QString::number(requestId), "--yes"}, userKey());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("403 access_denied|missing_permission"), run.err.constData());
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
}

void tst_CliRequestCommands::needsYesWithoutTerminal() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("cli-noyes.example.com"), &orderId);
    const Run run = cli({"requests", "approve", QString::number(requestId)});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--yes"));
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
}

void tst_CliRequestCommands::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no verb") << QStringList{"requests"} << "list, show, approve or reject";
    QTest::newRow("bad status") << QStringList{"requests", "list", "--status", "open"}
                                << "--status must be one of";
    QTest::newRow("bad type") << QStringList{"requests", "list", "--type", "renewal"}
                              << "--type must be one of";
    QTest::newRow("bad format") << QStringList{"requests", "list", "--format", "xml"} << "--format";
    QTest::newRow("show without id") << QStringList{"requests", "show"} << "request ID";
    QTest::newRow("show bad id") << QStringList{"requests", "show", "abc"}
                                 << "positive whole number";
    QTest::newRow("approve extra")
        << QStringList{"requests", "approve", "5", "--force"} << "unexpected argument";
    QTest::newRow("approve id zero")
        << QStringList{"requests", "approve", "0", "--yes"} << "positive whole number";
    QTest::newRow("reject blank comment")
        << QStringList{"requests", "reject", "5", "--comment", "   ", "--yes"}
        << "processor_comment";
    QTest::newRow("reject comment too long")
        << QStringList{"requests", "reject", "5", "--comment", QString(1025, QLatin1Char('c')),
                       "--yes"}
        << "processor_comment";
    QTest::newRow("show id negative")
        << QStringList{"requests", "show", "-3"} << "positive whole number";
}

void tst_CliRequestCommands::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliRequestCommands)
#include "tst_clirequestcommands.moc"
