#include "models/ChangeNotice.h"

#include <QtTest>

class tst_ChangeNotice : public QObject {
    Q_OBJECT
private slots:
    void describe_data();
    void describe();
};

namespace {
Order make(const QString &status, int daysLeft) {
    Order o;
    o.id = 7;
    o.commonName = QStringLiteral("shop.example.com");
    o.status = status;
    o.validTill = QDate(2026, 11, 22).addDays(daysLeft);
    return o;
}
} // namespace

void tst_ChangeNotice::describe_data() {
    QTest::addColumn<QString>("beforeStatus"); // empty: not loaded before
    QTest::addColumn<int>("beforeDays");
    QTest::addColumn<QString>("afterStatus");
    QTest::addColumn<int>("afterDays");
    QTest::addColumn<QString>("mentions"); // empty: no notice
    QTest::newRow("pending -> issued")
        << "pending" << 300 << "issued" << 300 << "Certificate issued";
    QTest::newRow("new and issued") << "" << 0 << "issued" << 300 << "Certificate issued";
    QTest::newRow("enters the window") << "issued" << 31 << "issued" << 30 << "expires on";
    QTest::newRow("already in the window") << "issued" << 20 << "issued" << 19 << "";
    QTest::newRow("revoked") << "issued" << 100 << "revoked" << 100 << "is now Revoked";
    QTest::newRow("nothing changed") << "issued" << 100 << "issued" << 100 << "";
}

void tst_ChangeNotice::describe() {
    QFETCH(QString, beforeStatus);
    QFETCH(int, beforeDays);
    QFETCH(QString, afterStatus);
    QFETCH(int, afterDays);
    QFETCH(QString, mentions);
    const QDate today(2026, 11, 22);
    const Order before = make(beforeStatus, beforeDays);
    const QString text = ChangeNotice::describe(beforeStatus.isEmpty() ? nullptr : &before,
                                                make(afterStatus, afterDays), today);
    if (mentions.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(mentions) && text.contains(QLatin1String("rder 7")),
                 qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_ChangeNotice)
#include "tst_changenotice.moc"
