#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// A purchase order: a request to DigiCert to add funds, invoiced once approved (decisions.md
// "invoices": GET finance/purchase-order, paged; POST finance/purchase-order replies with the
// new one). Amounts stay decimal strings (see Money).
struct PurchaseOrder {
    Q_DECLARE_TR_FUNCTIONS(PurchaseOrder)

public:
    qint64 id = 0;
    QString number; // po_number, "PO-8007"
    QString status; // pending, approved, rejected
    QString amount;
    QString currency;
    qint64 containerId = 0;
    QString containerName;
    QDateTime dateCreated;
    QString note;
    QString vatNumber;
    qint64 requesterId = 0;
    QDateTime dateProcessed;
    qint64 invoiceId = 0; // once approved
    QString rejectionReason;

    // false for an entry without a positive id. Reads "invoice": {"id"} and the create
    // reply's "invoice_id" alike.
    static bool fromJson(const QJsonObject &json, PurchaseOrder *out);
    static bool fromJson(const QByteArray &body, PurchaseOrder *out, QString *error);
};

// One page of GET finance/purchase-order.
struct PurchaseOrderPage {
    QList<PurchaseOrder> purchaseOrders;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0;

    static bool fromJson(const QByteArray &body, PurchaseOrderPage *out, QString *error);
};

Q_DECLARE_METATYPE(PurchaseOrder)
Q_DECLARE_METATYPE(PurchaseOrderPage)
