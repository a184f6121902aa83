#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A purchase order to send: POST finance/purchase-order with {"amount":"1234.50",
// "container":{"id"},"note","vat_number"} (decisions.md "invoices"). The amount is a decimal
// string from 0.01 to 1,000,000.00 with at most two decimals, checked in whole cents.
struct NewPurchaseOrder {
    Q_DECLARE_TR_FUNCTIONS(NewPurchaseOrder)

public:
    QString amount;
    qint64 containerId = 0; // 0: the caller's container
    QString note;
    QString vatNumber;

    static constexpr qint64 kMinCents = 1;
    static constexpr qint64 kMaxCents = 100000000; // 1,000,000.00
    static constexpr int kMaxNote = 512;
    static constexpr int kMaxVatNumber = 32;

    // The amount in cents when it is valid.
    bool cents(qint64 *out) const;
    // Empty when it can be sent, else the message with *field set ("amount", "container.id",
    // "note", "vat_number").
    QString validate(QString *field = nullptr) const;
    // The amount is sent with two decimals ("1234.5" -> "1234.50").
    QByteArray toJson() const;
};
