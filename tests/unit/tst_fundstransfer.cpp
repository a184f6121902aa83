#include "core/FundsTransfer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// FundsTransfer: the documented body of POST finance/transfer (three integers, nothing else)
// and the amounts a user may type. Refusals with the field named are in tst_badinput.
class tst_FundsTransfer : public QObject {
    Q_OBJECT
private slots:
    void bodyHasTheDocumentedFieldsOnly();
    void wholeAmounts_data();
    void wholeAmounts();
    void availableFundsBound();
};

void tst_FundsTransfer::bodyHasTheDocumentedFieldsOnly() {
    FundsTransfer t;
    t.fromContainerId = 608272;
    t.toContainerId = 608373;
    t.amount = QStringLiteral("1,000");
    QCOMPARE(t.validate(), QString());
    const QJsonObject body = QJsonDocument::fromJson(t.toJson()).object();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("amount"), QStringLiteral("from_container_id"),
                          QStringLiteral("to_container_id")}));
    // Documented as int: sent as JSON integers.
    QVERIFY(body.value(QStringLiteral("amount")).isDouble());
    QCOMPARE(body.value(QStringLiteral("amount")).toInteger(), 1000);
    QCOMPARE(body.value(QStringLiteral("from_container_id")).toInteger(), 608272);
    QCOMPARE(body.value(QStringLiteral("to_container_id")).toInteger(), 608373);
}

void tst_FundsTransfer::wholeAmounts_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("whole"); // -1: refused
    QTest::newRow("plain") << QStringLiteral("1000") << qint64(1000);
    QTest::newRow("comma groups") << QStringLiteral("1,000,000") << qint64(1000000);
    QTest::newRow("space groups") << QStringLiteral("25 000") << qint64(25000);
    QTest::newRow("zero cents") << QStringLiteral("1000.00") << qint64(1000);
    QTest::newRow("blanks around") << QStringLiteral("  12  ") << qint64(12);
    QTest::newRow("cents") << QStringLiteral("10.50") << qint64(-1);
    QTest::newRow("bad groups") << QStringLiteral("1,00") << qint64(-1);
    QTest::newRow("sign") << QStringLiteral("+5") << qint64(-1);
    QTest::newRow("word") << QStringLiteral("ten") << qint64(-1);
}

void tst_FundsTransfer::wholeAmounts() {
    QFETCH(QString, typed);
    QFETCH(qint64, whole);
    FundsTransfer t;
    t.amount = typed;
    qint64 value = -1;
    const bool ok = t.wholeAmount(&value);
    QCOMPARE(ok, whole >= 0);
    if (ok)
        QCOMPARE(value, whole);
}

void tst_FundsTransfer::availableFundsBound() {
    FundsTransfer t;
    t.fromContainerId = 1;
    t.toContainerId = 2;
    t.amount = QStringLiteral("2454");
    QCOMPARE(t.validate(nullptr, 245400), QString()); // exactly what is available
    t.amount = QStringLiteral("2455");
    QString field;
    QVERIFY(!t.validate(&field, 245400).isEmpty());
    QCOMPARE(field, QStringLiteral("amount"));
    QCOMPARE(t.validate(nullptr, -1), QString()); // unknown or unlimited: CertCentral decides
}

QTEST_GUILESS_MAIN(tst_FundsTransfer)
#include "tst_fundstransfer.moc"
