#include "core/OrderCsv.h"

#include <QtTest>

class tst_OrderCsv : public QObject {
    Q_OBJECT
private slots:
    void escapeAndParseRoundTrip_data();
    void escapeAndParseRoundTrip();
    void valuesPerColumn();
    void columns();
};

void tst_OrderCsv::escapeAndParseRoundTrip_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << "shop.example.com"
                           << "shop.example.com";
    QTest::newRow("comma") << "Acme, Inc."
                           << "\"Acme, Inc.\"";
    QTest::newRow("quote") << "The \"Best\" Org"
                           << "\"The \"\"Best\"\" Org\"";
    QTest::newRow("newline") << "two\nlines"
                             << "\"two\nlines\"";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus") << "+1 555"
                          << "'+1 555";
    QTest::newRow("at") << "@cmd"
                        << "'@cmd";
    QTest::newRow("unicode") << "Zażółć Sp. z o.o."
                             << "Zażółć Sp. z o.o.";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_OrderCsv::escapeAndParseRoundTrip() {
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(OrderCsv::escape(cell), written);
    const QString text =
        OrderCsv::line({QStringLiteral("a"), cell, QStringLiteral("z")}) +
        OrderCsv::line({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    const QList<QStringList> rows = OrderCsv::parse(text);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), cell, QStringLiteral("z")}));
    QCOMPARE(rows.at(1).size(), 3);
}

void tst_OrderCsv::valuesPerColumn() {
    Order o;
    o.id = 100042;
    o.alternativeOrderId = QStringLiteral("alt-1");
    o.commonName = QStringLiteral("a.example.com");
    o.dnsNames = {QStringLiteral("a.example.com"), QStringLiteral("b.example.com")};
    o.productNameId = QStringLiteral("ssl_basic");
    o.status = QStringLiteral("issued");
    o.organizationName = QStringLiteral("Example Corp");
    o.containerName = QStringLiteral("EMEA");
    o.requesterName = QStringLiteral("Ada Admin");
    o.dateCreated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    o.validFrom = QDate(2026, 1, 3);
    o.validTill = QDate(2026, 12, 2);
    o.autoRenew = 0;
    const QDate today(2026, 11, 22);
    QCOMPARE(OrderCsv::value(o, QStringLiteral("order_id"), today), QStringLiteral("100042"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("sans"), today), QStringLiteral("1"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("date_created"), today),
             QStringLiteral("2026-01-02T03:04:05Z"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("valid_till"), today), QStringLiteral("2026-12-02"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("days_remaining"), today), QStringLiteral("10"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("auto_renew"), today), QStringLiteral("0"));
    QCOMPARE(OrderCsv::value(o, QStringLiteral("dns_names"), today),
             QStringLiteral("a.example.com b.example.com"));
    o.daysRemaining = 7; // the API's own figure wins
    QCOMPARE(OrderCsv::value(o, QStringLiteral("days_remaining"), today), QStringLiteral("7"));
    for (const QString &column : OrderCsv::allColumns())
        OrderCsv::value(o, column, today); // every column has a value function
}

void tst_OrderCsv::columns() {
    QVERIFY(OrderCsv::validateColumns(OrderCsv::defaultColumns()).isEmpty());
    QVERIFY(OrderCsv::validateColumns({QStringLiteral("order_id"), QStringLiteral("price")})
                .contains(QLatin1String("\"price\"")));
    QVERIFY(!OrderCsv::validateColumns({}).isEmpty());
    for (const QString &c : OrderCsv::defaultColumns())
        QVERIFY(OrderCsv::allColumns().contains(c));
}

QTEST_GUILESS_MAIN(tst_OrderCsv)
#include "tst_ordercsv.moc"
