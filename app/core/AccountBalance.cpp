#include "core/AccountBalance.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

bool AccountBalance::fromJson(const QByteArray &body, AccountBalance *out, QString *error) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    AccountBalance b;
    b.balance = JsonRead::decimal(o.value(QLatin1String("balance")));
    if (b.balance.isEmpty()) {
        *error = QCoreApplication::translate("AccountBalance", "The reply has no balance");
        return false;
    }
    b.currency = JsonRead::string(o.value(QLatin1String("currency")));
    b.unpaidInvoiceBalance = JsonRead::decimal(o.value(QLatin1String("unpaid_invoice_balance")));
    b.negativeBalanceLimit = JsonRead::decimal(o.value(QLatin1String("negative_balance_limit")));
    b.usedCreditFromOtherContainers =
        JsonRead::decimal(o.value(QLatin1String("used_credit_from_other_containers")));
    b.totalAvailableFunds = JsonRead::decimal(o.value(QLatin1String("total_available_funds")));
    b.unlimitedNegativeBalance =
        JsonRead::boolean(o.value(QLatin1String("unlimited_negative_balance")));
    *out = b;
    return true;
}
