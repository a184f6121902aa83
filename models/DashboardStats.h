#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

class OrdersModel;

// The dashboard's figures, computed from the loaded orders: counts by status, certificates
// expiring within 30 / 60 / 90 days, and expirations per month for the next twelve months.
struct DashboardStats {
    int total = 0;
    QMap<QString, int> byStatus;
    int expiring30 = 0; // issued, valid till from today to today + 30 days
    int expiring60 = 0;
    int expiring90 = 0;
    int pendingDcv = 0;  // pending orders: waiting for domain validation or approval
    QDate firstMonth;    // the first day of today's month
    QList<int> perMonth; // 12 counts: issued certificates whose valid till falls in month i

    static DashboardStats compute(const OrdersModel &orders, const QDate &today);
    // The first and last day of month i of the chart.
    QDate monthStart(int i) const { return firstMonth.addMonths(i); }
    QDate monthEnd(int i) const { return firstMonth.addMonths(i + 1).addDays(-1); }
};
