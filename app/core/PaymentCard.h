#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A card payment: the card and its billing address, checked before anything is sent (Luhn,
// expiry, CVV, address). The number and CVV are never logged or stored: callers register them
// with SecretRedactor while the request runs and clear() the object afterwards.
struct PaymentCard {
    Q_DECLARE_TR_FUNCTIONS(PaymentCard)

public:
    QString number; // as typed: spaces and dashes allowed
    int expirationMonth = 0;
    int expirationYear = 0;
    QString cvv;
    QString cardholderName;
    QString address;
    QString city;
    QString state;
    QString zip;
    QString country; // two letters

    static constexpr int kMaxName = 128;   // cardholder_name
    static constexpr int kMaxAddress = 64; // address, city, state
    static constexpr int kMaxZip = 128;

    static bool luhnValid(const QString &digits);
    QString digits() const;
    QString last4() const;
    // Empty when the card can be sent; else the message with *field set (the API's path).
    QString validate(const QDate &today, QString *field = nullptr) const;
    QJsonObject creditCardJson() const;
    QJsonObject billingAddressJson() const;
    void clear();
};
