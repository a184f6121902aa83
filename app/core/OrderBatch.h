#pragma once

#include "core/Order.h"

#include <QByteArray>
#include <QList>

// One page of List orders, in the code a batch (a "page" here is a wizard page, a "screen" one
// of the main window's): the orders it held and the paging object.
struct OrderBatch {
    QList<Order> orders;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0; // entries that were not order objects with an id

    // Reads a whole reply body. Returns false with a reason for a body that is not a JSON
    // object; entries that cannot be read are counted in skipped, the rest are kept.
    static bool fromJson(const QByteArray &body, OrderBatch *out, QString *error);
};
