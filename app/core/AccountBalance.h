#pragma once

#include <QByteArray>
#include <QString>

// GET finance/balance. Amounts stay decimal strings as the API sends them (see Money).
struct AccountBalance {
    QString balance;
    QString currency;
    QString unpaidInvoiceBalance;
    QString negativeBalanceLimit;
    // used_credit_from_other_containers: what other divisions drew on this one's credit.
    QString usedCreditFromOtherContainers;
    QString totalAvailableFunds; // absent with an unlimited negative balance
    bool unlimitedNegativeBalance = false;

    // False, with a reason, when the body is not an object with a balance.
    static bool fromJson(const QByteArray &body, AccountBalance *out, QString *error);
};
