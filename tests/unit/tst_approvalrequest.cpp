#include "core/ApprovalRequest.h"

#include <QtTest>

// ApprovalRequest and ApprovalRequestBatch: the sandbox's GET request and GET request/{id}
// bodies, and hostile ones (wrong types, missing keys, entries that are not objects).
class tst_ApprovalRequest : public QObject {
    Q_OBJECT
private slots:
    void listEntry();
    void processedRevocation();
    void detailedInfo();
    void hostileEntries_data();
    void hostileEntries();
    void pageSkipsBadEntries();
    void emptyPageWithoutCollection();
    void notJson();
    void labelsAndPending();
};

namespace {
const QByteArray kListBody = R"({"page":{"total":30,"limit":1,"offset":0},
 "requests":[{"id":400013,"date":"2026-02-04T11:45:14+00:00","type":"reissue","status":"pending","comments":"",
   "requester":{"id":1001,"first_name":"Ada","last_name":"Admin","email":"ada.admin@example.com"},
   "order":{"id":100013,"status":"reissue_pending","price":"299.00","container":{"id":100,"name":"Example Corp"},
     "product":{"name_id":"wildcard_dv_geotrust","name":"GeoTrust Wildcard DV SSL","type":"ssl_certificate"},
     "certificate":{"common_name":"*.violet-florist.example","dns_names":["*.violet-florist.example","violet-florist.example"]}}}]})";
}

void tst_ApprovalRequest::listEntry() {
    ApprovalRequestBatch page;
    QString error;
    QVERIFY2(ApprovalRequestBatch::fromJson(kListBody, &page, &error), qPrintable(error));
    QCOMPARE(page.total, 30);
    QCOMPARE(page.limit, 1);
    QCOMPARE(page.requests.size(), 1);
    const ApprovalRequest &r = page.requests.first();
    QCOMPARE(r.id, 400013);
    QCOMPARE(r.type, QStringLiteral("reissue"));
    QCOMPARE(r.status, QStringLiteral("pending"));
    QVERIFY(r.isPending());
    QCOMPARE(r.date, QDateTime(QDate(2026, 2, 4), QTime(11, 45, 14), Qt::UTC));
    QCOMPARE(r.requester.id, 1001);
    QCOMPARE(r.requester.displayName(), QStringLiteral("Ada Admin"));
    QCOMPARE(r.requester.email, QStringLiteral("ada.admin@example.com"));
    QCOMPARE(r.orderId, 100013);
    QCOMPARE(r.orderStatus, QStringLiteral("reissue_pending"));
    QCOMPARE(r.price, QStringLiteral("299.00"));
    QCOMPARE(r.containerId, 100);
    QCOMPARE(r.containerName, QStringLiteral("Example Corp"));
    QCOMPARE(r.productNameId, QStringLiteral("wildcard_dv_geotrust"));
    QCOMPARE(r.productName, QStringLiteral("GeoTrust Wildcard DV SSL"));
    QCOMPARE(r.productType, QStringLiteral("ssl_certificate"));
    QCOMPARE(r.commonName, QStringLiteral("*.violet-florist.example"));
    QCOMPARE(r.dnsNames, (QStringList{"*.violet-florist.example", "violet-florist.example"}));
    QVERIFY(!r.dateProcessed.isValid());
    QVERIFY(r.processor.displayName().isEmpty());
}

void tst_ApprovalRequest::processedRevocation() {
    const QByteArray body = R"({"id":400310,"date":"2026-03-04T12:00:05+00:00","type":"revoke",
      "status":"approved","requester":{"id":1004,"first_name":"Dana","last_name":"User",
      "email":"dana.user@example.com"},"comments":"I no longer need this cert.",
      "revocation_reason":"keyCompromise",
      "scope":"order","date_processed":"2026-03-05T09:00:00+00:00",
      "processor":{"id":1001,"first_name":"Ada","last_name":"Admin","email":"ada.admin@example.com"},
      "processor_comment":"done","order":{"id":"100020","organization":{"id":3001,"name":"Acme"},
      "certificate":{"id":200020,"common_name":"shop.example.com","signature_hash":"sha256",
      "server_platform":{"id":-1,"name":"OTHER"}}}})";
    ApprovalRequest r;
    QString error;
    QVERIFY2(ApprovalRequest::fromJson(body, &r, &error), qPrintable(error));
    QVERIFY(!r.isPending());
    QCOMPARE(r.revocationReason, QStringLiteral("keyCompromise"));
    QCOMPARE(r.scope, QStringLiteral("order"));
    QCOMPARE(r.dateProcessed, QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC));
    QCOMPARE(r.processor.displayName(), QStringLiteral("Ada Admin"));
    QCOMPARE(r.processorComment, QStringLiteral("done"));
    QCOMPARE(r.orderId, 100020); // digit strings are accepted
    QCOMPARE(r.organizationId, 3001);
    QCOMPARE(r.organizationName, QStringLiteral("Acme"));
    QCOMPARE(r.certificateId, 200020);
    QCOMPARE(r.signatureHash, QStringLiteral("sha256"));
    QCOMPARE(r.serverPlatformId, -1);
    QCOMPARE(r.serverPlatformName, QStringLiteral("OTHER"));
    QVERIFY(r.dnsNames.isEmpty());
}

void tst_ApprovalRequest::detailedInfo() {
    const QByteArray body = R"({"id":400001,"type":"new_request","status":"submitted",
      "order":{"id":100001,"certificate":{"common_name":"a.example","csr":"-----BEGIN CERTIFICATE REQUEST-----\nMII\n-----END CERTIFICATE REQUEST-----\n"}}})";
    ApprovalRequest r;
    QString error;
    QVERIFY(ApprovalRequest::fromJson(body, &r, &error));
    QVERIFY(r.isPending()); // submitted waits too
    QVERIFY(r.csr.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")));
    QCOMPARE(ApprovalRequest::typeLabel(r.type), QStringLiteral("new order"));
}

void tst_ApprovalRequest::hostileEntries_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no id") << QByteArray(R"({"type":"reissue"})") << false;
    QTest::newRow("zero id") << QByteArray(R"({"id":0})") << false;
    QTest::newRow("negative id") << QByteArray(R"({"id":-4})") << false;
    QTest::newRow("fractional id") << QByteArray(R"({"id":4.5})") << false;
    QTest::newRow("id as object") << QByteArray(R"({"id":{"x":1}})") << false;
    QTest::newRow("wrong types everywhere")
        << QByteArray(R"({"id":7,"type":[],"status":{},"date":12,"requester":"Ada",
             "order":"100001","comments":null,"processor":[1],"date_processed":"yesterday"})")
        << true;
    QTest::newRow("order with wrong inner types")
        << QByteArray(R"({"id":8,"order":{"id":"abc","price":12.5,"product":"ssl",
             "certificate":{"dns_names":"one.example","common_name":5}}})")
        << true;
    QTest::newRow("array root") << QByteArray(R"([{"id":1}])") << false;
}

void tst_ApprovalRequest::hostileEntries() {
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    ApprovalRequest r;
    QString error;
    QCOMPARE(ApprovalRequest::fromJson(body, &r, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (QTest::currentDataTag() == QByteArray("wrong types everywhere")) {
        QVERIFY(r.type.isEmpty());
        QVERIFY(r.status.isEmpty());
        QVERIFY(!r.date.isValid());
        QVERIFY(!r.dateProcessed.isValid());
        QCOMPARE(r.orderId, 0);
        QVERIFY(r.requester.displayName().isEmpty());
    }
    if (QTest::currentDataTag() == QByteArray("order with wrong inner types")) {
        QCOMPARE(r.orderId, 0);
        QCOMPARE(r.price, QStringLiteral("12.50"));
        QCOMPARE(r.dnsNames, QStringList{"one.example"});
        QCOMPARE(r.commonName, QStringLiteral("5"));
    }
}

void tst_ApprovalRequest::pageSkipsBadEntries() {
    const QByteArray body = R"({"page":{"total":4,"limit":1000,"offset":0},
      "requests":[{"id":1,"status":"pending"},"text",{"id":"x"},{"id":2}]})";
    ApprovalRequestBatch page;
    QString error;
    QVERIFY(ApprovalRequestBatch::fromJson(body, &page, &error));
    QCOMPARE(page.requests.size(), 2);
    QCOMPARE(page.skipped, 2);
    QCOMPARE(page.total, 4);
}

void tst_ApprovalRequest::emptyPageWithoutCollection() {
    ApprovalRequestBatch page;
    QString error;
    QVERIFY(ApprovalRequestBatch::fromJson(R"({"page":{"total":0,"limit":1000,"offset":0}})", &page,
                                           &error));
    QVERIFY(page.requests.isEmpty());
    QCOMPARE(page.total, 0);
    QVERIFY(ApprovalRequestBatch::fromJson(R"({"requests":"none"})", &page, &error));
    QVERIFY(page.requests.isEmpty());
}

void tst_ApprovalRequest::notJson() {
    ApprovalRequestBatch page;
    QString error;
    QVERIFY(!ApprovalRequestBatch::fromJson("<html>busy</html>", &page, &error));
    QVERIFY(!error.isEmpty());
    ApprovalRequest r;
    error.clear();
    QVERIFY(!ApprovalRequest::fromJson(QByteArray(R"({"id":4)"), &r, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ApprovalRequest::labelsAndPending() {
    QCOMPARE(ApprovalRequest::typeLabel(QStringLiteral("revoke")), QStringLiteral("revocation"));
    QCOMPARE(ApprovalRequest::typeLabel(QStringLiteral("future_kind")),
             QStringLiteral("future_kind"));
    ApprovalRequest::Person p;
    p.email = QStringLiteral("x@example.com");
    QCOMPARE(p.displayName(), QStringLiteral("x@example.com"));
    p.email.clear();
    p.id = 1007;
    QCOMPARE(p.displayName(), QStringLiteral("user 1007"));
    ApprovalRequest r;
    r.status = QStringLiteral("rejected");
    QVERIFY(!r.isPending());
}

QTEST_GUILESS_MAIN(tst_ApprovalRequest)
#include "tst_approvalrequest.moc"
