#include "core/OrderQuery.h"

#include <QtTest>

class tst_OrderQuery : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void urlQuery();
    void filtersInUrlQuery();
    void expiredIsIssuedBeforeToday();
    void validTillFilter_data();
    void validTillFilter();
    void rejectsBadFilters();
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
    // A leading % (%25 on the wire) makes CertCentral's exact search "contains".
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[search]"), QUrl::FullyDecoded),
             QStringLiteral("%a&b=c+d"));
    QVERIFY(query.toString(QUrl::FullyEncoded).contains(QLatin1String("filters[search]=%25a%26b")));
    QCOMPARE(query.queryItemValue(QStringLiteral("sort")), QStringLiteral("-valid_till"));
}

void tst_OrderQuery::expiredIsIssuedBeforeToday() {
    OrderQuery q;
    q.status = QStringLiteral("expired");
    q.today = QDate(2026, 12, 7);
    QCOMPARE(q.validate(), QString());
    QUrlQuery query = q.toUrlQuery(0);
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[status]")), QStringLiteral("issued"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[valid_till]"), QUrl::FullyDecoded),
             QStringLiteral("<2026-12-07"));
    // A range that ends later is cut at yesterday; one that ends earlier is kept.
    q.validTillFrom = QDate(2026, 1, 1);
    q.validTillTo = QDate(2027, 1, 1);
    QCOMPARE(q.validTillFilter(), QStringLiteral("2026-01-01...2026-12-06"));
    q.validTillTo = QDate(2026, 6, 30);
    QCOMPARE(q.validTillFilter(), QStringLiteral("2026-01-01...2026-06-30"));
    // Every other status is sent as it is, and none is "expired".
    for (const QString &status : OrderQuery::statuses()) {
        q.status = status;
        QVERIFY(q.apiStatus() != QLatin1String("expired"));
    }
}

void tst_OrderQuery::filtersInUrlQuery() {
    OrderQuery q;
    QVERIFY(!q.hasFilters());
    q.productNameId = QStringLiteral("ssl_basic");
    q.organizationId = 3028;
    q.containerId = 101;
    q.validTillFrom = QDate(2027, 1, 1);
    q.validTillTo = QDate(2027, 1, 31);
    QVERIFY(q.hasFilters());
    QVERIFY2(q.validate().isEmpty(), qPrintable(q.validate()));
    const QUrlQuery query = q.toUrlQuery(0);
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[product_name_id]")),
             QStringLiteral("ssl_basic"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[organization_id]")),
             QStringLiteral("3028"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[container_id]")), QStringLiteral("101"));
    QCOMPARE(query.queryItemValue(QStringLiteral("filters[valid_till]"), QUrl::FullyDecoded),
             QStringLiteral("2027-01-01...2027-01-31"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("filters[status]")));
}

void tst_OrderQuery::validTillFilter_data() {
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QDate() << QDate() << QString();
    QTest::newRow("range") << QDate(2027, 1, 1) << QDate(2027, 3, 31)
                           << QStringLiteral("2027-01-01...2027-03-31");
    QTest::newRow("one day") << QDate(2027, 1, 1) << QDate(2027, 1, 1)
                             << QStringLiteral("2027-01-01...2027-01-01");
    // "after" and "before" are strict in the API, so the open ends move by a day.
    QTest::newRow("from only") << QDate(2027, 3, 1) << QDate() << QStringLiteral(">2027-02-28");
    QTest::newRow("to only") << QDate() << QDate(2026, 12, 31) << QStringLiteral("<2027-01-01");
}

void tst_OrderQuery::validTillFilter() {
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, expected);
    OrderQuery q;
    q.validTillFrom = from;
    q.validTillTo = to;
    QCOMPARE(q.validTillFilter(), expected);
    QCOMPARE(q.toUrlQuery(0).hasQueryItem(QStringLiteral("filters[valid_till]")),
             !expected.isEmpty());
}

void tst_OrderQuery::rejectsBadFilters() {
    OrderQuery q;
    q.validTillFrom = QDate(2027, 2, 1);
    q.validTillTo = QDate(2027, 1, 1);
    QVERIFY(q.validate().contains(QStringLiteral("Valid till")));
    q = OrderQuery();
    q.productNameId = QStringLiteral("SSL Basic&x=1");
    QVERIFY(q.validate().contains(QStringLiteral("Product")));
    q = OrderQuery();
    q.organizationId = -3;
    QVERIFY(q.validate().contains(QStringLiteral("Organization")));
    q = OrderQuery();
    q.containerId = -1;
    QVERIFY(q.validate().contains(QStringLiteral("Container")));
}

QTEST_GUILESS_MAIN(tst_OrderQuery)
#include "tst_orderquery.moc"
