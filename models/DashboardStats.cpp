#include "models/DashboardStats.h"

#include "models/OrdersModel.h"

DashboardStats DashboardStats::compute(const OrdersModel &orders, const QDate &today) {
    DashboardStats s;
    s.firstMonth = QDate(today.year(), today.month(), 1);
    s.perMonth = QList<int>(12, 0);
    const QDate chartEnd = s.firstMonth.addMonths(12);
    s.total = orders.rowCount();
    for (int r = 0; r < s.total; ++r) {
        const Order &o = orders.orderAt(r);
        ++s.byStatus[o.status];
        if (o.status == QLatin1String("pending"))
            ++s.pendingDcv;
        const bool live =
            o.status == QLatin1String("issued") || o.status == QLatin1String("reissue_pending");
        if (!live || !o.validTill.isValid() || o.validTill < today)
            continue;
        const qint64 days = today.daysTo(o.validTill);
        s.expiring30 += days <= 30;
        s.expiring60 += days <= 60;
        s.expiring90 += days <= 90;
        if (o.validTill < chartEnd) {
            const int month = (o.validTill.year() - s.firstMonth.year()) * 12 +
                              (o.validTill.month() - s.firstMonth.month());
            if (month >= 0 && month < 12)
                ++s.perMonth[month];
        }
    }
    return s;
}
