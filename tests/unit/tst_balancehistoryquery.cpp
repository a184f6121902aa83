#include "core/BalanceHistoryQuery.h"

#include <QtTest>

// BalanceHistoryQuery: the query string of List balance history (documented names only) and
// the local type match. Refused dates are in tst_badinput.
class tst_BalanceHistoryQuery : public QObject {
    Q_OBJECT
private slots:
    void defaultQuery();
    void dateRange();
    void openRangeEndsToday();
    void typeMatch();
};

namespace {
const QDate kToday(2026, 12, 7);
}

void tst_BalanceHistoryQuery::defaultQuery() {
    const BalanceHistoryQuery q;
    const QUrlQuery u = q.urlQuery(0, kToday);
    QVERIFY(!u.hasQueryItem(QStringLiteral("container_id")));
    QVERIFY(!u.hasQueryItem(QStringLiteral("filters[transaction_date]")));
    QVERIFY(!u.hasQueryItem(QStringLiteral("filters[adjust_type]")));
    QCOMPARE(u.queryItemValue(QStringLiteral("sort")), QStringLiteral("-transaction_date"));
    QCOMPARE(u.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
    QCOMPARE(u.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
}

void tst_BalanceHistoryQuery::dateRange() {
    BalanceHistoryQuery q;
    q.containerId = 608272;
    QString error;
    QVERIFY(BalanceHistoryQuery::parseDate(QStringLiteral("2026-01-01"), QStringLiteral("From"),
                                           &q.from, &error));
    QVERIFY(BalanceHistoryQuery::parseDate(QStringLiteral(" 2026-01-31 "), QStringLiteral("To"),
                                           &q.to, &error));
    QCOMPARE(q.validate(kToday), QString());
    const QUrlQuery u = q.urlQuery(1000, kToday);
    QCOMPARE(u.queryItemValue(QStringLiteral("container_id")), QStringLiteral("608272"));
    QCOMPARE(u.queryItemValue(QStringLiteral("filters[transaction_date]")),
             QStringLiteral("2026-01-01...2026-01-31"));
    QCOMPARE(u.queryItemValue(QStringLiteral("offset")), QStringLiteral("1000"));
}

void tst_BalanceHistoryQuery::openRangeEndsToday() {
    BalanceHistoryQuery q;
    q.from = QDate(2026, 11, 1);
    QCOMPARE(q.urlQuery(0, kToday).queryItemValue(QStringLiteral("filters[transaction_date]")),
             QStringLiteral("2026-11-01...2026-12-07"));
    q.from = QDate();
    q.to = QDate(2025, 6, 30);
    QCOMPARE(q.urlQuery(0, kToday).queryItemValue(QStringLiteral("filters[transaction_date]")),
             QStringLiteral("2000-01-01...2025-06-30"));
}

void tst_BalanceHistoryQuery::typeMatch() {
    BalanceHistoryQuery q;
    QVERIFY(q.matchesType(QStringLiteral("Charge")));
    q.transactionType = QStringLiteral("credit card deposit");
    QVERIFY(q.matchesType(QStringLiteral("Credit Card Deposit")));
    QVERIFY(!q.matchesType(QStringLiteral("Credit")));
}

QTEST_GUILESS_MAIN(tst_BalanceHistoryQuery)
#include "tst_balancehistoryquery.moc"
