#pragma once

#include "core/OrderContact.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

// What Order info adds to an order beyond the list fields, kept apart from Order so 100,000
// loaded orders don't carry it: notes, DCV settings and the people on the order.
struct OrderDetails {
    qint64 orderId = 0;
    QString comments;   // the note the order was placed with
    QString cancelNote; // why it was canceled
    QString dcvMethod;
    QString dcvScope; // base_domain or fqdn
    QString customRenewalMessage;
    qint64 renewalOfOrderId = 0;
    QDate orderValidTill; // the end of the order (plan); invalid when not sent
    QStringList additionalEmails;
    QString csProvisioningMethod; // code signing
    QString hardwareInitCode;     // code signing on a token: what initializes it
    QByteArray csr;               // the current certificate's CSR (PEM), when sent
    OrderContact requester;
    OrderContact organizationContact;
    OrderContact technicalContact;

    static OrderDetails fromJson(const QJsonObject &object);
};
