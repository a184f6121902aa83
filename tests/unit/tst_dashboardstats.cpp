#include "models/DashboardStats.h"
#include "models/OrdersModel.h"

#include <QtTest>

class tst_DashboardStats : public QObject {
    Q_OBJECT
private slots:
    void countsAndBuckets();
    void monthsOfTheChart();
};

namespace {
Order order(qint64 id, const QString &status, const QDate &validTill = {}) {
    Order o;
    o.id = id;
    o.commonName = QStringLiteral("o%1.example").arg(id);
    o.status = status;
    o.validTill = validTill;
    return o;
}
} // namespace

void tst_DashboardStats::countsAndBuckets() {
    const QDate today(2026, 11, 22);
    OrdersModel model;
    model.appendOrders(
        {order(1, "issued", today.addDays(10)), order(2, "issued", today.addDays(30)),
         order(3, "issued", today.addDays(31)), order(4, "issued", today.addDays(60)),
         order(5, "issued", today.addDays(90)), order(6, "issued", today.addDays(91)),
         order(7, "issued", today.addDays(-1)), // past: not expiring
         order(8, "revoked", today.addDays(5)), // not live
         order(9, "pending"), order(10, "pending"), order(11, "expired", today.addDays(-40)),
         order(12, "reissue_pending", today.addDays(20))});
    const DashboardStats s = DashboardStats::compute(model, today);
    QCOMPARE(s.total, 12);
    QCOMPARE(s.byStatus.value("issued"), 7);
    QCOMPARE(s.byStatus.value("pending"), 2);
    QCOMPARE(s.pendingDcv, 2);
    QCOMPARE(s.expiring30, 3); // 10, 30 days and the reissue at 20
    QCOMPARE(s.expiring60, 5); // + 31, 60
    QCOMPARE(s.expiring90, 6); // + 90
}

void tst_DashboardStats::monthsOfTheChart() {
    const QDate today(2026, 11, 22);
    OrdersModel model;
    model.appendOrders(
        {order(1, "issued", QDate(2026, 11, 30)), order(2, "issued", QDate(2026, 12, 1)),
         order(3, "issued", QDate(2027, 10, 31)), order(4, "issued", QDate(2027, 11, 1)),
         order(5, "issued", QDate(2026, 11, 1))}); // already past this month
    const DashboardStats s = DashboardStats::compute(model, today);
    QCOMPARE(s.perMonth.size(), 12);
    QCOMPARE(s.firstMonth, QDate(2026, 11, 1));
    QCOMPARE(s.perMonth.at(0), 1);  // Nov 2026 (only the one still ahead)
    QCOMPARE(s.perMonth.at(1), 1);  // Dec 2026
    QCOMPARE(s.perMonth.at(11), 1); // Oct 2027
    QCOMPARE(s.monthStart(1), QDate(2026, 12, 1));
    QCOMPARE(s.monthEnd(1), QDate(2026, 12, 31));
    int sum = 0;
    for (int c : s.perMonth)
        sum += c;
    QCOMPARE(sum, 3); // Nov 2027 is outside the twelve months
}

QTEST_GUILESS_MAIN(tst_DashboardStats)
#include "tst_dashboardstats.moc"
