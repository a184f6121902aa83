#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

class SandboxBodyReader;

// The account's money as the Services API shows it: funds per container (balance,
// negative-balance limit, unpaid invoice amount), the balance adjustments behind them (List
// balance history), the stored payment profile, and the card checks for orders paid by card.
// Invoices and purchase orders live in DigiCert's console only: the API has no endpoints for
// them, so the sandbox keeps just the unpaid amount that finance/balance reports. All amounts
// are cents.
class SandboxFinance {
public:
    struct Funds {
        int containerId = 0;
        qint64 balance = 0;
        qint64 negativeLimit = 0;
        bool unlimited = false;
        qint64 unpaidInvoices = 0;
    };

    // One line of List balance history: exactly one of credit and debit is above zero.
    struct Adjustment {
        qint64 id = 0;
        int containerId = 0;
        qint64 credit = 0;
        qint64 debit = 0;
        QString transactionType;
        QString receiptId;          // empty: not shown
        qint64 transactionDate = 0; // seconds since the epoch, UTC
        qint64 balanceAfter = 0;
        qint64 orderId = 0;        // 0: not shown
        qint64 expirationDate = 0; // seconds since the epoch, UTC; 0: not shown
        QString note;              // empty: not shown
    };

    // An order the seeded history charged: the store passes a few recent seeded orders per
    // container, so the history's order ids exist.
    struct SeededSale {
        int containerId = 0;
        qint64 orderId = 0;
        qint64 date = 0;
        qint64 cents = 0;
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
    static constexpr qint64 kFirstAdjustmentId = 700001;

    static constexpr const char *kSaleType = "Sale from Account Balance";
    static constexpr const char *kRefundType = "Refund";
    static constexpr const char *kTransferType = "Transfer";
    static constexpr const char *kDepositType = "Credit Card Deposit";
    static constexpr const char *kCreditType = "Credit";

    // Funds, unpaid invoice amounts and a short history ending at the seeded balances.
    void seed(qint64 now, const std::vector<SeededSale> &sales);

    Funds *funds(int containerId);
    qint64 unpaidInvoiceBalance(int containerId) const;
    // What an order may still cost: balance + limit - unpaid invoices; -1 when unlimited.
    qint64 availableFunds(int containerId);
    // True when the container's funds cover cents (always with an unlimited negative balance).
    bool canCharge(int containerId, qint64 cents);
    // Takes an order's price from the container's balance and records the sale; false when it
    // would pass the negative limit (nothing changes then).
    bool charge(int containerId, qint64 cents, qint64 orderId, qint64 now);
    // Gives an order's payment back and records the refund.
    void refund(int containerId, qint64 cents, qint64 orderId, qint64 now);
    // Moves cents between two containers, recording a debit and a credit; false when the
    // source's funds do not cover it (nothing changes then).
    bool transfer(int fromContainerId, int toContainerId, qint64 cents, qint64 now);

    const std::vector<Adjustment> &adjustments() const { return m_adjustments; }

    QJsonObject balanceJson(int containerId);
    static QJsonObject adjustmentJson(const Adjustment &adjustment);
    // The stored card as order info echoes it under payment_profile.
    static QJsonObject paymentProfileJson();
    // The stored card as List payment profiles shows it. Never a full card number.
    static QJsonObject paymentProfileListEntry();

    // Reads credit_card and billing_address from the body (the reader records the first
    // problem). Returns false and fills *refusal for the documented test cards (declined, over
    // the card's limit); they are refused only once everything else is valid.
    static bool validateCard(SandboxBodyReader &body, qint64 today, Card *card,
                             CardRefusal *refusal);
    static bool luhn(const QString &digits);

    QJsonObject save() const;
    bool load(const QJsonObject &json, QString *error);

private:
    Adjustment &record(int containerId, qint64 signedCents, const QString &type, qint64 now);

    std::vector<Funds> m_funds;
    std::vector<Adjustment> m_adjustments;
    qint64 m_nextAdjustmentId = kFirstAdjustmentId;
};
