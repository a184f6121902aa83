#include "core/AccountBalance.h"
#include "core/Money.h"

#include <QtTest>

// Money, and the AccountBalance that carries amounts as the API's decimal strings.
class tst_Money : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void format();
    void balance();
};

void tst_Money::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("two places") << "454.00" << true << qint64(45400);
    QTest::newRow("negative") << "-1000.70" << true << qint64(-100070);
    QTest::newRow("one place") << "0.5" << true << qint64(50);
    QTest::newRow("integer") << "12" << true << qint64(1200);
    QTest::newRow("spaces") << " 7.25 " << true << qint64(725);
    // 0.1 + 0.2 style trouble never arises: these are read digit by digit.
    QTest::newRow("binary-unfriendly") << "0.10" << true << qint64(10);
    QTest::newRow("three places") << "1.005" << false << qint64(0);
    QTest::newRow("exponent") << "1e3" << false << qint64(0);
    QTest::newRow("comma") << "1,000.00" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("too long") << "1234567890123456.00" << false << qint64(0);
}

void tst_Money::parse() {
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    qint64 value = -1;
    QCOMPARE(Money::parseCents(text, &value), ok);
    if (ok)
        QCOMPARE(value, cents);
}

void tst_Money::format() {
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(Money::format(2500000, QStringLiteral("USD"), c), QStringLiteral("25,000.00 USD"));
    QCOMPARE(Money::format(-100070, QStringLiteral("USD"), c), QStringLiteral("-1,000.70 USD"));
    QCOMPARE(Money::format(5, QString(), c), QStringLiteral("0.05"));
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(Money::format(123456, QStringLiteral("EUR"), de), QStringLiteral("1.234,56 EUR"));
    QCOMPARE(Money::formatText(QStringLiteral("n/a"), QStringLiteral("USD"), c),
             QStringLiteral("n/a"));
}

void tst_Money::balance() {
    AccountBalance b;
    QString error;
    QVERIFY(AccountBalance::fromJson(
        R"({"balance":"25000.00","currency":"USD","unpaid_invoice_balance":"5000.00",
            "negative_balance_limit":"2000.00","used_credit_from_other_containers":"0.00",
            "total_available_funds":"22000.00"})",
        &b, &error));
    QCOMPARE(b.balance, QStringLiteral("25000.00"));
    QCOMPARE(b.totalAvailableFunds, QStringLiteral("22000.00"));
    QCOMPARE(b.usedCreditFromOtherContainers, QStringLiteral("0.00"));
    QVERIFY(!b.unlimitedNegativeBalance);
    QVERIFY(AccountBalance::fromJson(
        R"({"balance":"-1000.70","currency":"USD","unlimited_negative_balance":true})", &b,
        &error));
    QVERIFY(b.unlimitedNegativeBalance);
    QVERIFY(b.totalAvailableFunds.isEmpty());
    QVERIFY(b.usedCreditFromOtherContainers.isEmpty());
    QVERIFY(!AccountBalance::fromJson(R"({"currency":"USD"})", &b, &error));
    QVERIFY(!AccountBalance::fromJson("<html>", &b, &error));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
