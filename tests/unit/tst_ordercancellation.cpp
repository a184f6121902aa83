#include "core/OrderCancellation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// OrderCancellation: a note is required; the body is decisions.md's {"status":"canceled","note"}.
class tst_OrderCancellation : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void json();
};

void tst_OrderCancellation::validation_data() {
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("field");
    QTest::newRow("fine") << qint64(100001) << "ordered twice"
                          << "";
    QTest::newRow("no order") << qint64(0) << "ordered twice"
                              << "order_id";
    QTest::newRow("no note") << qint64(100001) << ""
                             << "note";
    QTest::newRow("blank note") << qint64(100001) << "   "
                                << "note";
    QTest::newRow("long note") << qint64(100001) << QString(1025, QLatin1Char('n')) << "note";
    QTest::newRow("1024 characters") << qint64(100001) << QString(1024, QLatin1Char('n')) << "";
}

void tst_OrderCancellation::validation() {
    QFETCH(qint64, orderId);
    QFETCH(QString, note);
    QFETCH(QString, field);
    OrderCancellation c;
    c.orderId = orderId;
    c.note = note;
    QString got;
    const QString message = c.validate(&got);
    QCOMPARE(message.isEmpty(), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(got, field);
}

void tst_OrderCancellation::json() {
    OrderCancellation c;
    c.orderId = 100001;
    c.note = QStringLiteral("  ordered twice ");
    QCOMPARE(QJsonDocument::fromJson(c.toJson()).object(),
             (QJsonObject{{"status", "canceled"}, {"note", "ordered twice"}}));
}

QTEST_GUILESS_MAIN(tst_OrderCancellation)
#include "tst_ordercancellation.moc"
