// Finance: List balance history (with each adjustment's signed amount), List payment profiles
// (the summary shown, never more than the last digits), a transfer amount as a user types it,
// and View balance.
#include "FuzzInput.h"
#include "core/AccountBalance.h"
#include "core/BalanceAdjustment.h"
#include "core/FundsTransfer.h"
#include "core/PaymentProfile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    QString error;
    switch (in.selector % 5) {
    case 0: {
        BalanceHistoryBatch page;
        if (BalanceHistoryBatch::fromJson(in.body, &page, &error))
            for (const BalanceAdjustment &a : page.adjustments) {
                qint64 cents = 0;
                (void)a.signedCents(&cents);
            }
        break;
    }
    case 1: {
        QList<PaymentProfile> profiles;
        if (PaymentProfile::listFromJson(in.body, &profiles, &error))
            for (const PaymentProfile &p : profiles) {
                // What is shown never holds more than four digits of the number in a row.
                const QString digits = p.shortenedNumber;
                int run = 0;
                for (const QChar c : digits) {
                    run = c.isDigit() ? run + 1 : 0;
                    if (run > 4)
                        std::abort();
                }
                (void)p.summary();
            }
        break;
    }
    case 2: {
        FundsTransfer t;
        t.fromContainerId = 1;
        t.toContainerId = 2;
        t.amount = QString::fromUtf8(in.body);
        qint64 whole = 0;
        if (t.validate().isEmpty() &&
            (!t.wholeAmount(&whole) || whole < 1 || whole > FundsTransfer::kMaxAmount))
            std::abort();
        (void)t.toJson();
        break;
    }
    default: {
        AccountBalance balance;
        (void)AccountBalance::fromJson(in.body, &balance, &error);
        break;
    }
    }
    return 0;
}
