#include "core/FastJsonValue.h"
#include "core/JsonRead.h"
#include "core/Order.h"
#include "core/OrderBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

// FastJsonValue (simdjson) must read orders exactly as Qt's parser does: every field of every
// order is compared between the two paths, on the seeds' shapes, hostile values and a few
// hundred generated orders with values of every type in every field.
class tst_FastJsonValue : public QObject {
    Q_OBJECT
private slots:
    void valuesBehaveLikeQJsonValue();
    void ordersReadTheSame_data();
    void ordersReadTheSame();
    void generatedOrdersReadTheSame();
    void refusedDocumentsFallBackToQt();
};

namespace {
QString describe(const Order &o) {
    QStringList parts{QString::number(o.id),
                      QString::number(o.certificateId),
                      o.commonName,
                      o.dnsNames.join(QLatin1Char('|')),
                      o.status,
                      o.productNameId,
                      o.productName,
                      o.productType,
                      o.validationType,
                      QString::number(o.organizationId),
                      o.organizationName,
                      QString::number(o.containerId),
                      o.containerName,
                      o.dateCreated.toString(Qt::ISODateWithMs),
                      o.validFrom.toString(Qt::ISODate),
                      o.validTill.toString(Qt::ISODate),
                      QString::number(o.daysRemaining),
                      o.alternativeOrderId,
                      o.serialNumber,
                      o.thumbprint,
                      QString::number(o.keySize),
                      o.signatureHash,
                      o.serverPlatform,
                      QString::number(o.orderValidityYears),
                      o.price,
                      o.currency,
                      o.paymentMethod,
                      o.requesterName,
                      o.requesterEmail,
                      QString::number(o.autoRenew)};
    for (const OrderRequest &r : o.requests)
        parts << QStringLiteral("req %1 %2 %3 %4 %5")
                     .arg(r.id)
                     .arg(r.date.toString(Qt::ISODate), r.type, r.status, r.comments);
    return parts.join(QStringLiteral(" ; "));
}

// Both paths on one order object; empty when they agree, else both descriptions.
QString compareOne(const QByteArray &json) {
    Order viaQt;
    Order viaFast;
    QString errorQt;
    QString errorFast;
    const bool okQt = Order::fromJson(QJsonDocument::fromJson(json).object(), &viaQt, &errorQt);
    FastJsonValue::Document doc;
    if (!doc.parse(json))
        return QStringLiteral("simdjson refused: ") + QString::fromUtf8(json);
    const bool okFast = Order::fromJson(doc.root(), &viaFast, &errorFast);
    if (okQt != okFast || errorQt != errorFast || describe(viaQt) != describe(viaFast))
        return QStringLiteral("qt:   %1 %2\nfast: %3 %4")
            .arg(okQt)
            .arg(describe(viaQt))
            .arg(okFast)
            .arg(describe(viaFast));
    return {};
}

QJsonValue randomValue(QRandomGenerator &rng, const QJsonValue &good) {
    switch (rng.bounded(9)) {
    case 0:
        return QJsonValue(); // null
    case 1:
        return QJsonValue(double(rng.bounded(100000)) / (rng.bounded(2) ? 1.0 : 7.0));
    case 2:
        return QStringLiteral(" %1 ").arg(rng.bounded(5000));
    case 3:
        return rng.bounded(2) == 1;
    case 4:
        return QJsonArray{QStringLiteral("a.example"), 5, QStringLiteral(" ")};
    case 5:
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}};
    case 6:
        return QStringLiteral("2026-0%1-1%2T0%3:00:00+02:00")
            .arg(rng.bounded(1, 10))
            .arg(rng.bounded(10))
            .arg(rng.bounded(10));
    default:
        return good;
    }
}
} // namespace

void tst_FastJsonValue::valuesBehaveLikeQJsonValue() {
    FastJsonValue::Document doc;
    QVERIFY(doc.parse(R"({"s":"héllo","n":12,"d":1.5,"b":true,"z":null,"a":[1,"x"],
                         "o":{"k":"v"},"dup":1,"dup":2})"));
    const FastJsonValue root = doc.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.value(QLatin1String("s")).toString(), QStringLiteral("héllo"));
    QCOMPARE(root.value(QLatin1String("n")).toDouble(), 12.0);
    QVERIFY(root.value(QLatin1String("d")).isDouble());
    QVERIFY(root.value(QLatin1String("b")).toBool());
    QVERIFY(root.value(QLatin1String("z")).isNull());
    QVERIFY(root.value(QLatin1String("missing")).isUndefined());
    QVERIFY(!root.contains(QLatin1String("missing")));
    QCOMPARE(root.value(QLatin1String("a")).toArray().size(), 2);
    QVERIFY(root.value(QLatin1String("a")).toObject().value(QLatin1String("k")).isUndefined());
    QCOMPARE(root.value(QLatin1String("o")).value(QLatin1String("k")).toString(),
             QStringLiteral("v"));
    QVERIFY(root.value(QLatin1String("s")).toArray().isEmpty());
    // The last of two equal keys counts, as in QJsonObject.
    QCOMPARE(QJsonDocument::fromJson(R"({"dup":1,"dup":2})").object().value("dup").toInt(), 2);
    QCOMPARE(JsonRead::integer(root.value(QLatin1String("dup"))), 2);
}

void tst_FastJsonValue::ordersReadTheSame_data() {
    QTest::addColumn<QByteArray>("order");
    QTest::newRow("sandbox summary") << QByteArray(
        R"({"id":100001,"status":"issued","is_renewed":false,"date_created":"2025-05-29T16:06:00+00:00",
   "validity_years":1,"price":"399.00","currency":"USD","product_name_id":"ssl_securesite_flex",
   "product":{"name_id":"ssl_securesite_flex","name":"Secure Site OV","type":"ssl_certificate"},
   "container":{"id":101,"name":"EMEA"},"organization":{"id":3028,"name":"Olive Grove Hotels S.A."},
   "certificate":{"id":200001,"common_name":"olivegrove-hotels.example","dns_names":["olivegrove-hotels.example"],
     "signature_hash":"sha256","valid_till":"2027-01-03","days_remaining":42}})");
    QTest::newRow("order info") << QByteArray(
        R"({"id":"100501","status":"pending","auto_renew":2,"alternative_order_id":"A-1",
   "certificate":{"id":0,"common_name":" x.example ","dns_names":" y.example ","key_size":4096,
     "serial_number":"0A1B","thumbprint":"FF","server_platform":{"id":2,"name":"Apache"},
     "valid_from":"2026-01-02T00:00:00+00:00"},
   "order_validity":{"years":"2"},"user":{"first_name":"Ada","last_name":"Admin","email":"a@x"},
   "requests":[{"id":400001,"date":"2026-07-07T10:19:37+00:00","type":"reissue","status":"pending",
     "comments":"please"},{"id":"x"},7],"price":454,"payment_method":"balance"})");
    QTest::newRow("wrong types everywhere") << QByteArray(
        R"({"id":9,"certificate":"x","status":5,"product":[],"organization":"Org",
   "dns_names":{},"date_created":42,"auto_renew":"yes","price":1e20,"validity_years":1.5})");
    QTest::newRow("huge numbers") << QByteArray(
        R"({"id":9007199254740993,"certificate":{"days_remaining":1e300,"key_size":-5}})");
    QTest::newRow("no id") << QByteArray(R"({"status":"issued"})");
    QTest::newRow("order_id instead of id") << QByteArray(R"({"order_id":77,"auto_renew":true})");
    QTest::newRow("escapes and unicode") << QByteArray(
        R"({"id":1,"certificate":{"common_name":"b\u00fccher.example\t","dns_names":["\ud83d\ude00.example"]}})");
    QTest::newRow("space date") << QByteArray(
        R"({"id":2,"date_created":"2023-05-14 17:31:18","auto_renew":null})");
}

void tst_FastJsonValue::ordersReadTheSame() {
    QFETCH(QByteArray, order);
    const QString difference = compareOne(order);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_FastJsonValue::generatedOrdersReadTheSame() {
    QRandomGenerator rng(20261122);
    const QJsonObject base =
        QJsonDocument::fromJson(
            R"({"id":100001,"status":"issued","date_created":"2025-05-29T16:06:00+00:00",
   "validity_years":1,"price":"399.00","currency":"USD","product_name_id":"ssl_basic","auto_renew":1,
   "product":{"name_id":"ssl_basic","name":"Basic OV","type":"ssl_certificate","validation_type":"ov"},
   "container":{"id":101,"name":"EMEA"},"organization":{"id":3028,"name":"Olive"},
   "user":{"first_name":"Ada","last_name":"Admin","email":"a@example.com"},
   "requests":[{"id":1,"date":"2026-07-07T10:19:37+00:00","type":"new_request","status":"approved"}],
   "certificate":{"id":200001,"common_name":"o.example","dns_names":["o.example","w.o.example"],
     "signature_hash":"sha256","valid_from":"2026-01-03","valid_till":"2027-01-03","days_remaining":42,
     "serial_number":"0A","thumbprint":"FF","key_size":2048,"server_platform":{"id":2,"name":"Apache"}}})")
            .object();
    int compared = 0;
    for (int i = 0; i < 400; ++i) {
        QJsonObject order = base;
        QJsonObject cert = order.value(QLatin1String("certificate")).toObject();
        for (const QString &k : cert.keys())
            cert.insert(k, randomValue(rng, cert.value(k)));
        for (const QString &k : order.keys())
            order.insert(k, k == QLatin1String("certificate") && rng.bounded(4) != 0
                                ? QJsonValue(cert)
                                : randomValue(rng, order.value(k)));
        const QString difference = compareOne(QJsonDocument(order).toJson(QJsonDocument::Compact));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        ++compared;
    }
    QCOMPARE(compared, 400);
}

void tst_FastJsonValue::refusedDocumentsFallBackToQt() {
    FastJsonValue::Document doc;
    QVERIFY(!doc.parse("{\"orders\":[{\"id\":1,\"certificate\":{\"common_name\":\"\xff\"}}]}"));
    QVERIFY(doc.root().isUndefined());
    QVERIFY(!doc.parse("{\"orders\":["));
    QVERIFY(!doc.parse(QByteArray()));
    // OrderBatch still reads such bodies as before (through Qt).
    OrderBatch page;
    QString error;
    const QByteArray invalidUtf8 =
        "{\"orders\":[{\"id\":1,\"certificate\":{\"common_name\":\"\xff\xfe\"}}]}";
    OrderBatch viaQt;
    QJsonArray items;
    JsonRead::Paging paging;
    const bool qtOk = JsonRead::page(invalidUtf8, QLatin1String("orders"), &items, &paging, &error);
    QCOMPARE(OrderBatch::fromJson(invalidUtf8, &page, &error), qtOk);
    if (qtOk)
        QCOMPARE(page.orders.size(), items.size());
    QVERIFY(!OrderBatch::fromJson("[1,2]", &page, &error));
    QVERIFY(error.contains(QLatin1String("orders")));
}

QTEST_GUILESS_MAIN(tst_FastJsonValue)
#include "tst_fastjsonvalue.moc"
