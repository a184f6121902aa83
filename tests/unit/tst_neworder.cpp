#include "NewOrder.h"
#include "PlacedOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// NewOrder's JSON (fields and date formats as decisions.md gives them) and PlacedOrder's
// reading of the replies.
class tst_NewOrder : public QObject {
    Q_OBJECT
private slots:
    void json();
    void validityForms();
    void alternativeIdsAreFreshAndValid();
    void placedReplies();
};

void tst_NewOrder::json() {
    NewOrder o;
    o.productNameId = QStringLiteral("ssl_basic");
    o.commonName = QStringLiteral("Shop.Example.com");
    o.dnsNames = {QStringLiteral("www.shop.example.com"), QStringLiteral("shop.example.com"),
                  QStringLiteral("bücher.example")};
    o.csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n";
    o.organizationId = 3001;
    o.dcvScope = QStringLiteral("fqdn");
    o.comments = QStringLiteral("  for the shop  ");
    o.alternativeOrderId = QStringLiteral("certdesk-1");
    const QJsonObject j = QJsonDocument::fromJson(o.toJson()).object();
    const QJsonObject cert = j.value(QLatin1String("certificate")).toObject();
    QCOMPARE(cert.value(QLatin1String("common_name")).toString(),
             QStringLiteral("shop.example.com"));
    QCOMPARE(cert.value(QLatin1String("dns_names")).toArray(),
             (QJsonArray{"shop.example.com", "www.shop.example.com", "xn--bcher-kva.example"}));
    QVERIFY(cert.value(QLatin1String("csr")).toString().endsWith(QLatin1String("REQUEST-----")));
    QCOMPARE(cert.value(QLatin1String("server_platform")).toObject().value("id").toInt(), -1);
    QCOMPARE(j.value(QLatin1String("order_validity")).toObject(), (QJsonObject{{"years", 1}}));
    QCOMPARE(j.value(QLatin1String("organization")).toObject().value("id").toInt(), 3001);
    QCOMPARE(j.value(QLatin1String("certificate_dcv_scope")).toString(), QStringLiteral("fqdn"));
    QCOMPARE(j.value(QLatin1String("comments")).toString(), QStringLiteral("for the shop"));
    QCOMPARE(j.value(QLatin1String("payment_method")).toString(), QStringLiteral("balance"));
    QCOMPARE(j.value(QLatin1String("alternative_order_id")).toString(),
             QStringLiteral("certdesk-1"));
    QVERIFY(!j.contains(QLatin1String("container")));
}

void tst_NewOrder::validityForms() {
    NewOrder o;
    o.customExpirationDate = QDate(2027, 6, 9);
    QCOMPARE(QJsonDocument::fromJson(o.toJson()).object().value("order_validity").toObject(),
             (QJsonObject{{"custom_expiration_date", "09 JUN 2027"}}));
    o.customExpirationDate = QDate();
    o.validityDays = 90;
    QCOMPARE(QJsonDocument::fromJson(o.toJson()).object().value("order_validity").toObject(),
             (QJsonObject{{"days", 90}}));
    // Certificate validity sits in the certificate object, in days, within the order.
    o.certValidityDays = 30;
    QCOMPARE(QJsonDocument::fromJson(o.toJson())
                 .object()
                 .value("certificate")
                 .toObject()
                 .value("cert_validity")
                 .toObject(),
             (QJsonObject{{"days", 30}}));
    o.productNameId = QStringLiteral("ssl_basic");
    o.commonName = QStringLiteral("a.example.com");
    o.csr = "x";
    QString field;
    o.certValidityDays = 91; // past the 90-day order
    QVERIFY(!o.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("certificate.cert_validity.days"));
    o.validityDays = 0;
    o.validityYears = 2;
    o.certValidityDays = 398;
    QVERIFY(o.validate(&field).contains(QLatin1String("397")));
}

void tst_NewOrder::alternativeIdsAreFreshAndValid() {
    const QString a = NewOrder::makeAlternativeOrderId();
    const QString b = NewOrder::makeAlternativeOrderId();
    QVERIFY(a != b);
    QVERIFY(a.size() <= 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(a).hasMatch());
}

void tst_NewOrder::placedReplies() {
    PlacedOrder p;
    QString error;
    QVERIFY(PlacedOrder::fromPlaceReply(
        R"({"id":100302,"requests":[{"id":400302,"status":"pending"}],"organization":{"id":3031},
            "dcv_random_value":"abc"})",
        &p, &error));
    QCOMPARE(p.orderId, 100302);
    QVERIFY(p.waitsForApproval());
    QCOMPARE(p.organizationId, 3031);
    QCOMPARE(p.dcvRandomValue, QStringLiteral("abc"));
    QVERIFY(!PlacedOrder::fromPlaceReply("{}", &p, &error));
    QList<PlacedOrder> found;
    QVERIFY(PlacedOrder::listFromLookup(
        R"({"orders":[{"order_id":100301,"certificate_id":200301,"status":"issued"},{"x":1}],
            "page":{"total":1,"limit":1000,"offset":0}})",
        &found, &error));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().certificateId, 200301);
    QVERIFY(PlacedOrder::listFromLookup(R"({"page":{"total":0,"limit":1000,"offset":0}})", &found,
                                        &error));
    QVERIFY(found.isEmpty());
}

QTEST_GUILESS_MAIN(tst_NewOrder)
#include "tst_neworder.moc"
