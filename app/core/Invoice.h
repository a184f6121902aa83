#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// An invoice of the account (decisions.md "invoices": GET finance/invoice, paged, and GET
// finance/invoice/{id}). Amounts stay decimal strings as the API sends them (see Money).
struct Invoice {
    Q_DECLARE_TR_FUNCTIONS(Invoice)

public:
    struct LineItem {
        QString description;
        qint64 quantity = 0;
        QString amount;
    };

    qint64 id = 0;
    QString number; // invoice_number, "INV-2026-009004"
    QString status; // paid or unpaid
    QString amount;
    QString amountDue;
    QString currency;
    qint64 containerId = 0;
    QString containerName;
    QDateTime dateCreated;
    QDate dueDate;
    QDateTime datePaid;
    qint64 purchaseOrderId = 0;
    QString purchaseOrderNumber;
    // GET finance/invoice/{id} only.
    QString description;
    QList<LineItem> lineItems;
    QString paymentMethod; // card or profile
    QString receiptId;
    QString cardLast4;
    QString vatNumber;

    bool isPaid() const { return status == QLatin1String("paid"); }
    // What is still owed in cents: amount_due, else the amount of an unpaid invoice. False
    // when neither is a decimal amount.
    bool dueCents(qint64 *cents) const;
    // false for an entry without a positive id.
    static bool fromJson(const QJsonObject &json, Invoice *out);
    static bool fromJson(const QByteArray &body, Invoice *out, QString *error);
};

// One page of GET finance/invoice: entries without an id are skipped and counted.
struct InvoicePage {
    QList<Invoice> invoices;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0;

    static bool fromJson(const QByteArray &body, InvoicePage *out, QString *error);
};

Q_DECLARE_METATYPE(Invoice)
Q_DECLARE_METATYPE(InvoicePage)
