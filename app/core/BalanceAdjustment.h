#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One entry of the balance history (GET finance/balance-history, "List balance history" on
// dev.digicert.com): a credit or a debit of a division's funds. Invoices exist only in the
// CertCentral console; their payments show here as credits with a note ("Payment for invoice
// #100001"). Amounts stay decimal strings as the API sends them (see Money).
struct BalanceAdjustment {
    QString id;
    qint64 containerId = 0;
    QString containerName;
    QString credit; // exactly one of credit and debit is set
    QString debit;
    QString transactionType; // "Charge", "Credit Card Deposit", "Credit", ...
    QString receiptId;
    QDateTime transactionDate; // "2021-01-21 15:21:34", read as UTC
    QString balanceAfter;
    QString orderId;
    QDateTime expirationDate;
    QString note;
    QString currency;

    // The signed amount in cents: credits positive, debits negative. False when neither is
    // a decimal amount.
    bool signedCents(qint64 *cents) const;
    // false for an entry without an id or without an amount.
    static bool fromJson(const QJsonObject &json, BalanceAdjustment *out);
};

// One page of GET finance/balance-history: entries that cannot be read are skipped and counted.
struct BalanceHistoryBatch {
    QList<BalanceAdjustment> adjustments;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0;

    static bool fromJson(const QByteArray &body, BalanceHistoryBatch *out, QString *error);
};

Q_DECLARE_METATYPE(BalanceAdjustment)
Q_DECLARE_METATYPE(BalanceHistoryBatch)
