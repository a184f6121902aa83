#include "core/StatusChange.h"

#include <QtTest>

class tst_StatusChange : public QObject {
    Q_OBJECT
private slots:
    void decode_data();
    void decode();
    void rejectsNonObjects();
};

void tst_StatusChange::decode_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("firstOrder");
    // The seed's example answer.
    QTest::newRow("seed example")
        << QByteArray(
               R"({"orders":[{"order_id":112233,"certificate_id":123456,"status":"issued"}]})")
        << 1 << qint64(112233);
    // The seed: "200 OK with an empty object" when nothing changed.
    QTest::newRow("nothing changed") << QByteArray("{}") << 0 << qint64(0);
    QTest::newRow("ids as strings, bad entries")
        << QByteArray(R"({"orders":[{"order_id":"5","status":"ISSUED"},{"status":"x"},7]})") << 1
        << qint64(5);
}

void tst_StatusChange::decode() {
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    QFETCH(qint64, firstOrder);
    QList<StatusChange> changes;
    QString error;
    QVERIFY(StatusChange::fromJson(body, &changes, &error));
    QCOMPARE(changes.size(), count);
    if (count > 0) {
        QCOMPARE(changes.first().orderId, firstOrder);
        QCOMPARE(changes.first().status, changes.first().status.toLower());
    }
}

void tst_StatusChange::rejectsNonObjects() {
    QList<StatusChange> changes;
    QString error;
    QVERIFY(!StatusChange::fromJson("[]", &changes, &error));
    QVERIFY(!StatusChange::fromJson("{\"orders\":", &changes, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StatusChange)
#include "tst_statuschange.moc"
