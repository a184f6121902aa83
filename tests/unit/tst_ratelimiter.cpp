#include "api/RateLimiter.h"

#include <QtTest>

class tst_RateLimiter : public QObject {
    Q_OBJECT
private slots:
    void admitsUpToTheLimit();
    void waitsForTheOldestToLeave();
    void longWindowBinds();
    void defaultsHaveAMargin();
};

void tst_RateLimiter::admitsUpToTheLimit() {
    RateLimiter limiter({{3, 1000}});
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(limiter.delayUntilAllowed(0), 0);
        limiter.record(0);
    }
    QVERIFY(limiter.delayUntilAllowed(0) > 0);
    QCOMPARE(limiter.usedInFirstWindow(0), 3);
}

void tst_RateLimiter::waitsForTheOldestToLeave() {
    RateLimiter limiter({{2, 1000}});
    limiter.record(0);
    limiter.record(400);
    const qint64 wait = limiter.delayUntilAllowed(500);
    QCOMPARE(wait, 501); // the request at 0 leaves the window after 1000
    QCOMPARE(limiter.delayUntilAllowed(500 + wait), 0);
    QCOMPARE(limiter.usedInFirstWindow(1001), 1);
}

void tst_RateLimiter::longWindowBinds() {
    RateLimiter limiter({{10, 100}, {15, 10000}});
    qint64 now = 0;
    int sent = 0;
    // Drive it like the client does: wait what it says, then send.
    while (sent < 16) {
        now += limiter.delayUntilAllowed(now);
        limiter.record(now);
        ++sent;
    }
    // The 16th request had to wait for the 10-second window.
    QVERIFY2(now >= 10000, qPrintable(QString::number(now)));
}

void tst_RateLimiter::defaultsHaveAMargin() {
    const QList<RateLimiter::Window> w = RateLimiter::certCentralWindows();
    QCOMPARE(w.size(), 2);
    QCOMPARE(w[0].limit, 100);
    QVERIFY(w[0].lengthMs >= 5000);
    QCOMPARE(w[1].limit, 1000);
    QVERIFY(w[1].lengthMs >= 180000);
}

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
