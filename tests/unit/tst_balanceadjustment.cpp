#include "core/BalanceAdjustment.h"

#include <QtTest>

// BalanceAdjustment and BalanceHistoryBatch: the documented example of "List balance history"
// (credit or debit, optional receipt, note and expiration), the older page's example with a
// note naming an invoice, and bodies that must not be read as adjustments.
class tst_BalanceAdjustment : public QObject {
    Q_OBJECT
private slots:
    void documentedExample();
    void invoicePaymentNote();
    void numbersWhereStringsAreDocumented();
    void unreadableEntriesAreSkipped();
    void notAList_data();
    void notAList();
};

void tst_BalanceAdjustment::documentedExample() {
    const QByteArray body = R"({"adjustments":[
      {"id":"5335328","container":{"id":123456,"name":"Example Company","is_active":true},
       "debit":"750.00","transaction_type":"Charge","transaction_date":"2021-01-21 15:21:34",
       "balance_after":"8500.15","currency":"USD"},
      {"id":"5533001","container":{"id":123456,"name":"Example Company","is_active":true},
       "credit":"1000.00","transaction_type":"Credit Card Deposit",
       "transaction_date":"2021-01-21 15:20:18","balance_after":"9250.15",
       "expiration_date":"2022-01-21 00:00:00","currency":"USD"}],
      "page":{"total":2,"limit":1000,"offset":0}})";
    BalanceHistoryBatch page;
    QString error;
    QVERIFY2(BalanceHistoryBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.total, 2);
    QCOMPARE(page.limit, 1000);
    QCOMPARE(page.skipped, 0);
    QCOMPARE(page.adjustments.size(), 2);
    const BalanceAdjustment &charge = page.adjustments.at(0);
    QCOMPARE(charge.id, QStringLiteral("5335328"));
    QCOMPARE(charge.containerId, 123456);
    QCOMPARE(charge.containerName, QStringLiteral("Example Company"));
    QCOMPARE(charge.debit, QStringLiteral("750.00"));
    QVERIFY(charge.credit.isEmpty());
    QCOMPARE(charge.transactionType, QStringLiteral("Charge"));
    QCOMPARE(charge.transactionDate, QDateTime(QDate(2021, 1, 21), QTime(15, 21, 34), Qt::UTC));
    QCOMPARE(charge.balanceAfter, QStringLiteral("8500.15"));
    QCOMPARE(charge.currency, QStringLiteral("USD"));
    QVERIFY(!charge.expirationDate.isValid());
    qint64 cents = 0;
    QVERIFY(charge.signedCents(&cents));
    QCOMPARE(cents, -75000);
    const BalanceAdjustment &deposit = page.adjustments.at(1);
    QCOMPARE(deposit.credit, QStringLiteral("1000.00"));
    QVERIFY(deposit.signedCents(&cents));
    QCOMPARE(cents, 100000);
    QCOMPARE(deposit.expirationDate.date(), QDate(2022, 1, 21));
}

void tst_BalanceAdjustment::invoicePaymentNote() {
    const QByteArray body = R"({"adjustments":[{"id":"5","container":{"id":11223,
      "name":"Example Division","is_active":true},"credit":"195.00","transaction_type":"Credit",
      "receipt_id":"0","transaction_date":"2018-10-18 08:47:53","balance_after":"441.00",
      "note":"Payment for invoice #100001"}]})";
    BalanceHistoryBatch page;
    QString error;
    QVERIFY2(BalanceHistoryBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.adjustments.size(), 1);
    QCOMPARE(page.adjustments.first().note, QStringLiteral("Payment for invoice #100001"));
    QCOMPARE(page.adjustments.first().receiptId, QStringLiteral("0"));
    // Without a page object, the reply is one complete page.
    QCOMPARE(page.total, 1);
}

void tst_BalanceAdjustment::numbersWhereStringsAreDocumented() {
    const QByteArray body = R"({"adjustments":[{"id":3,"container":{"id":11223},
      "debit":295,"transaction_type":"Sale from Account Balance","receipt_id":121214,
      "order_id":12346,"transaction_date":"2018-09-04 12:02:39","balance_after":148}]})";
    BalanceHistoryBatch page;
    QString error;
    QVERIFY2(BalanceHistoryBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.adjustments.size(), 1);
    const BalanceAdjustment &a = page.adjustments.first();
    QCOMPARE(a.id, QStringLiteral("3"));
    QCOMPARE(a.debit, QStringLiteral("295.00"));
    QCOMPARE(a.receiptId, QStringLiteral("121214"));
    QCOMPARE(a.orderId, QStringLiteral("12346"));
    QCOMPARE(a.balanceAfter, QStringLiteral("148.00"));
}

void tst_BalanceAdjustment::unreadableEntriesAreSkipped() {
    // No id; no amount; an amount that is not a decimal; not an object.
    const QByteArray body = R"({"adjustments":[{"credit":"1.00"},{"id":"7"},
      {"id":"8","debit":"ten"},"junk",{"id":"9","credit":"2.50"}],
      "page":{"total":5,"limit":1000,"offset":0}})";
    BalanceHistoryBatch page;
    QString error;
    QVERIFY2(BalanceHistoryBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.adjustments.size(), 1);
    QCOMPARE(page.adjustments.first().id, QStringLiteral("9"));
    QCOMPARE(page.skipped, 4);
}

void tst_BalanceAdjustment::notAList_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("html") << QByteArray("<html>busy</html>");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << QByteArray(R"({"adjustments":[{"id":"1")");
}

void tst_BalanceAdjustment::notAList() {
    QFETCH(QByteArray, body);
    BalanceHistoryBatch page;
    QString error;
    QVERIFY(!BalanceHistoryBatch::fromJson(body, &page, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BalanceAdjustment)
#include "tst_balanceadjustment.moc"
