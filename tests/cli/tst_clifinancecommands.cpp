#include "LifecycleHarness.h"
#include "core/Money.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// certdesk-cli finance balance | history | transfer | profile | pay, run as a process against
// a sandbox with a finance manager's key: the documented figures, the history with its filters,
// a transfer sent once that moves exactly its amount (and the refusals that move nothing), the
// stored card shown by its last digits only, the console address for invoices, and exit codes
// (0 ok, 2 usage, 3 refusal).
class tst_CliFinanceCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void balanceShowsTheDocumentedFigures();
    void history();
    void transferMovesItsAmountOnce();
    void transferRefusalsMoveNothing_data();
    void transferRefusalsMoveNothing();
    void profileShowsLastDigitsOnly();
    void payPointsToTheConsole();
    void invoiceVerbsAreGone();
    void standardUserIsRefused();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    };
    static QString financeKey() { return QStringLiteral("finance-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    Run cli(const QStringList &args, const QString &key = financeKey(),
            const QMap<QString, QString> &extraEnv = {});
    qint64 cents(const QString &field, qint64 containerId = 0);

    TestSandbox m_sandbox;
    QTemporaryDir m_dir;
};

void tst_CliFinanceCommands::initTestCase() {
    QVERIFY2(
        m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("10"), QStringLiteral("--key"),
                         financeKey() + QStringLiteral(":finance_manager"), QStringLiteral("--key"),
                         userKey() + QStringLiteral(":user")}),
        qPrintable(m_sandbox.errorString()));
}

tst_CliFinanceCommands::Run tst_CliFinanceCommands::cli(const QStringList &args, const QString &key,
                                                        const QMap<QString, QString> &extraEnv) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), key);
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
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

qint64 tst_CliFinanceCommands::cents(const QString &field, qint64 containerId) {
    QStringList args{"finance", "balance", "--format", "json"};
    if (containerId > 0)
        args << "--container" << QString::number(containerId);
    const Run run = cli(args);
    qint64 c = -1;
    if (!Money::parseCents(run.json().value(field).toString(), &c))
        qWarning() << "no" << field << run.out << run.err;
    return c;
}

void tst_CliFinanceCommands::balanceShowsTheDocumentedFigures() {
    Run run = cli({"finance", "balance", "--container", "100", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject b = run.json();
    for (const char *key :
         {"balance", "currency", "unpaid_invoice_balance", "used_credit_from_other_containers",
          "negative_balance_limit", "total_available_funds"})
        QVERIFY2(b.value(QLatin1String(key)).isString(), key);
    qint64 unpaid = 0;
    QVERIFY(Money::parseCents(b.value("unpaid_invoice_balance").toString(), &unpaid));
    QVERIFY(unpaid > 0); // the sandbox's top division owes on an invoice
    run = cli({"finance", "balance", "--container", "100"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const char *label : {"Balance", "Unpaid invoices", "Negative balance limit",
                              "Credit used by other divisions", "Available funds"})
        QVERIFY2(run.out.contains(label), run.out.constData());
}

void tst_CliFinanceCommands::history() {
    Run run = cli({"finance", "history", "--container", "100", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray all = run.array();
    QVERIFY(all.size() >= 3);
    QStringList types;
    for (const QJsonValue &v : all) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value("container_id").toInteger(), 100);
        QVERIFY(a.contains("credit") != a.contains("debit"));
        types << a.value("transaction_type").toString();
    }
    QVERIFY2(types.contains(QStringLiteral("Credit Card Deposit")), qPrintable(types.join(',')));
    // The type is matched on the rows: only deposits.
    run = cli({"finance", "history", "--container", "100", "--type", "credit card deposit",
               "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.array().isEmpty());
    QVERIFY(run.array().size() < all.size());
    for (const QJsonValue &v : run.array())
        QCOMPARE(v.toObject().value("transaction_type").toString(),
                 QStringLiteral("Credit Card Deposit"));
    // A range before anything happened is empty; CSV has its header.
    run = cli({"finance", "history", "--container", "100", "--from", "2001-01-01", "--to",
               "2001-12-31", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.array().size(), 0);
    run = cli({"finance", "history", "--container", "100", "--format", "csv"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("date,division,type,credit,debit,balance_after"));
}

void tst_CliFinanceCommands::transferMovesItsAmountOnce() {
    const qint64 fromBefore = cents(QStringLiteral("balance"), 100);
    const qint64 toBefore = cents(QStringLiteral("balance"), 102);
    const Run run =
        cli({"finance", "transfer", "--from", "100", "--to", "102", "--amount", "1,250", "--yes"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Moved 1250.00 USD from division 100 to division 102."),
             run.out.constData());
    QCOMPARE(cents(QStringLiteral("balance"), 100), fromBefore - 125000);
    QCOMPARE(cents(QStringLiteral("balance"), 102), toBefore + 125000);
    // Both divisions' histories show it.
    const Run history =
        cli({"finance", "history", "--container", "102", "--type", "Transfer", "--format", "json"});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    bool found = false;
    for (const QJsonValue &v : history.array())
        found = found || v.toObject().value("credit").toString() == QLatin1String("1250.00");
    QVERIFY2(found, history.out.constData());
}

void tst_CliFinanceCommands::transferRefusalsMoveNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no --yes off a terminal")
        << QStringList{"--from", "100", "--to", "102", "--amount", "5"} << 2 << "add --yes";
    QTest::newRow("cents") << QStringList{"--from",   "100",   "--to", "102",
                                          "--amount", "10.50", "--yes"}
                           << 2 << "--amount (amount)";
    QTest::newRow("same division")
        << QStringList{"--from", "102", "--to", "102", "--amount", "5", "--yes"} << 2
        << "--to (to_container_id)";
    QTest::newRow("more than available")
        << QStringList{"--from", "102", "--to", "100", "--amount", "9000000", "--yes"} << 2
        << "more than the";
    QTest::newRow("unknown division")
        << QStringList{"--from", "999", "--to", "100", "--amount", "5", "--yes"} << 3
        << "container_id";
}

void tst_CliFinanceCommands::transferRefusalsMoveNothing() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    const qint64 before100 = cents(QStringLiteral("balance"), 100);
    const qint64 before102 = cents(QStringLiteral("balance"), 102);
    const Run run = cli(QStringList{"finance", "transfer"} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
    QCOMPARE(cents(QStringLiteral("balance"), 100), before100);
    QCOMPARE(cents(QStringLiteral("balance"), 102), before102);
}

void tst_CliFinanceCommands::profileShowsLastDigitsOnly() {
    Run run = cli({"finance", "profile"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("ending"), run.out.constData());
    QVERIFY(!QString::fromUtf8(run.out).contains(QRegularExpression(QStringLiteral("\\d{5,}"))));
    run = cli({"finance", "profile", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.array().size(), 1);
    QVERIFY(run.array().first().toObject().value("is_default").toBool());
}

void tst_CliFinanceCommands::payPointsToTheConsole() {
    const Run run = cli({"finance", "pay", "--container", "100"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Unpaid invoices: 5000.00 USD"), run.out.constData());
    const QUrl console =
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/secure/finance/pay-invoice")));
    QVERIFY2(run.out.contains(console.toString().toUtf8()), run.out.constData());
    QCOMPARE(cli({"finance", "pay", "9004"}).exitCode, 2);
}

void tst_CliFinanceCommands::invoiceVerbsAreGone() {
    for (const QStringList &args :
         {QStringList{"finance", "invoices"}, QStringList{"finance", "po", "list"},
          QStringList{"finance", "pdf", "9001"}}) {
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no invoices or purchase orders"), run.err.constData());
    }
}

void tst_CliFinanceCommands::standardUserIsRefused() {
    const Run run = cli({"finance", "balance"}, userKey());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("403 access_denied|missing_permission"), run.err.constData());
}

void tst_CliFinanceCommands::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no verb") << QStringList{"finance"} << "balance, history, transfer";
    QTest::newRow("bad container") << QStringList{"finance", "balance", "--container", "x"}
                                   << "--container must be a positive whole number";
    QTest::newRow("history bad date")
        << QStringList{"finance", "history", "--from", "31.01.2026"} << "--from: \"31.01.2026\"";
    QTest::newRow("history reversed")
        << QStringList{"finance", "history", "--from", "2026-03-01", "--to", "2026-02-01"}
        << "--to: 2026-02-01 is before --from";
    QTest::newRow("history bad format")
        << QStringList{"finance", "history", "--format", "xml"} << "table, json or csv";
    QTest::newRow("transfer nothing")
        << QStringList{"finance", "transfer"} << "--from ID, --to ID and --amount";
    QTest::newRow("transfer bad id")
        << QStringList{"finance", "transfer", "--from", "abc"} << "--from must be a positive";
    QTest::newRow("transfer zero")
        << QStringList{"finance", "transfer", "--from", "100", "--to", "102", "--amount", "0"}
        << "out of range";
    QTest::newRow("profile extra")
        << QStringList{"finance", "profile", "x"} << "unexpected argument";
}

void tst_CliFinanceCommands::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliFinanceCommands)
#include "tst_clifinancecommands.moc"
