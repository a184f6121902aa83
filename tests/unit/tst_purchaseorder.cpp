#include "PurchaseOrder.h"

#include <QtTest>

// PurchaseOrder and PurchaseOrderPage: the sandbox's list entry, the create reply, and
// hostile bodies.
class tst_PurchaseOrder : public QObject {
    Q_OBJECT
private slots:
    void listEntry();
    void createReply();
    void hostile_data();
    void hostile();
};

void tst_PurchaseOrder::listEntry() {
    const QByteArray body = R"({"page":{"total":2,"limit":1000,"offset":0},"purchase_orders":[
      {"id":8007,"po_number":"PO-8007","status":"approved","amount":"1234.50","currency":"USD",
       "container":{"id":102,"name":"Americas"},"date_created":"2026-11-22T12:00:00+00:00",
       "note":"Q2","vat_number":"DE1","requester":{"id":1003},
       "date_processed":"2026-11-23T12:00:00+00:00","invoice":{"id":9007}},
      {"id":8006,"status":"rejected","rejection_reason":"Duplicate request"}]})";
    PurchaseOrderPage page;
    QString error;
    QVERIFY2(PurchaseOrderPage::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.purchaseOrders.size(), 2);
    const PurchaseOrder &p = page.purchaseOrders.first();
    QCOMPARE(p.id, 8007);
    QCOMPARE(p.number, QStringLiteral("PO-8007"));
    QCOMPARE(p.status, QStringLiteral("approved"));
    QCOMPARE(p.amount, QStringLiteral("1234.50"));
    QCOMPARE(p.containerId, 102);
    QCOMPARE(p.containerName, QStringLiteral("Americas"));
    QCOMPARE(p.note, QStringLiteral("Q2"));
    QCOMPARE(p.vatNumber, QStringLiteral("DE1"));
    QCOMPARE(p.requesterId, 1003);
    QCOMPARE(p.invoiceId, 9007);
    QCOMPARE(p.dateProcessed, QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    QCOMPARE(page.purchaseOrders.at(1).rejectionReason, QStringLiteral("Duplicate request"));
}

void tst_PurchaseOrder::createReply() {
    PurchaseOrder p;
    QString error;
    QVERIFY(PurchaseOrder::fromJson(
        R"({"id":8008,"po_number":"PO-8008","status":"approved","amount":"10.00","invoice_id":9008})",
        &p, &error));
    QCOMPARE(p.invoiceId, 9008);
    QCOMPARE(p.status, QStringLiteral("approved"));
}

void tst_PurchaseOrder::hostile_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no id") << QByteArray(R"({"po_number":"PO-1"})") << false;
    QTest::newRow("array") << QByteArray(R"([])") << false;
    QTest::newRow("wrong types")
        << QByteArray(R"({"id":8001,"amount":1234.5,"container":7,"requester":"me",
             "invoice":"9001","date_created":false,"note":["x"]})")
        << true;
}

void tst_PurchaseOrder::hostile() {
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    PurchaseOrder p;
    QString error;
    QCOMPARE(PurchaseOrder::fromJson(body, &p, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(p.amount, QStringLiteral("1234.50"));
        QCOMPARE(p.containerId, 0);
        QCOMPARE(p.requesterId, 0);
        QCOMPARE(p.invoiceId, 0);
        QVERIFY(!p.dateCreated.isValid());
        QVERIFY(p.note.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_PurchaseOrder)
#include "tst_purchaseorder.moc"
