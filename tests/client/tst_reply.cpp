#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "services/AccountService.h"
#include "services/Await.h"
#include "services/DomainService.h"
#include "services/OrderService.h"

#include <QtTest>

// The front door the GUI and the CLI use: a service starts a request, the Reply hands out its
// typed result, failure and end, and can be stopped, detached or forgotten; Await waits on it.
// Against a real sandbox over loopback HTTP.
class tst_Reply : public QObject {
    Q_OBJECT
public:
    // A receiver whose member functions take all, some or none of a result's values.
    struct Receiver : QObject {
        qint64 loaded = -1;
        int pages = 0;
        int ends = 0;
        void onPage(const QList<Domain> &, qint64 soFar) {
            ++pages;
            loaded = soFar;
        }
        void onEnd() { ++ends; }
    };

private slots:
    void initTestCase();
    void init();
    void deliversTheTypedResultThenFinishes();
    void handlersMayTakeFewerValuesOrBeMembers();
    void failureCarriesTheApiError();
    void abortFailsWithCancelledAndEnds();
    void cancelDropsTheReceiverAndStops();
    void detachLetsTheRequestRunWithoutTheReceiver();
    void notRunningAfterTheEndAndConnectingThenDoesNothing();
    void awaitWaitsForEveryPage();

private:
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
};

void tst_Reply::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("30")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    RetryPolicy fast;
    fast.baseDelayMs = 10;
    fast.maxDelayMs = 50;
    fast.maxAttempts = 1;
    m_client->setRetryPolicy(fast);
}

void tst_Reply::init() {
    QVERIFY(SandboxControl(m_sandbox.faultsUrl()).clearFaults());
}

void tst_Reply::deliversTheTypedResultThenFinishes() {
    QObject receiver;
    QStringList events;
    UserInfo user;
    const Reply<UserInfo> reply = AccountService(m_client.get()).me();
    QVERIFY(reply.isRunning());
    reply
        .onResult(&receiver,
                  [&](const UserInfo &u) {
                      user = u;
                      events << QStringLiteral("result");
                  })
        .onFailed(&receiver, [&](const ApiError &) { events << QStringLiteral("failed"); })
        .onFinished(&receiver, [&] { events << QStringLiteral("finished"); });
    QTRY_COMPARE(events, (QStringList{QStringLiteral("result"), QStringLiteral("finished")}));
    QVERIFY(!user.email.isEmpty());
}

void tst_Reply::handlersMayTakeFewerValuesOrBeMembers() {
    Receiver receiver;
    int bare = 0;
    const auto reply = DomainService(m_client.get()).list();
    reply.onResult(&receiver, &Receiver::onPage);   // two of the three values
    reply.onResult(&receiver, [&bare] { ++bare; }); // none of them
    reply.onFinished(&receiver, &Receiver::onEnd);
    QTRY_COMPARE(receiver.ends, 1);
    QVERIFY(receiver.pages > 0);
    QCOMPARE(bare, receiver.pages);
    QVERIFY(receiver.loaded > 0);
}

void tst_Reply::failureCarriesTheApiError() {
    ApiError failure;
    bool resulted = false;
    QObject receiver;
    const auto reply = OrderService(m_client.get()).info(987654321);
    reply.onResult(&receiver, [&](const Order &) { resulted = true; });
    reply.onFailed(&receiver, [&](const ApiError &e) { failure = e; });
    QTRY_VERIFY(failure.isError());
    QVERIFY(!resulted);
    QCOMPARE(failure.httpStatus(), 404);
}

void tst_Reply::abortFailsWithCancelledAndEnds() {
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 2000}}));
    QObject receiver;
    ApiError failure;
    bool ended = false;
    const auto reply = AccountService(m_client.get()).me();
    reply.onFailed(&receiver, [&](const ApiError &e) { failure = e; });
    reply.onFinished(&receiver, [&] { ended = true; });
    QTimer::singleShot(50, &receiver, [reply] { reply.abort(); });
    QTRY_VERIFY(ended);
    QCOMPARE(failure.kind(), ApiError::Kind::Cancelled);
    QTRY_VERIFY(!reply.isRunning()); // the call deletes itself after finished()
}

void tst_Reply::cancelDropsTheReceiverAndStops() {
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 2000}}));
    QObject receiver;
    QObject watcher;
    int heard = 0;
    bool ended = false;
    const auto reply = AccountService(m_client.get()).me();
    reply.onFailed(&receiver, [&](const ApiError &) { ++heard; });
    reply.onFinished(&receiver, [&] { ++heard; });
    reply.onFinished(&watcher, [&] { ended = true; });
    QTimer::singleShot(50, &watcher, [&] { reply.cancel(&receiver); });
    QTRY_VERIFY(ended);
    QCOMPARE(heard, 0);
}

void tst_Reply::detachLetsTheRequestRunWithoutTheReceiver() {
    QObject receiver;
    QObject watcher;
    bool heard = false;
    bool delivered = false;
    const auto reply = AccountService(m_client.get()).me();
    reply.onResult(&receiver, [&](const UserInfo &) { heard = true; });
    reply.onResult(&watcher, [&](const UserInfo &) { delivered = true; });
    reply.detach(&receiver);
    QTRY_VERIFY(delivered); // not stopped: a write sent is never stopped by a closing screen
    QVERIFY(!heard);
}

void tst_Reply::notRunningAfterTheEndAndConnectingThenDoesNothing() {
    auto reply = AccountService(m_client.get()).me();
    ApiError error;
    QVERIFY(Await::finished(reply, &error));
    QTRY_VERIFY(!reply.isRunning());
    QObject receiver;
    bool called = false;
    reply.onFinished(&receiver, [&] { called = true; });
    reply.abort();                   // nothing to stop: harmless
    QVERIFY(Await::finished(reply)); // returns at once
    QVERIFY(!called);

    auto other = AccountService(m_client.get()).me();
    other.reset(); // forgotten, not stopped
    QVERIFY(!other.isRunning());
}

void tst_Reply::awaitWaitsForEveryPage() {
    QList<Order> orders;
    ApiError error;
    OrderQuery query;
    query.pageSize = 7; // 30 orders: five pages
    QVERIFY(Await::pages(OrderService(m_client.get()).list(query), &orders, &error));
    QCOMPARE(orders.size(), 30);

    UserInfo user;
    QVERIFY(Await::result(AccountService(m_client.get()).me(), &user, &error));
    QVERIFY(!user.email.isEmpty());

    std::tuple<QByteArray, QString> download;
    QVERIFY(!Await::results(OrderService(m_client.get()).download(987654321, "pem_all"), &download,
                            &error));
    QVERIFY(error.isError());
}

QTEST_GUILESS_MAIN(tst_Reply)
#include "tst_reply.moc"
