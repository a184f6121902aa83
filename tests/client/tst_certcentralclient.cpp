#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/AccountEndpoints.h"
#include "api/CertCentralClient.h"
#include "api/DomainEndpoints.h"
#include "api/OrderEndpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QtTest>

// The real client against a real certdesk-sandbox over loopback HTTP and HTTPS.
class tst_CertCentralClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void me();
    void orderInfo();
    void orderInfoNotFound();
    void invalidKeyIsNotRetried();
    void retriesAfter429_data();
    void retriesAfter429();
    void givesUpAfterBoundedRetries();
    void statusChanges_data();
    void statusChanges();
    void timeout();
    void connectionRefused();
    void httpsWithTheSandboxCa();
    void httpsWithoutTrustFails();
    void abortReportsCancelled();
    void callDeletedBeforeItStartsIsDropped();
    void aWriteWhoseReplyIsLostIsNotSentAgain();

private:
    void configure(CertCentralClient &client, const QString &key = TestSandbox::testKey());
    TestSandbox m_sandbox;
    TestSandbox m_tlsSandbox;
};

void tst_CertCentralClient::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("300")}),
             qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_sandbox.baseUrl().path(), QStringLiteral("/services/v2/"));
}

void tst_CertCentralClient::init() {
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
}

void tst_CertCentralClient::configure(CertCentralClient &client, const QString &key) {
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(key);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    fast.maxAttempts = 4;
    client.setRetryPolicy(fast);
}

void tst_CertCentralClient::me() {
    CertCentralClient client;
    configure(client);
    auto *call = client.call(AccountEndpoints::me());
    ResultSpy<UserInfo> received(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(received.count(), 1);
    const auto user = received.result();
    QVERIFY(user.id > 0);
    QVERIFY(!user.email.isEmpty());
    QVERIFY(user.hasRole(QStringLiteral("admin")));
}

void tst_CertCentralClient::orderInfo() {
    CertCentralClient client;
    configure(client);
    // Order ids start at 100001; find an issued one through the sandbox's own listing.
    QByteArray body;
    QUrl url = m_sandbox.baseUrl().resolved(
        QUrl(QStringLiteral("order/certificate?filters[status]=issued&limit=1")));
    QCOMPARE(SandboxControl::get(url, TestSandbox::testKey().toUtf8(), &body), 200);
    const qint64 id = QJsonDocument::fromJson(body)
                          .object()
                          .value(QLatin1String("orders"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QLatin1String("id"))
                          .toInteger();
    QVERIFY(id > 100000);

    auto *call = client.call(OrderEndpoints::info(id));
    ResultSpy<Order> received(call);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(received.count(), 1);
    const auto order = received.result();
    QCOMPARE(order.id, id);
    QCOMPARE(order.status, QStringLiteral("issued"));
    QVERIFY(!order.commonName.isEmpty());
    QCOMPARE(order.serialNumber.size(), 32);
    QVERIFY(order.validFrom.isValid());
    QVERIFY(order.validTill > order.validFrom);
    QVERIFY(order.keySize > 0);
    QVERIFY(!order.requests.isEmpty());
}

void tst_CertCentralClient::orderInfoNotFound() {
    CertCentralClient client;
    configure(client);
    auto *call = client.call(OrderEndpoints::info(999999999));
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 404);
    QCOMPARE(error.code(), QStringLiteral("not_found|order"));
    QCOMPARE(call->attempts(), 1);
}

void tst_CertCentralClient::invalidKeyIsNotRetried() {
    CertCentralClient client;
    configure(client, QStringLiteral("not-a-key-the-sandbox-knows"));
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(error.code(), QStringLiteral("access_denied|access_denied_invalid_key"));
    QCOMPARE(retrying.count(), 0);
    QVERIFY(!error.message().isEmpty());
}

void tst_CertCentralClient::retriesAfter429_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("429") << 429 << "request_limit_exceeded";
    QTest::newRow("503") << 503 << "service_unavailable";
}

void tst_CertCentralClient::retriesAfter429() {
    QFETCH(int, status);
    QFETCH(QString, code);
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults(
                    {{QStringLiteral("fail_next"), QJsonObject{{QStringLiteral("status"), status},
                                                               {QStringLiteral("count"), 2}}}}));
    CertCentralClient client;
    configure(client);
    auto *call = client.call(AccountEndpoints::me());
    ResultSpy<UserInfo> received(call);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(retrying.count(), 2);
    QCOMPARE(retrying.first().first().value<ApiError>().httpStatus(), status);
    QCOMPARE(retrying.first().first().value<ApiError>().code(), code);
    QCOMPARE(received.count(), 1);
    QCOMPARE(call->attempts(), 3);
}

void tst_CertCentralClient::givesUpAfterBoundedRetries() {
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults(
                    {{QStringLiteral("fail_next"), QJsonObject{{QStringLiteral("status"), 503},
                                                               {QStringLiteral("count"), 50}}}}));
    CertCentralClient client;
    configure(client);
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 503);
    QCOMPARE(call->attempts(), client.retryPolicy().maxAttempts);
}

void tst_CertCentralClient::statusChanges_data() {
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("seven days") << 10080 << 0;
    QTest::newRow("one minute") << 1 << 0;
    QTest::newRow("past the cap") << 10081 << 400;
}

void tst_CertCentralClient::statusChanges() {
    QFETCH(int, minutes);
    QFETCH(int, httpStatus);
    CertCentralClient client;
    configure(client);
    auto *call = client.call(OrderEndpoints::statusChanges(minutes));
    ResultSpy<QList<StatusChange>> received(call);
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    if (httpStatus == 0) {
        QCOMPARE(received.count(), 1);
        const auto changes = received.result();
        for (const StatusChange &c : changes)
            QVERIFY(c.orderId > 100000);
    } else {
        QCOMPARE(failed.count(), 1);
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus(), httpStatus);
        QCOMPARE(error.code(), QStringLiteral("time_frame_too_long"));
    }
}

void tst_CertCentralClient::timeout() {
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 3000}}));
    CertCentralClient client;
    configure(client);
    client.setTimeoutMs(300);
    client.setRetryPolicy(RetryPolicy::none());
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Timeout);
}

void tst_CertCentralClient::connectionRefused() {
    // A port that was free a moment ago and has nobody listening now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    CertCentralClient client;
    configure(client);
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/services/v2/").arg(port)));
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Network);
    QCOMPARE(retrying.count(), client.retryPolicy().maxAttempts - 1);
}

void tst_CertCentralClient::httpsWithTheSandboxCa() {
    QVERIFY2(m_tlsSandbox.start(
                 {QStringLiteral("--orders"), QStringLiteral("10"), QStringLiteral("--tls")}),
             qPrintable(m_tlsSandbox.errorString()));
    QCOMPARE(m_tlsSandbox.baseUrl().scheme(), QStringLiteral("https"));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_tlsSandbox.caFile());
    QCOMPARE(ca.size(), 1);
    CertCentralClient client;
    configure(client);
    client.setBaseUrl(m_tlsSandbox.baseUrl());
    client.setExtraCaCertificates(ca);
    auto *call = client.call(AccountEndpoints::me());
    ResultSpy<UserInfo> received(call);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(received.count(), 1);
}

void tst_CertCentralClient::httpsWithoutTrustFails() {
    QVERIFY(m_tlsSandbox.baseUrl().isValid());
    CertCentralClient client;
    configure(client);
    client.setBaseUrl(m_tlsSandbox.baseUrl());
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy retrying(call, &ApiCall::retrying);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY2(error.message().contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(error.message()));
    QCOMPARE(retrying.count(), 0); // an untrusted certificate does not get better by retrying
}

void tst_CertCentralClient::abortReportsCancelled() {
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 2000}}));
    CertCentralClient client;
    configure(client);
    auto *call = client.call(AccountEndpoints::me());
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy finished(call, &ApiCall::finished);
    QTimer::singleShot(0, call, [call] { call->abort(); });
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Cancelled);
}

void tst_CertCentralClient::callDeletedBeforeItStartsIsDropped() {
    // A page that asks and is closed in the same turn of the event loop deletes its call before
    // the client starts it. The queued start goes with the call (it used to run on freed
    // memory: AddressSanitizer's heap-use-after-free in CertCentralClient::enqueue), and the
    // next call is served as usual.
    CertCentralClient client;
    configure(client);
    delete client.call(AccountEndpoints::me());
    auto *next = client.call(AccountEndpoints::me());
    ResultSpy<UserInfo> received(next);
    QSignalSpy finished(next, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(received.count(), 1);
    QCOMPARE(client.requestsInShortWindow(), 1); // the deleted call was never sent
}

void tst_CertCentralClient::aWriteWhoseReplyIsLostIsNotSentAgain() {
    CertCentralClient client;
    configure(client);
    // A read first, so the write goes out on a kept-alive connection: that is when Qt resends.
    ResultSpy<UserInfo> me(client.call(AccountEndpoints::me()));
    QVERIFY(me.wait(10000));
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("lose_reply_next"), 1}}));
    NewDomain domain;
    domain.name = QStringLiteral("lost-reply.example");
    domain.organizationId = 3001;
    auto *call = client.call(DomainEndpoints::create(domain));
    ResultSpy<qint64, QString> created(call);
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(created.count(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    // Not "already in this account" from a second, silent POST: the reply was lost.
    QVERIFY2(!error.hasCode(QStringLiteral("domain_exists")), qPrintable(error.message()));
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY(error.isOutcomeUnknown());
    QVERIFY2(error.message().contains(QLatin1String("not known whether")),
             qPrintable(error.message()));
    // The server applied the write exactly once.
    QByteArray body;
    QCOMPARE(SandboxControl::get(m_sandbox.baseUrl().resolved(
                                     QUrl(QStringLiteral("domain?filters[search]=%25lost-reply"))),
                                 TestSandbox::testKey().toUtf8(), &body),
             200);
    QCOMPARE(QJsonDocument::fromJson(body)
                 .object()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_CertCentralClient)
#include "tst_certcentralclient.moc"
