#include "Invoice.h"

#include <QtTest>

// Invoice and InvoicePage: the sandbox's list entry and invoice info, and hostile bodies.
class tst_Invoice : public QObject {
    Q_OBJECT
private slots:
    void listEntry();
    void info();
    void hostile_data();
    void hostile();
    void page();
    void dueCents_data();
    void dueCents();
};

void tst_Invoice::listEntry() {
    const QByteArray body = R"({"page":{"total":1,"limit":1000,"offset":0},"invoices":[
      {"id":9004,"invoice_number":"INV-2026-009004","status":"unpaid","amount":"750.00",
       "amount_due":"750.00","currency":"USD","container":{"id":103,"name":"APAC"},
       "date_created":"2026-01-25T12:00:00+00:00","due_date":"2026-02-24",
       "purchase_order":{"id":8004,"po_number":"PO-8004"}}]})";
    InvoicePage page;
    QString error;
    QVERIFY2(InvoicePage::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.invoices.size(), 1);
    const Invoice &i = page.invoices.first();
    QCOMPARE(i.id, 9004);
    QCOMPARE(i.number, QStringLiteral("INV-2026-009004"));
    QVERIFY(!i.isPaid());
    QCOMPARE(i.amount, QStringLiteral("750.00"));
    QCOMPARE(i.amountDue, QStringLiteral("750.00"));
    QCOMPARE(i.currency, QStringLiteral("USD"));
    QCOMPARE(i.containerId, 103);
    QCOMPARE(i.containerName, QStringLiteral("APAC"));
    QCOMPARE(i.dateCreated, QDateTime(QDate(2026, 1, 25), QTime(12, 0), Qt::UTC));
    QCOMPARE(i.dueDate, QDate(2026, 2, 24));
    QVERIFY(!i.datePaid.isValid());
    QCOMPARE(i.purchaseOrderId, 8004);
    QCOMPARE(i.purchaseOrderNumber, QStringLiteral("PO-8004"));
}

void tst_Invoice::info() {
    const QByteArray body = R"({"id":9001,"invoice_number":"INV-2026-009001","status":"paid",
      "amount":"10000.00","amount_due":"0.00","currency":"USD","date_paid":"2026-02-15T12:00:00+00:00",
      "description":"Funds deposit from PO-8001","line_items":[{"description":"Funds deposit",
      "quantity":1,"amount":"10000.00"},"junk"],"payment":{"method":"profile",
      "receipt_id":"RCPT-000001","card_last4":"4242"},"vat_number":"DE123456789"})";
    Invoice i;
    QString error;
    QVERIFY2(Invoice::fromJson(body, &i, &error), qPrintable(error));
    QVERIFY(i.isPaid());
    QCOMPARE(i.description, QStringLiteral("Funds deposit from PO-8001"));
    QCOMPARE(i.lineItems.size(), 1);
    QCOMPARE(i.lineItems.first().quantity, 1);
    QCOMPARE(i.lineItems.first().amount, QStringLiteral("10000.00"));
    QCOMPARE(i.paymentMethod, QStringLiteral("profile"));
    QCOMPARE(i.receiptId, QStringLiteral("RCPT-000001"));
    QCOMPARE(i.cardLast4, QStringLiteral("4242"));
    QCOMPARE(i.vatNumber, QStringLiteral("DE123456789"));
    QCOMPARE(i.datePaid, QDateTime(QDate(2026, 2, 15), QTime(12, 0), Qt::UTC));
}

void tst_Invoice::hostile_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no id") << QByteArray(R"({"amount":"1.00"})") << false;
    QTest::newRow("id text") << QByteArray(R"({"id":"INV-1"})") << false;
    QTest::newRow("not an object") << QByteArray(R"("9004")") << false;
    QTest::newRow("truncated") << QByteArray(R"({"id":9004,"amount":)") << false;
    QTest::newRow("wrong types")
        << QByteArray(R"({"id":"9004","amount":"seven","amount_due":[1],"currency":5,
            "container":"APAC","due_date":20260224,"purchase_order":[],"line_items":{},
            "payment":"card"})")
        << true;
}

void tst_Invoice::hostile() {
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    Invoice i;
    QString error;
    QCOMPARE(Invoice::fromJson(body, &i, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(i.id, 9004);
        QVERIFY(i.amount.isEmpty()); // never a guessed amount
        QVERIFY(i.amountDue.isEmpty());
        QCOMPARE(i.currency, QStringLiteral("5"));
        QCOMPARE(i.containerId, 0);
        QVERIFY(!i.dueDate.isValid());
        QVERIFY(i.lineItems.isEmpty());
        qint64 cents = 0;
        QVERIFY(!i.dueCents(&cents));
    }
}

void tst_Invoice::page() {
    InvoicePage page;
    QString error;
    QVERIFY(InvoicePage::fromJson(R"({"page":{"total":3},"invoices":[{"id":1},7,{"id":-1}]})",
                                  &page, &error));
    QCOMPARE(page.invoices.size(), 1);
    QCOMPARE(page.skipped, 2);
    QVERIFY(
        InvoicePage::fromJson(R"({"page":{"total":0,"limit":1000,"offset":0}})", &page, &error));
    QVERIFY(page.invoices.isEmpty());
    QVERIFY(!InvoicePage::fromJson("<html>", &page, &error));
}

void tst_Invoice::dueCents_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("amountDue");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("due given") << "unpaid"
                               << "750.00"
                               << "700.10" << true << qint64(70010);
    QTest::newRow("due missing") << "unpaid"
                                 << "750.5"
                                 << "" << true << qint64(75050);
    QTest::newRow("paid") << "paid"
                          << "750.00"
                          << "" << true << qint64(0);
    QTest::newRow("no amount") << "unpaid"
                               << ""
                               << "" << false << qint64(0);
}

void tst_Invoice::dueCents() {
    QFETCH(QString, status);
    QFETCH(QString, amount);
    QFETCH(QString, amountDue);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    Invoice i;
    i.status = status;
    i.amount = amount;
    i.amountDue = amountDue;
    qint64 got = -1;
    QCOMPARE(i.dueCents(&got), ok);
    if (ok)
        QCOMPARE(got, cents);
}

QTEST_GUILESS_MAIN(tst_Invoice)
#include "tst_invoice.moc"
