#include "api/RetryPolicy.h"

#include <QtTest>

class tst_RetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void readsRetryWritesDoNot();
    void boundedCount();
    void delaysGrowWithJitterAndCap();
};

void tst_RetryPolicy::readsRetryWritesDoNot() {
    const RetryPolicy p;
    const ApiError unavailable = ApiError::fromHttp(503, {});
    QVERIFY(p.shouldRetry(unavailable, 1, true));
    QVERIFY(!p.shouldRetry(unavailable, 1, false));
    QVERIFY(!p.shouldRetry(ApiError::fromHttp(400, {}), 1, true));
    QVERIFY(!RetryPolicy::none().shouldRetry(unavailable, 1, true));
}

void tst_RetryPolicy::boundedCount() {
    RetryPolicy p;
    p.maxAttempts = 3;
    const ApiError e = ApiError::network(QStringLiteral("reset"));
    QVERIFY(p.shouldRetry(e, 1, true));
    QVERIFY(p.shouldRetry(e, 2, true));
    QVERIFY(!p.shouldRetry(e, 3, true));
}

void tst_RetryPolicy::delaysGrowWithJitterAndCap() {
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    p.jitter = 0.5;
    QCOMPARE(p.delayMs(1, 0.5), 100);
    QCOMPARE(p.delayMs(2, 0.5), 200);
    QCOMPARE(p.delayMs(3, 0.5), 400);
    QCOMPARE(p.delayMs(1, 0.0), 50);
    QCOMPARE(p.delayMs(1, 1.0), 150);
    QCOMPARE(p.delayMs(10, 0.5), 1000);
    QVERIFY(p.delayMs(10, 1.0) <= 1000);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
