#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/StatusWatcher.h"
#include "core/StatusChange.h"

#include <QSet>
#include <QSignalSpy>
#include <QtTest>

// Background refresh against a sandbox: status-changes, then Order info for each change.
class tst_StatusWatcher : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void fetchesEveryChangedOrder();
    void windowIsCapped();
    void intervalBounds();

private:
    TestSandbox m_sandbox;
};

void tst_StatusWatcher::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("2000")}),
             qPrintable(m_sandbox.errorString()));
}

void tst_StatusWatcher::fetchesEveryChangedOrder() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(TestSandbox::testKey());
    StatusWatcher watcher(&client);
    QSignalSpy finished(&watcher, &StatusWatcher::pollFinished);
    QSignalSpy changed(&watcher, &StatusWatcher::orderChanged);
    watcher.pollNow(StatusChange::kMaxMinutes);
    QVERIFY(finished.wait(10000));
    const int changes = finished.first().first().toInt();
    QVERIFY2(changes > 0, "the seeded account has orders that changed this week");
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), changes, 10000);
    QSet<qint64> ids;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto order = args.first().value<Order>();
        QVERIFY(order.id > 100000);
        QVERIFY(!order.status.isEmpty());
        ids.insert(order.id);
    }
    QCOMPARE(ids.size(), changes);
}

void tst_StatusWatcher::windowIsCapped() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(TestSandbox::testKey());
    StatusWatcher watcher(&client);
    QSignalSpy finished(&watcher, &StatusWatcher::pollFinished);
    QSignalSpy failed(&watcher, &StatusWatcher::pollFailed);
    watcher.pollNow(999999); // more than the API allows: asked as 10080, not refused
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
}

void tst_StatusWatcher::intervalBounds() {
    CertCentralClient client;
    StatusWatcher watcher(&client);
    QCOMPARE(watcher.intervalMinutes(), 10);
    watcher.setIntervalMinutes(0);
    QCOMPARE(watcher.intervalMinutes(), 1);
    watcher.setIntervalMinutes(100000);
    QCOMPARE(watcher.intervalMinutes(), 1440);
    watcher.start();
    QVERIFY(watcher.isActive());
    watcher.stop();
    QVERIFY(!watcher.isActive());
}

QTEST_GUILESS_MAIN(tst_StatusWatcher)
#include "tst_statuswatcher.moc"
