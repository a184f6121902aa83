#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderListJob.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

// Paging every order of a 2,500-order sandbox, with filters, sort, pacing and failures.
class tst_OrderListJob : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void loadsEveryPage();
    void filterByStatus();
    void searchFilter();
    void sortDescending();
    void emptyResult();
    void invalidQueryFailsBeforeSending();
    void pacedWithinTheServerLimit();
    void failedPageKeepsTheOthers();
    void cancel();

private:
    struct Result {
        QList<Order> orders;
        QList<qint64> totals;
        ApiError error;
        int pages = 0;
        bool finished = false;
    };
    Result run(CertCentralClient &client, const OrderQuery &query);
    void configure(CertCentralClient &client, const TestSandbox &sandbox);
    TestSandbox m_sandbox;
    QList<Order> m_all;
};

void tst_OrderListJob::configure(CertCentralClient &client, const TestSandbox &sandbox) {
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(TestSandbox::testKey());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 200;
    client.setRetryPolicy(fast);
}

tst_OrderListJob::Result tst_OrderListJob::run(CertCentralClient &client, const OrderQuery &query) {
    Result result;
    OrderListJob *job = client.startList<OrderListJob>(query);
    connect(job, &OrderListJob::pageLoaded, this,
            [&result](const QList<Order> &orders, qint64 loaded, qint64 total) {
                result.orders += orders;
                result.totals << total;
                ++result.pages;
                QCOMPARE(loaded, qint64(result.orders.size()));
            });
    connect(job, &OrderListJob::failed, this, [&result](const ApiError &e) { result.error = e; });
    QSignalSpy finished(job, &OrderListJob::finished);
    if (!finished.wait(60000))
        qWarning("the job did not finish");
    result.finished = finished.count() == 1;
    return result;
}

void tst_OrderListJob::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("2500")}),
             qPrintable(m_sandbox.errorString()));
    CertCentralClient client;
    configure(client, m_sandbox);
    const Result all = run(client, OrderQuery());
    QVERIFY(all.finished);
    m_all = all.orders;
}

void tst_OrderListJob::init() {
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
}

void tst_OrderListJob::loadsEveryPage() {
    QCOMPARE(m_all.size(), 2500);
    QSet<qint64> ids;
    qint64 previous = 0;
    for (const Order &o : m_all) {
        ids.insert(o.id);
        QVERIFY2(o.id > previous, "pages arrive in the server's order (id ascending)");
        previous = o.id;
    }
    QCOMPARE(ids.size(), 2500);
}

void tst_OrderListJob::filterByStatus() {
    int expected = 0;
    for (const Order &o : m_all)
        expected += o.status == QLatin1String("revoked");
    QVERIFY(expected > 0);
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.status = QStringLiteral("revoked");
    const Result r = run(client, query);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.orders.size(), expected);
    for (const Order &o : r.orders)
        QCOMPARE(o.status, QStringLiteral("revoked"));
}

void tst_OrderListJob::searchFilter() {
    const QString needle = m_all.at(1234).commonName.mid(2, 6);
    // CertDesk's search is "contains" on the common name (sent with a leading %25; List
    // orders searches the common name and e-mail, not the other names).
    int expected = 0;
    for (const Order &o : m_all)
        expected += o.commonName.contains(needle, Qt::CaseInsensitive);
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.search = needle;
    const Result r = run(client, query);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.orders.size(), expected);
}

void tst_OrderListJob::sortDescending() {
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.status = QStringLiteral("issued");
    query.sort = QStringLiteral("-valid_till");
    query.pageSize = 250;
    const Result r = run(client, query);
    QVERIFY(!r.error.isError());
    QVERIFY(r.pages > 2);
    for (int i = 1; i < r.orders.size(); ++i)
        QVERIFY2(r.orders[i - 1].validTill >= r.orders[i].validTill, "descending valid_till");
}

void tst_OrderListJob::emptyResult() {
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.search = QStringLiteral("no-such-name-anywhere.invalid");
    const Result r = run(client, query);
    QVERIFY(r.finished);
    QVERIFY(!r.error.isError());
    QCOMPARE(r.orders.size(), 0);
    QCOMPARE(r.totals, QList<qint64>{0});
}

void tst_OrderListJob::invalidQueryFailsBeforeSending() {
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.status = QStringLiteral("bogus");
    const Result r = run(client, query);
    QVERIFY(r.finished);
    QCOMPARE(r.error.kind(), ApiError::Kind::Usage);
    QVERIFY(r.error.message().contains(QLatin1String("bogus")));
    QCOMPARE(client.requestsInShortWindow(), 0);
}

void tst_OrderListJob::pacedWithinTheServerLimit() {
    // The sandbox allows 8 requests per 2 s; the client knows the same limit and must pace
    // 25 pages without a single 429.
    TestSandbox limited;
    QVERIFY2(limited.start({QStringLiteral("--orders"), QStringLiteral("2500"),
                            QStringLiteral("--rate-short"), QStringLiteral("8/2"),
                            QStringLiteral("--rate-long"), QStringLiteral("1000/180")},
                           true),
             qPrintable(limited.errorString()));
    CertCentralClient client;
    configure(client, limited);
    client.setRateLimits({{8, 2100}});
    client.setRetryPolicy(RetryPolicy::none()); // a 429 would fail the job
    OrderQuery query;
    query.pageSize = 100;
    const Result r = run(client, query);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.orders.size(), 2500);
}

void tst_OrderListJob::failedPageKeepsTheOthers() {
    // Two requests are allowed per minute: two of the three full pages arrive, the third gets
    // a 429 and, with no retries, stays missing.
    TestSandbox limited;
    QVERIFY2(limited.start({QStringLiteral("--orders"), QStringLiteral("3000"),
                            QStringLiteral("--rate-short"), QStringLiteral("2/60")},
                           true),
             qPrintable(limited.errorString()));
    CertCentralClient client;
    configure(client, limited);
    client.setRateLimits({});
    client.setRetryPolicy(RetryPolicy::none());
    const Result r = run(client, OrderQuery());
    QVERIFY(r.finished);
    QCOMPARE(r.error.httpStatus(), 429);
    QCOMPARE(r.error.code(), QStringLiteral("request_limit_exceeded"));
    QCOMPARE(r.orders.size(), 2000);
}

void tst_OrderListJob::cancel() {
    QVERIFY(SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 300}}));
    CertCentralClient client;
    configure(client, m_sandbox);
    OrderQuery query;
    query.pageSize = 100;
    OrderListJob *job = client.startList<OrderListJob>(query);
    QSignalSpy pages(job, &OrderListJob::pageLoaded);
    QSignalSpy failed(job, &OrderListJob::failed);
    QSignalSpy finished(job, &OrderListJob::finished);
    QVERIFY(pages.wait(10000));
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QVERIFY(pages.count() < 25);
}

QTEST_GUILESS_MAIN(tst_OrderListJob)
#include "tst_orderlistjob.moc"
