#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

// What can be done about an order's domain control validation through the API, and what
// CertCentral answered: a new method's random value, the order's value, a check's outcome or
// resent e-mails.
enum class OrderDcvAction { ChangeMethod, RandomValue, Check, ResendEmails };

struct OrderDcvResult {
    OrderDcvAction action = OrderDcvAction::RandomValue;
    QString randomValue; // ChangeMethod to a token method, RandomValue
    QDateTime expires;
    QString orderStatus; // Check: the order's status afterwards (issued when it is done)
    QString dcvStatus;   // Check: valid when every name is proven
    QStringList approvedNames;
    qint64 certificateId = 0; // Check: set when the order was issued
};

Q_DECLARE_METATYPE(OrderDcvResult)
