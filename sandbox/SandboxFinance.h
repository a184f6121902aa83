#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

class SandboxBodyReader;

// The account's money: funds per container (balance and negative-balance limit), invoices and
// purchase orders, and the card checks for card payments. All amounts are cents.
class SandboxFinance {
public:
    struct Funds {
        int containerId = 0;
        qint64 balance = 0;
        qint64 negativeLimit = 0;
        bool unlimited = false;
    };

    struct Invoice {
        int id = 0;
        QString number;
        QString status; // unpaid, paid
        qint64 amount = 0;
        int containerId = 100;
        qint64 dateCreated = 0;
        qint64 dueDay = 0;
        qint64 datePaid = 0;
        int purchaseOrderId = 0;
        QString description;
        QString paymentMethod; // card or profile once paid
        QString cardLast4;
        QString vatNumber;
        QString receiptId;
    };

    struct PurchaseOrder {
        int id = 0;
        QString number;
        QString status; // pending, approved, rejected
        qint64 amount = 0;
        int containerId = 100;
        qint64 dateCreated = 0;
        qint64 dateProcessed = 0;
        QString note;
        QString vatNumber;
        int invoiceId = 0;
        int requesterId = 0;
        QString rejectionReason;
    };

    // A card payment as checked by validateCard().
    struct Card {
        QString last4;
        QString brand;
    };
    // What the issuer says to a valid card that it refuses (a test card): 402 with this code.
    struct CardRefusal {
        QString code;
        QString message;
        bool isRefused() const { return !code.isEmpty(); }
    };

    static constexpr const char *kDeclinedTestCard = "4000000000000002";
    static constexpr const char *kOverLimitTestCard = "4000000000009995";
    static constexpr qint64 kMaxPurchaseOrderCents = 100000000; // 1,000,000.00

    void seed(qint64 now);

    Funds *funds(int containerId);
    qint64 unpaidInvoiceBalance(int containerId) const;
    // What an order may still cost: balance + limit - unpaid invoices; -1 when unlimited.
    qint64 availableFunds(int containerId);
    // Takes the amount from the container's balance; false when it would pass the negative
    // limit (nothing changes then).
    bool charge(int containerId, qint64 cents);
    void refund(int containerId, qint64 cents);

    std::vector<Invoice> &invoices() { return m_invoices; }
    Invoice *invoice(qint64 id);
    std::vector<PurchaseOrder> &purchaseOrders() { return m_purchaseOrders; }
    PurchaseOrder *purchaseOrder(qint64 id);
    PurchaseOrder &createPurchaseOrder(PurchaseOrder po, qint64 now);
    // DigiCert's side of a purchase order: approval turns it into an unpaid invoice and makes
    // the amount part of the balance; rejection only records the reason.
    Invoice &approvePurchaseOrder(PurchaseOrder &po, qint64 now);
    void rejectPurchaseOrder(PurchaseOrder &po, const QString &reason, qint64 now);
    void markPaid(Invoice &invoice, const QString &method, const QString &last4,
                  const QString &vatNumber, qint64 now);

    // Reads credit_card and billing_address from the body (the reader records the first
    // problem). Returns false and fills *refusal for the documented test cards (declined, over
    // the card's limit); they are refused only once everything else is valid.
    static bool validateCard(SandboxBodyReader &body, qint64 today, Card *card,
                             CardRefusal *refusal);
    static bool luhn(const QString &digits);

    QJsonObject balanceJson(int containerId);
    QJsonObject invoiceJson(const Invoice &invoice, bool detailed) const;
    QJsonObject purchaseOrderJson(const PurchaseOrder &po) const;
    static QJsonObject paymentProfileJson();

    QJsonObject save() const;
    bool load(const QJsonObject &json, QString *error);

private:
    std::vector<Funds> m_funds;
    std::vector<Invoice> m_invoices;
    std::vector<PurchaseOrder> m_purchaseOrders;
    int m_nextInvoiceId = 9001;
    int m_nextPurchaseOrderId = 8001;
    int m_nextReceipt = 1;
};
