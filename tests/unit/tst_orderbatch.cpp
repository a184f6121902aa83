#include "core/OrderBatch.h"

#include <QtTest>

class tst_OrderBatch : public QObject {
    Q_OBJECT
private slots:
    void typicalPage();
    void emptyPageWithoutCollectionKey();
    void hostileBodies_data();
    void hostileBodies();
    void hostileEntriesKeepTheRest_data();
    void hostileEntriesKeepTheRest();
    void pageWithoutPagingObject();
};

namespace {
const QByteArray kTypical = R"({
  "orders": [
    {"id": 100001,
     "certificate": {"id": 200001, "common_name": "shop.example.com",
                     "dns_names": ["shop.example.com", "www.shop.example.com"],
                     "valid_till": "2027-03-04", "days_remaining": 102, "signature_hash": "sha256"},
     "status": "issued", "is_renewed": false, "date_created": "2026-03-04T10:15:00+00:00",
     "organization": {"id": 3001, "name": "Example Corp"}, "validity_years": 1,
     "container": {"id": 100, "name": "Example Corp"},
     "product": {"name_id": "ssl_basic", "name": "Basic OV", "type": "ssl_certificate"},
     "product_name_id": "ssl_basic", "price": "218.00", "currency": "USD",
     "some_new_field": {"nested": [1, 2, 3]}},
    {"id": 100002,
     "certificate": {"id": 200002, "common_name": "*.example.net", "dns_names": [" "]},
     "status": "pending", "date_created": "2026-11-01T08:00:00+00:00",
     "product": {"name_id": "wildcard_dv_geotrust", "name": "GeoTrust Wildcard DV SSL"}}
  ],
  "page": {"total": 2, "limit": 1000, "offset": 0}
})";
} // namespace

void tst_OrderBatch::typicalPage() {
    OrderBatch page;
    QString error;
    QVERIFY2(OrderBatch::fromJson(kTypical, &page, &error), qPrintable(error));
    QCOMPARE(page.orders.size(), 2);
    QCOMPARE(page.total, 2);
    QCOMPARE(page.limit, 1000);
    QCOMPARE(page.skipped, 0);
    const Order &a = page.orders.at(0);
    QCOMPARE(a.id, 100001);
    QCOMPARE(a.certificateId, 200001);
    QCOMPARE(a.commonName, QStringLiteral("shop.example.com"));
    QCOMPARE(a.sanCount(), 1);
    QCOMPARE(a.validTill, QDate(2027, 3, 4));
    QCOMPARE(a.daysRemaining, 102);
    QCOMPARE(a.organizationName, QStringLiteral("Example Corp"));
    QCOMPARE(a.productNameId, QStringLiteral("ssl_basic"));
    QCOMPARE(a.price, QStringLiteral("218.00"));
    QCOMPARE(a.dateCreated, QDateTime(QDate(2026, 3, 4), QTime(10, 15), Qt::UTC));
    QCOMPARE(a.orderValidityYears, 1);
    const Order &b = page.orders.at(1);
    QVERIFY(b.dnsNames.isEmpty()); // the old [" "] placeholder means "no names"
    QVERIFY(!b.validTill.isValid());
    QCOMPARE(b.daysRemaining, -1);
    QVERIFY(b.organizationName.isEmpty());
}

void tst_OrderBatch::emptyPageWithoutCollectionKey() {
    OrderBatch page;
    QString error;
    QVERIFY(OrderBatch::fromJson(R"({"page":{"total":0,"limit":1000,"offset":0}})", &page, &error));
    QVERIFY(page.orders.isEmpty());
    QCOMPARE(page.total, 0);
}

void tst_OrderBatch::hostileBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << kTypical.left(kTypical.size() / 2);
    QTest::newRow("array root") << QByteArray("[1,2,3]");
    QTest::newRow("string root") << QByteArray("\"orders\"");
    QTest::newRow("html") << QByteArray("<html>maintenance</html>");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"orders\":[{\"id\":1,\"certificate\":{\"common_name\":\"\xff\xfe\"}}]}");
}

void tst_OrderBatch::hostileBodies() {
    QFETCH(QByteArray, body);
    OrderBatch page;
    QString error;
    QVERIFY(!OrderBatch::fromJson(body, &page, &error));
    QVERIFY(!error.isEmpty());
}

void tst_OrderBatch::hostileEntriesKeepTheRest_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("skipped");
    QTest::newRow("entry not an object")
        << QByteArray(R"({"orders":[1,"x",null,{"id":5}],"page":{"total":4}})") << 1 << 3;
    QTest::newRow("id missing or bad")
        << QByteArray(
               R"({"orders":[{"status":"issued"},{"id":"abc"},{"id":-3},{"id":1.5},{"id":"77"}]})")
        << 1 << 4;
    QTest::newRow("huge numbers")
        << QByteArray(
               R"({"orders":[{"id":1e300},{"id":12,"certificate":{"days_remaining":1e300,"key_size":-5}}],"page":{"total":1e308,"limit":-1}})")
        << 1 << 1;
    QTest::newRow("wrong types everywhere")
        << QByteArray(
               R"({"orders":[{"id":9,"certificate":"x","status":5,"product":[],"organization":"Org","dns_names":{}, "date_created":42}]})")
        << 1 << 0;
    QTest::newRow("orders not an array")
        << QByteArray(R"({"orders":{"id":1},"page":{"total":0}})") << 0 << 0;
}

void tst_OrderBatch::hostileEntriesKeepTheRest() {
    QFETCH(QByteArray, body);
    QFETCH(int, kept);
    QFETCH(int, skipped);
    OrderBatch page;
    QString error;
    QVERIFY2(OrderBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.orders.size(), kept);
    QCOMPARE(page.skipped, skipped);
    QVERIFY(page.total >= 0);
    QVERIFY(page.limit >= 0);
    for (const Order &o : page.orders) {
        QVERIFY(o.id > 0);
        QVERIFY(o.daysRemaining >= -1);
        QVERIFY(o.keySize >= 0);
    }
}

void tst_OrderBatch::pageWithoutPagingObject() {
    OrderBatch page;
    QString error;
    QVERIFY(OrderBatch::fromJson(R"({"orders":[{"id":1},{"id":2}]})", &page, &error));
    QCOMPARE(page.total, 2); // counted from what arrived
}

QTEST_GUILESS_MAIN(tst_OrderBatch)
#include "tst_orderbatch.moc"
