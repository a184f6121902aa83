#include "Money.h"
#include "tst_lifecycleharness.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// certdesk-cli finance balance | invoices | pdf | pay | po, run as a process against a sandbox
// with a finance manager's key: output, sums in cents, a declined card and an amount over the
// limit that change nothing, card details only from the environment and never printed, and
// exit codes (0 ok, 2 usage, 3 refusal).
class tst_CliFinanceCommands : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void balanceAndInvoices();
    void payTwoInvoicesWithTheProfile();
    void declinedCardPaysNothing();
    void purchaseOrders();
    void purchaseOrderOverTheLimit();
    void pdf();
    void standardUserIsRefused();
    void usageErrors_data();
    void usageErrors();
    void badCardEnvironment_data();
    void badCardEnvironment();

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    static QString financeKey() { return QStringLiteral("finance-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    Run cli(const QStringList &args, const QString &key = financeKey(),
            const QMap<QString, QString> &extraEnv = {});
    qint64 cents(const QString &field, qint64 containerId = 0);
    qint64 newUnpaidInvoice(const QString &amount);
    // A complete card in CERTDESK_CARD_* and CERTDESK_BILLING_* variables.
    static QMap<QString, QString> cardEnvironment(const QString &number);

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

QMap<QString, QString> tst_CliFinanceCommands::cardEnvironment(const QString &number) {
    return {{"CERTDESK_CARD_NUMBER", number},
            {"CERTDESK_CARD_EXPIRY", "12/2030"},
            {"CERTDESK_CARD_CVV", "321"},
            {"CERTDESK_CARD_NAME", "Cleo Finance"},
            {"CERTDESK_BILLING_ADDRESS", "1 Main St"},
            {"CERTDESK_BILLING_CITY", "Lehi"},
            {"CERTDESK_BILLING_STATE", "UT"},
            {"CERTDESK_BILLING_ZIP", "84043"},
            {"CERTDESK_BILLING_COUNTRY", "US"}};
}

qint64 tst_CliFinanceCommands::newUnpaidInvoice(const QString &amount) {
    const Run run = cli({"finance", "po", "new", "--amount", amount, "--yes", "--format", "json"});
    const qint64 po = run.json().value("purchase_order_id").toInteger();
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QStringLiteral("/__sandbox/purchase-order/%1/approve").arg(po));
    QByteArray reply;
    if (SandboxControl::request("POST", url, {}, {}, &reply) != 200)
        return 0;
    return QJsonDocument::fromJson(reply).object().value(QStringLiteral("invoice_id")).toInteger();
}

void tst_CliFinanceCommands::balanceAndInvoices() {
    Run run = cli({"finance", "balance"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("25000.00 USD"));
    QVERIFY(run.out.contains("Available funds"));
    run = cli({"finance", "balance", "--container", "104", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("balance").toString(), QStringLiteral("-1000.70"));
    QVERIFY(run.json().value("unlimited_negative_balance").toBool());
    run = cli({"finance", "invoices"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("invoice_id"));
    QVERIFY(run.out.contains("INV-"));
    run = cli({"finance", "invoices", "--status", "unpaid", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray unpaid = QJsonDocument::fromJson(run.out).array();
    QVERIFY(!unpaid.isEmpty());
    for (const QJsonValue &v : unpaid)
        QCOMPARE(v.toObject().value("status").toString(), QStringLiteral("unpaid"));
}

void tst_CliFinanceCommands::payTwoInvoicesWithTheProfile() {
    const qint64 a = newUnpaidInvoice(QStringLiteral("100.10"));
    const qint64 b = newUnpaidInvoice(QStringLiteral("0.25"));
    QVERIFY(a > 0 && b > 0);
    const qint64 unpaidBefore = cents("unpaid_invoice_balance");
    const qint64 availableBefore = cents("total_available_funds");
    const Run run = cli({"finance", "pay", QString::number(a), QString::number(b),
                         "--payment-profile", "--yes", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("paid").toArray().size(), 2);
    QCOMPARE(run.json().value("total").toString(), QStringLiteral("100.35"));
    QCOMPARE(unpaidBefore - cents("unpaid_invoice_balance"), 10035);
    QCOMPARE(cents("total_available_funds") - availableBefore, 10035);
    // Paid already: refused before anything is sent.
    const Run again = cli({"finance", "pay", QString::number(a), "--payment-profile", "--yes"});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains("already paid") && again.err.contains("Nothing was paid"),
             again.err.constData());
}

void tst_CliFinanceCommands::declinedCardPaysNothing() {
    const qint64 a = newUnpaidInvoice(QStringLiteral("10.00"));
    const qint64 b = newUnpaidInvoice(QStringLiteral("20.00"));
    const qint64 unpaidBefore = cents("unpaid_invoice_balance");
    const qint64 balanceBefore = cents("balance");
    const QMap<QString, QString> card = cardEnvironment(QStringLiteral("4000 0000 0000 0002"));
    const Run run = cli(
        {"finance", "pay", QString::number(a), QString::number(b), "--card", "--yes", "--verbose"},
        financeKey(), card);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("402 card_declined"), run.err.constData());
    QVERIFY(run.err.contains("nothing was paid"));
    QVERIFY(!run.out.contains("4000000000000002") && !run.err.contains("4000000000000002"));
    QVERIFY(!run.err.contains("321\n") && !run.out.contains("321"));
    QCOMPARE(cents("unpaid_invoice_balance"), unpaidBefore);
    QCOMPARE(cents("balance"), balanceBefore);
    const Run unpaid = cli({"finance", "invoices", "--status", "unpaid", "--format", "json"});
    QVERIFY(unpaid.out.contains(QStringLiteral("\"invoice_id\": %1").arg(a).toUtf8()));
    QVERIFY(unpaid.out.contains(QStringLiteral("\"invoice_id\": %1").arg(b).toUtf8()));

    // A bad card number is refused before anything is sent, naming the field.
    QMap<QString, QString> typo = card;
    typo.insert("CERTDESK_CARD_NUMBER", "4242424242424241");
    const Run bad =
        cli({"finance", "pay", QString::number(a), "--card", "--yes"}, financeKey(), typo);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("credit_card.number"), bad.err.constData());
    QVERIFY(!bad.err.contains("4242424242424241"));
}

void tst_CliFinanceCommands::purchaseOrders() {
    Run run = cli({"finance", "po", "new", "--amount", "1234.5", "--vat", "DE123456789", "--note",
                   "Q2", "--container", "102", "--yes"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("1234.50") && run.out.contains("pending"), run.out.constData());
    run = cli({"finance", "po", "list", "--status", "pending", "--format", "json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject newest = QJsonDocument::fromJson(run.out).array().at(0).toObject();
    QCOMPARE(newest.value("amount").toString(), QStringLiteral("1234.50"));
    QCOMPARE(newest.value("vat_number").toString(), QStringLiteral("DE123456789"));
    QCOMPARE(newest.value("container_id").toInteger(), 102);
    run = cli({"finance", "po", "list"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("purchase_order_id"));
    // Without --yes and without a terminal nothing is sent.
    run = cli({"finance", "po", "new", "--amount", "10"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--yes"));
}

void tst_CliFinanceCommands::purchaseOrderOverTheLimit() {
    const Run before = cli({"finance", "po", "list", "--format", "json"});
    const qint64 balanceBefore = cents("balance");
    const Run run = cli({"finance", "po", "new", "--amount", "1000000.01", "--yes"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--amount (amount)") && run.err.contains("1000000.00"),
             run.err.constData());
    const Run after = cli({"finance", "po", "list", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(),
             QJsonDocument::fromJson(before.out).array().size());
    QCOMPARE(cents("balance"), balanceBefore);
}

void tst_CliFinanceCommands::pdf() {
    const QString file = m_dir.filePath(QStringLiteral("invoice.pdf"));
    const Run run = cli({"finance", "pdf", "9001", "--out", file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(cli({"finance", "pdf", "999999", "--out", file}).exitCode, 3);
}

void tst_CliFinanceCommands::standardUserIsRefused() {
    const Run run = cli({"finance", "balance"}, userKey());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("403 access_denied|missing_permission"), run.err.constData());
}

void tst_CliFinanceCommands::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no verb") << QStringList{"finance"} << "balance, invoices";
    QTest::newRow("bad container") << QStringList{"finance", "balance", "--container", "x"}
                                   << "--container must be a positive whole number";
    QTest::newRow("bad status") << QStringList{"finance", "invoices", "--status", "due"}
                                << "--status must be paid or unpaid";
    QTest::newRow("pay nothing") << QStringList{"finance", "pay", "--payment-profile"}
                                 << "one or more invoice IDs";
    QTest::newRow("pay no method")
        << QStringList{"finance", "pay", "9004"} << "exactly one payment method";
    QTest::newRow("pay both") << QStringList{"finance", "pay", "9004", "--payment-profile",
                                             "--card"}
                              << "exactly one payment method";
    QTest::newRow("pay twice") << QStringList{"finance", "pay", "9004", "9004", "--payment-profile"}
                               << "listed twice";
    QTest::newRow("card without expiry")
        << QStringList{"finance", "pay", "9004", "--card"} << "CERTDESK_CARD_EXPIRY";
    QTest::newRow("po no amount") << QStringList{"finance", "po", "new"} << "--amount";
    QTest::newRow("po three decimals")
        << QStringList{"finance", "po", "new", "--amount", "1.234"} << "--amount (amount)";
    QTest::newRow("po bad vat") << QStringList{"finance", "po",    "new", "--amount",
                                               "1",       "--vat", "DE;1"}
                                << "--vat (vat_number)";
    QTest::newRow("po no sub-verb") << QStringList{"finance", "po"} << "new or list";
    QTest::newRow("pdf no out") << QStringList{"finance", "pdf", "9001"} << "--out";
    QTest::newRow("pdf into a missing folder")
        << QStringList{"finance", "pdf", "9001", "--out", "/nonexistent-certdesk/i.pdf"}
        << "the folder /nonexistent-certdesk does not exist";
    QTest::newRow("pdf into a folder")
        << QStringList{"finance", "pdf", "9001", "--out", "/tmp"} << "is a folder";
    // One bad value per option: format, range, characters, length.
    QTest::newRow("balance container zero")
        << QStringList{"finance", "balance", "--container", "0"} << "--container";
    QTest::newRow("balance format csv")
        << QStringList{"finance", "balance", "--format", "csv"} << "--format";
    QTest::newRow("invoices format xml")
        << QStringList{"finance", "invoices", "--format", "xml"} << "--format";
    QTest::newRow("invoices container negative")
        << QStringList{"finance", "invoices", "--container", "-1"} << "--container";
    QTest::newRow("pay invoice not a number")
        << QStringList{"finance", "pay", "INV-9004", "--payment-profile"} << "INV-9004";
    QTest::newRow("pay invoice zero")
        << QStringList{"finance", "pay", "0", "--payment-profile"} << "\"0\"";
    QTest::newRow("pay bad vat") << QStringList{"finance",           "pay",   "9004",
                                                "--payment-profile", "--vat", "DE<1>"}
                                 << "--vat";
    QTest::newRow("pay format csv")
        << QStringList{"finance", "pay", "9004", "--payment-profile", "--format", "csv"}
        << "--format";
    QTest::newRow("po amount zero")
        << QStringList{"finance", "po", "new", "--amount", "0"} << "--amount (amount)";
    QTest::newRow("po amount negative")
        << QStringList{"finance", "po", "new", "--amount", "-5"} << "--amount (amount)";
    QTest::newRow("po amount over the maximum")
        << QStringList{"finance", "po", "new", "--amount", "1000000.01"} << "--amount (amount)";
    QTest::newRow("po amount with a comma")
        << QStringList{"finance", "po", "new", "--amount", "1,000"} << "--amount (amount)";
    QTest::newRow("po note too long") << QStringList{"finance",
                                                     "po",
                                                     "new",
                                                     "--amount",
                                                     "1",
                                                     "--note",
                                                     QString(513, QLatin1Char('n'))}
                                      << "--note";
    QTest::newRow("po note control character") << QStringList{"finance",
                                                              "po",
                                                              "new",
                                                              "--amount",
                                                              "1",
                                                              "--note",
                                                              QStringLiteral("Q2\u001b[31m")}
                                               << "--note";
    QTest::newRow("po container not a number")
        << QStringList{"finance", "po", "new", "--amount", "1", "--container", "emea"}
        << "--container";
    QTest::newRow("po list bad status")
        << QStringList{"finance", "po", "list", "--status", "open"} << "--status";
    QTest::newRow("pdf invoice not a number")
        << QStringList{"finance", "pdf", "x", "--out", "a.pdf"} << "\"x\"";
}

void tst_CliFinanceCommands::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
}

void tst_CliFinanceCommands::badCardEnvironment_data() {
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mention");
    const auto row = [](const char *name, const char *variable, const QString &value,
                        const char *mention) {
        QTest::newRow(name) << QString::fromLatin1(variable) << value
                            << QString::fromLatin1(mention);
    };
    row("number empty", "CERTDESK_CARD_NUMBER", "", "CERTDESK_CARD_NUMBER (credit_card.number)");
    row("number too short", "CERTDESK_CARD_NUMBER", "4242 4242", "13 to 19 digits");
    row("number too long", "CERTDESK_CARD_NUMBER", QString(20, QLatin1Char('4')),
        "CERTDESK_CARD_NUMBER");
    row("number with letters", "CERTDESK_CARD_NUMBER", "4242 4242 4242 42AB",
        "CERTDESK_CARD_NUMBER");
    row("number check digit", "CERTDESK_CARD_NUMBER", "4242 4242 4242 4241",
        "CERTDESK_CARD_NUMBER");
    row("expiry empty", "CERTDESK_CARD_EXPIRY", "", "MM/YYYY");
    row("expiry two-digit year", "CERTDESK_CARD_EXPIRY", "12/30", "MM/YYYY");
    row("expiry ISO", "CERTDESK_CARD_EXPIRY", "2030-12", "MM/YYYY");
    row("expiry month 13", "CERTDESK_CARD_EXPIRY", "13/2030", "CERTDESK_CARD_EXPIRY");
    row("expiry month 0", "CERTDESK_CARD_EXPIRY", "00/2030", "1 to 12");
    row("expiry in the past", "CERTDESK_CARD_EXPIRY", "01/2020", "CERTDESK_CARD_EXPIRY");
    row("cvv empty", "CERTDESK_CARD_CVV", "", "3 or 4 digits");
    row("cvv two digits", "CERTDESK_CARD_CVV", "12", "CERTDESK_CARD_CVV (credit_card.cvv)");
    row("cvv five digits", "CERTDESK_CARD_CVV", "12345", "3 or 4 digits");
    row("cvv letters", "CERTDESK_CARD_CVV", "12a", "CERTDESK_CARD_CVV");
    row("name empty", "CERTDESK_CARD_NAME", "", "CERTDESK_CARD_NAME");
    row("name too long", "CERTDESK_CARD_NAME", QString(300, QLatin1Char('n')),
        "CERTDESK_CARD_NAME");
    row("name with a control character", "CERTDESK_CARD_NAME", QStringLiteral("Cleo\u0007"),
        "CERTDESK_CARD_NAME");
    row("address empty", "CERTDESK_BILLING_ADDRESS", "", "CERTDESK_BILLING_ADDRESS");
    row("address too long", "CERTDESK_BILLING_ADDRESS", QString(300, QLatin1Char('a')),
        "CERTDESK_BILLING_ADDRESS");
    row("city empty", "CERTDESK_BILLING_CITY", "", "CERTDESK_BILLING_CITY");
    row("city with a line break", "CERTDESK_BILLING_CITY", "Le\nhi", "CERTDESK_BILLING_CITY");
    row("state empty", "CERTDESK_BILLING_STATE", "", "CERTDESK_BILLING_STATE");
    row("zip empty", "CERTDESK_BILLING_ZIP", "", "CERTDESK_BILLING_ZIP");
    row("zip too long", "CERTDESK_BILLING_ZIP", QString(129, QLatin1Char('9')),
        "CERTDESK_BILLING_ZIP");
    row("country name", "CERTDESK_BILLING_COUNTRY", "USA", "two-letter code");
    row("country digits", "CERTDESK_BILLING_COUNTRY", "U1", "CERTDESK_BILLING_COUNTRY");
    row("country empty", "CERTDESK_BILLING_COUNTRY", "", "CERTDESK_BILLING_COUNTRY");
}

void tst_CliFinanceCommands::badCardEnvironment() {
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, mention);
    QMap<QString, QString> card = cardEnvironment(QStringLiteral("4242 4242 4242 4242"));
    QVERIFY(card.contains(variable));
    card.insert(variable, value);
    // Refused before anything is looked up or charged: the invoice ID need not exist.
    const Run run = cli({"finance", "pay", "987654321", "--card", "--yes"}, financeKey(), card);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // The card number and the security code never appear, whichever field was wrong.
    const QByteArray digits = card.value("CERTDESK_CARD_NUMBER").remove(QLatin1Char(' ')).toUtf8();
    if (digits.size() >= 8)
        QVERIFY2(!run.err.contains(digits), run.err.constData());
    if (card.value("CERTDESK_CARD_CVV").size() >= 3 && variable != "CERTDESK_CARD_CVV")
        QVERIFY2(!run.err.contains(card.value("CERTDESK_CARD_CVV").toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliFinanceCommands)
#include "tst_clifinancecommands.moc"
