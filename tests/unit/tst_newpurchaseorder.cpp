#include "NewPurchaseOrder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// NewPurchaseOrder: the amount (0.01 to 1,000,000.00, two decimals at most, in cents), the
// VAT number and note, and the body the sandbox expects.
class tst_NewPurchaseOrder : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void json();
};

void tst_NewPurchaseOrder::validation_data() {
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("field");
    QTest::newRow("fine") << "1234.50"
                          << ""
                          << ""
                          << "";
    QTest::newRow("one decimal") << "1234.5"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("whole") << "10"
                           << "DE123456789"
                           << "Q2"
                           << "";
    QTest::newRow("smallest") << "0.01"
                              << ""
                              << ""
                              << "";
    QTest::newRow("largest") << "1000000.00"
                             << ""
                             << ""
                             << "";
    QTest::newRow("over the limit") << "1000000.01"
                                    << ""
                                    << ""
                                    << "amount";
    QTest::newRow("far over") << "99999999"
                              << ""
                              << ""
                              << "amount";
    QTest::newRow("zero") << "0.00"
                          << ""
                          << ""
                          << "amount";
    QTest::newRow("negative") << "-5.00"
                              << ""
                              << ""
                              << "amount";
    QTest::newRow("three decimals") << "12.345"
                                    << ""
                                    << ""
                                    << "amount";
    QTest::newRow("comma") << "1,234.50"
                           << ""
                           << ""
                           << "amount";
    QTest::newRow("exponent") << "1e3"
                              << ""
                              << ""
                              << "amount";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "amount";
    QTest::newRow("text") << "lots"
                          << ""
                          << ""
                          << "amount";
    QTest::newRow("vat symbols") << "10"
                                 << "DE;drop"
                                 << ""
                                 << "vat_number";
    QTest::newRow("vat long") << "10" << QString(33, QLatin1Char('9')) << ""
                              << "vat_number";
    QTest::newRow("note long") << "10"
                               << "" << QString(513, QLatin1Char('n')) << "note";
}

void tst_NewPurchaseOrder::validation() {
    QFETCH(QString, amount);
    QFETCH(QString, vat);
    QFETCH(QString, note);
    QFETCH(QString, field);
    NewPurchaseOrder po;
    po.amount = amount;
    po.vatNumber = vat;
    po.note = note;
    QString got;
    const QString message = po.validate(&got);
    QCOMPARE(message.isEmpty(), field.isEmpty());
    if (!field.isEmpty()) {
        QCOMPARE(got, field);
        if (field == QLatin1String("amount"))
            QVERIFY2(message.contains(QLatin1String("1000000.00")), qPrintable(message));
    }
}

void tst_NewPurchaseOrder::json() {
    NewPurchaseOrder po;
    po.amount = QStringLiteral(" 1234.5 ");
    qint64 cents = 0;
    QVERIFY(po.cents(&cents));
    QCOMPARE(cents, 123450);
    QCOMPARE(QJsonDocument::fromJson(po.toJson()).object(), (QJsonObject{{"amount", "1234.50"}}));
    po.containerId = 102;
    po.note = QStringLiteral(" Q2 ");
    po.vatNumber = QStringLiteral("DE123");
    QCOMPARE(QJsonDocument::fromJson(po.toJson()).object(),
             (QJsonObject{{"amount", "1234.50"},
                          {"container", QJsonObject{{"id", 102}}},
                          {"note", "Q2"},
                          {"vat_number", "DE123"}}));
}

QTEST_GUILESS_MAIN(tst_NewPurchaseOrder)
#include "tst_newpurchaseorder.moc"
