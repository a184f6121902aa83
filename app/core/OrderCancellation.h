#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Cancels a pending order, an order waiting for pickup or a pending reissue (PUT
// order/certificate/{order_id}/status with {"status":"canceled","note":...}, decisions.md).
struct OrderCancellation {
    Q_DECLARE_TR_FUNCTIONS(OrderCancellation)

public:
    qint64 orderId = 0;
    QString note; // why; CertCentral requires it

    static constexpr int kMaxNote = 1024;
    // Empty when it can be sent, else the message with *field set ("order_id" or "note").
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;
};
