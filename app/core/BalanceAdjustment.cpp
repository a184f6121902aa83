#include "core/BalanceAdjustment.h"

#include "core/JsonRead.h"
#include "core/Money.h"

namespace {
// Ids the page documents as strings ("5335328"); a number is read too.
QString idText(const QJsonValue &value) {
    return value.isDouble() ? QString::number(JsonRead::integer(value)) : JsonRead::string(value);
}
} // namespace

bool BalanceAdjustment::signedCents(qint64 *cents) const {
    qint64 value = 0;
    if (!credit.isEmpty() && Money::parseCents(credit, &value)) {
        *cents = value;
        return true;
    }
    if (!debit.isEmpty() && Money::parseCents(debit, &value)) {
        *cents = -value;
        return true;
    }
    return false;
}

bool BalanceAdjustment::fromJson(const QJsonObject &o, BalanceAdjustment *out) {
    BalanceAdjustment a;
    a.id = idText(o.value(QLatin1String("id")));
    a.credit = JsonRead::decimal(o.value(QLatin1String("credit")));
    a.debit = JsonRead::decimal(o.value(QLatin1String("debit")));
    if (a.id.isEmpty() || (a.credit.isEmpty() && a.debit.isEmpty()))
        return false;
    const QJsonObject container = o.value(QLatin1String("container")).toObject();
    a.containerId = JsonRead::integer(container.value(QLatin1String("id")));
    a.containerName = JsonRead::string(container.value(QLatin1String("name")));
    a.transactionType = JsonRead::string(o.value(QLatin1String("transaction_type")));
    a.receiptId = idText(o.value(QLatin1String("receipt_id")));
    a.transactionDate = JsonRead::dateTime(o.value(QLatin1String("transaction_date")));
    a.balanceAfter = JsonRead::decimal(o.value(QLatin1String("balance_after")));
    a.orderId = idText(o.value(QLatin1String("order_id")));
    a.expirationDate = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
    a.note = JsonRead::string(o.value(QLatin1String("note")));
    a.currency = JsonRead::string(o.value(QLatin1String("currency")));
    *out = std::move(a);
    return true;
}

bool BalanceHistoryBatch::fromJson(const QByteArray &body, BalanceHistoryBatch *out,
                                   QString *error) {
    BalanceHistoryBatch page;
    JsonRead::Paging paging;
    if (!JsonRead::typedPage(body, QLatin1String("adjustments"), &page.adjustments, &page.skipped,
                             &paging, error))
        return false;
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
