#pragma once

#include "core/Order.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// What a person should be told when an order changed: "issued", or "entered its 30-day
// window". Empty when nothing is worth a notification.
class ChangeNotice {
    Q_DECLARE_TR_FUNCTIONS(ChangeNotice)

public:
    // before: the order as it was (nullptr when it was not loaded).
    static QString describe(const Order *before, const Order &after, const QDate &today);
    static bool inExpiryWindow(const Order &order, const QDate &today);
};
