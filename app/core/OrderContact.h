#pragma once

#include <QJsonObject>
#include <QString>

// A person named on an order: its organization or technical contact, or the requester.
struct OrderContact {
    QString firstName;
    QString lastName;
    QString email;
    QString jobTitle;
    QString telephone;

    static OrderContact fromJson(const QJsonObject &object);
    bool isEmpty() const { return firstName.isEmpty() && lastName.isEmpty() && email.isEmpty(); }
    QString name() const;
    // "Ada Admin, CTO <ada@example.com>, +1 555 0100" with the parts that are known.
    QString summary() const;
};
