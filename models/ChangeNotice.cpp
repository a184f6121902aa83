#include "models/ChangeNotice.h"

#include "models/OrdersModel.h"

#include <QLocale>

bool ChangeNotice::inExpiryWindow(const Order &o, const QDate &today) {
    if (o.status != QLatin1String("issued") || !o.validTill.isValid() || o.validTill < today)
        return false;
    return today.daysTo(o.validTill) <= OrdersModel::kExpiringDays;
}

QString ChangeNotice::describe(const Order *before, const Order &after, const QDate &today) {
    const QString name =
        after.commonName.isEmpty() ? tr("order %1").arg(after.id) : after.commonName;
    if (after.status == QLatin1String("issued") && (!before || before->status != after.status))
        return tr("Certificate issued: %1 (order %2)").arg(name).arg(after.id);
    if (inExpiryWindow(after, today) && (!before || !inExpiryWindow(*before, today)))
        return tr("%1 expires on %2 (order %3)")
            .arg(name, QLocale().toString(after.validTill, QLocale::ShortFormat))
            .arg(after.id);
    if (before && before->status != after.status)
        return tr("Order %1 (%2) is now %3")
            .arg(after.id)
            .arg(name, OrdersModel::statusText(after.status));
    return {};
}
