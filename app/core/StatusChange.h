#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One entry of GET /order/certificate/status-changes.
struct StatusChange {
    qint64 orderId = 0;
    qint64 certificateId = 0;
    QString status;

    // {} (nothing changed) gives an empty list.
    static bool fromJson(const QByteArray &body, QList<StatusChange> *out, QString *error);
    // The API allows a window of 1 to 10080 minutes (seven days).
    static constexpr int kMaxMinutes = 10080;
};
