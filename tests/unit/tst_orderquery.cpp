#include "OrderQuery.h"

#include <QtTest>

class tst_OrderQuery : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void urlQuery();
};

void tst_OrderQuery::validate_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("mentions"); // empty: valid
    QTest::newRow("defaults") << ""
                              << "" << 1000 << "";
    QTest::newRow("issued, -valid_till") << "issued"
                                         << "-valid_till" << 500 << "";
    QTest::newRow("unknown status") << "active"
                                    << "" << 1000 << "Status";
    QTest::newRow("upper-case status") << "ISSUED"
                                       << "" << 1000 << "Status";
    QTest::newRow("unknown sort") << ""
                                  << "-price" << 1000 << "Sort";
    QTest::newRow("page too large") << ""
                                    << "" << 1001 << "1000";
    QTest::newRow("page zero") << ""
                               << "" << 0 << "1000";
}

void tst_OrderQuery::validate() {
    QFETCH(QString, status);
    QFETCH(QString, sort);
    QFETCH(int, pageSize);
    QFETCH(QString, mentions);
    OrderQuery q;
    q.status = status;
    q.sort = sort;
    q.pageSize = pageSize;
    const QString problem = q.validate();
    if (mentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void tst_OrderQuery::urlQuery() {
    OrderQuery q;
    q.status = QStringLiteral("issued");
    q.search = QStringLiteral("  a&b=c+d ");
    q.sort = QStringLiteral("-valid_till");
    const QUrlQuery query = q.toUrlQuery(2000);
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
    QCOMPARE(query.queryItemValue(QStringLiteral("offset")), QStringLiteral("2000"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[status]")), QStringLiteral("issued"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[search]"), QUrl::FullyDecoded),
             QStringLiteral("a&b=c+d"));
    QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-valid_till"));
}

QTEST_GUILESS_MAIN(tst_OrderQuery)
#include "tst_orderquery.moc"
