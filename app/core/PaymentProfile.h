#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// A stored card of the account (GET finance/payment-profile, "List payment profiles" on the
// older dev.digicert.com pages): shown read only. The API gives only a shortened number; no
// other card detail is kept.
struct PaymentProfile {
    Q_DECLARE_TR_FUNCTIONS(PaymentProfile)

public:
    qint64 id = 0;
    bool isDefault = false;
    QString status;
    QString shortenedNumber; // "************1111"
    QString cardType;        // "visa"
    int expirationMonth = 0;
    int expirationYear = 0;
    QString cardholderName;
    QString label;
    QString billingEmail;

    // The last digits of the shortened number ("1111"); empty when it shows none.
    QString lastDigits() const;
    // "Visa ending 1111, expires 12/2027" (with the label when there is one).
    QString summary() const;
    // false for an entry without an id.
    static bool fromJson(const QJsonObject &json, PaymentProfile *out);
    // The profiles of a reply ({"profiles": [...], "page": {...}}); false, with a reason, for a
    // body that is not such an object.
    static bool listFromJson(const QByteArray &body, QList<PaymentProfile> *out, QString *error);
};

Q_DECLARE_METATYPE(PaymentProfile)
