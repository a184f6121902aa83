#pragma once

#include "Invoice.h"
#include "PaymentCard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// Paying one or more invoices (decisions.md "invoices"): one POST finance/invoice/{id}/pay per
// invoice with {"payment_method":"profile"} (the stored card) or {"payment_method":"card",
// "credit_card":{...},"billing_address":{...}} and an optional vat_number. The card is checked
// by PaymentCard before anything is sent and never logged. Totals are summed in whole cents.
struct InvoicePayment {
    Q_DECLARE_TR_FUNCTIONS(InvoicePayment)

public:
    enum class Method { Profile, Card };

    // POST finance/invoice/{id}/pay replies with the receipt.
    struct Receipt {
        qint64 invoiceId = 0;
        QString status;
        QString amount;
        QString currency;
        QString paymentMethod;
        QString cardLast4;
        QString receiptId;
        // false, with a reason, when the body is not an object with an invoice id.
        static bool fromJson(const QByteArray &body, Receipt *out, QString *error);
    };

    QList<qint64> invoiceIds;
    Method method = Method::Profile;
    PaymentCard card; // Method::Card only
    QString vatNumber;

    static constexpr int kMaxVatNumber = 32;
    QString methodName() const; // "profile" or "card"
    // finance/invoice/{id}/pay
    static QString path(qint64 invoiceId);
    // Empty when the payment can be sent, else the message with *field set ("invoice_id",
    // "payment_method", "vat_number" or the card's credit_card.* / billing_address.*).
    QString validate(const QDate &today, QString *field = nullptr) const;
    // The body for each invoice (the same for all).
    QByteArray toJson() const;
    // The sum owed on these invoices in cents, all in one currency. False with a reason for
    // a paid invoice, an amount that is not decimal, or mixed currencies.
    static bool total(const QList<Invoice> &invoices, qint64 *cents, QString *currency,
                      QString *error);
};

Q_DECLARE_METATYPE(InvoicePayment::Receipt)
