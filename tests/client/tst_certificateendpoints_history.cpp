#include "ResultSpy.h"
#include "SandboxControl.h"
#include "SandboxHarness.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/CertificateEndpoints.h"
#include "api/OrderEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

// An order's reissues and duplicates, and its validation status, read by the client's calls
// from a real sandbox after the test has reissued and duplicated a real certificate.
class tst_CertificateEndpoints_History : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reissuesAndDuplicates();
    void emptyHistory();
    void validationOfAPendingOrder();
    void unknownOrderFails();

private:
    QJsonObject post(const QString &path, const QJsonObject &body, int *status);
    QList<CertificateRecord> history(qint64 orderId, CertificateRecord::Kind kind);
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QByteArray m_key;
};

void tst_CertificateEndpoints_History::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_key = TestSandbox::testKey().toLatin1();
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

QJsonObject tst_CertificateEndpoints_History::post(const QString &path, const QJsonObject &body,
                                                   int *status) {
    QByteArray reply;
    *status = SandboxControl::request("POST", m_sandbox.baseUrl().resolved(QUrl(path)), m_key,
                                      QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
    return QJsonDocument::fromJson(reply).object();
}

QList<CertificateRecord> tst_CertificateEndpoints_History::history(qint64 orderId,
                                                                   CertificateRecord::Kind kind) {
    ResultSpy<qint64, QList<CertificateRecord>> received(
        m_client->call(CertificateEndpoints::history(orderId, kind)));
    if (!received.wait(10000))
        return {};
    return received.result<1>();
}

void tst_CertificateEndpoints_History::reissuesAndDuplicates() {
    const sbx::Csr csr = sbx::makeCsr(2048, "history.example.com");
    int status = 0;
    // An OV order for the first organization, approved at once; the sandbox validates on the
    // control endpoint below.
    const QJsonObject order =
        post(QStringLiteral("order/certificate/ssl_basic"),
             {{"certificate", QJsonObject{{"common_name", "history.example.com"},
                                          {"csr", csr.pemString()},
                                          {"signature_hash", "sha256"},
                                          {"server_platform", QJsonObject{{"id", 2}}}}},
              {"organization", QJsonObject{{"id", 3001}}},
              {"order_validity", QJsonObject{{"years", 1}}},
              {"skip_approval", true}},
             &status);
    QCOMPARE(status, 201);
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();
    QVERIFY(orderId > 0);
    QByteArray ignored;
    QCOMPARE(SandboxControl::request("POST",
                                     m_sandbox.baseUrl().resolved(QUrl(
                                         QStringLiteral("/__sandbox/dcv/history.example.com"))),
                                     QByteArray(), QByteArray(), &ignored),
             204);

    // Before any reissue, both lists are empty.
    QVERIFY(history(orderId, CertificateRecord::Kind::Reissue).isEmpty());

    const QJsonObject certificate{{"common_name", "history.example.com"},
                                  {"csr", csr.pemString()},
                                  {"signature_hash", "sha256"}};
    post(QStringLiteral("order/certificate/%1/reissue").arg(orderId),
         {{"certificate", certificate}, {"skip_approval", true}}, &status);
    QCOMPARE(status, 201);
    post(QStringLiteral("order/certificate/%1/duplicate").arg(orderId),
         {{"certificate", certificate}, {"skip_approval", true}}, &status);
    QCOMPARE(status, 201);

    const QList<CertificateRecord> reissues = history(orderId, CertificateRecord::Kind::Reissue);
    QCOMPARE(reissues.size(), 1);
    QCOMPARE(reissues.at(0).kind, CertificateRecord::Kind::Reissue);
    QCOMPARE(reissues.at(0).commonName, QStringLiteral("history.example.com"));
    QVERIFY(reissues.at(0).id > 0);
    QVERIFY(!reissues.at(0).status.isEmpty());
    QVERIFY(reissues.at(0).dateCreated.isValid());
    const QList<CertificateRecord> duplicates =
        history(orderId, CertificateRecord::Kind::Duplicate);
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.at(0).kind, CertificateRecord::Kind::Duplicate);
    QVERIFY(duplicates.at(0).id != reissues.at(0).id);
}

void tst_CertificateEndpoints_History::emptyHistory() {
    const QList<CertificateRecord> none = history(100001, CertificateRecord::Kind::Duplicate);
    QVERIFY(none.isEmpty());
}

void tst_CertificateEndpoints_History::validationOfAPendingOrder() {
    const sbx::Csr csr = sbx::makeCsr(2048, "pending-dcv.example.org");
    int status = 0;
    const QJsonObject order =
        post(QStringLiteral("order/certificate/ssl_dv_geotrust"),
             {{"certificate", QJsonObject{{"common_name", "pending-dcv.example.org"},
                                          {"dns_names", QJsonArray{"www.pending-dcv.example.org"}},
                                          {"csr", csr.pemString()},
                                          {"signature_hash", "sha256"}}},
              {"dcv_method", "dns-txt-token"},
              {"order_validity", QJsonObject{{"years", 1}}},
              {"skip_approval", true}},
             &status);
    QCOMPARE(status, 201);
    const qint64 orderId = order.value(QStringLiteral("id")).toInteger();

    ResultSpy<OrderValidation> received(m_client->call(OrderEndpoints::validation(orderId)));
    QVERIFY(received.wait(10000));
    const auto v = received.result();
    QCOMPARE(v.orderId, orderId);
    QCOMPARE(v.names.size(), 2);
    QCOMPARE(v.approvedCount(), 0);
    QCOMPARE(v.names.at(0).method, QStringLiteral("dns-txt-token"));
    QVERIFY(!v.riskStatus.isEmpty());
}

void tst_CertificateEndpoints_History::unknownOrderFails() {
    auto *call =
        m_client->call(CertificateEndpoints::history(999999, CertificateRecord::Kind::Reissue));
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 404);
}

QTEST_GUILESS_MAIN(tst_CertificateEndpoints_History)
#include "tst_certificateendpoints_history.moc"
