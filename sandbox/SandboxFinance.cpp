#include "sandbox/SandboxFinance.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxMoney.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>

namespace {

constexpr qint64 kDay = SandboxClock::kDay;

// The one stored card of the account (List payment profiles; order info's payment_profile).
constexpr int kProfileId = 165861;
constexpr const char *kProfileLast4 = "4242";
constexpr int kProfileExpirationMonth = 12;
constexpr int kProfileExpirationYear = 2030;

QString latin1(const char *text) {
    return QString::fromLatin1(text);
}

// A year after the day of the instant, at midnight: when a deposit's funds expire.
qint64 oneYearLater(qint64 instant) {
    const QDate day = QDate::fromJulianDay(SandboxClock::dayOf(instant));
    return SandboxClock::startOfDay(day.addYears(1).toJulianDay());
}

} // namespace

void SandboxFinance::seed(qint64 now, const std::vector<SeededSale> &sales) {
    // Each division keeps its own funds; Research Labs may run an unlimited negative balance.
    // Unpaid invoices: Example Corp's Q3 invoice (5,000.00) and APAC's pilot (750.00).
    m_funds = {{100, 2500000, 200000, false, 500000},
               {101, 500000, 50000, false, 0},
               {102, 750000, 0, false, 0},
               {103, 120050, 100000, false, 75000},
               {104, -100070, 0, true, 0}};
    m_adjustments.clear();
    m_nextAdjustmentId = kFirstAdjustmentId;

    // The history: deposits, invoice payments and the sales the store passed, ending at the
    // balances above (balance_after is computed backwards from today's balance).
    struct Seed {
        int container;
        int ageDays;
        qint64 cents;
        const char *type;
        const char *note;
    };
    const Seed credits[] = {
        {100, 160, 500000, kDepositType, nullptr},
        {100, 150, 1000000, kCreditType, "Payment for invoice #100001"},
        {100, 45, 250000, kDepositType, nullptr},
        {101, 170, 250000, kCreditType, "Payment for invoice #100002"},
        {101, 75, 100000, kDepositType, nullptr},
        {102, 120, 300000, kDepositType, nullptr},
        {103, 90, 50000, kDepositType, nullptr},
        {104, 140, 25000, kDepositType, nullptr},
    };
    std::vector<Adjustment> history;
    int receipt = 3105521;
    for (const Seed &s : credits) {
        Adjustment a;
        a.containerId = s.container;
        a.credit = s.cents;
        a.transactionType = latin1(s.type);
        // Some time in the morning of that day, different for every entry.
        a.transactionDate = now - s.ageDays * kDay - (s.ageDays * 7919 + s.container) % 21600;
        a.receiptId = QString::number(receipt++);
        if (qstrcmp(s.type, kDepositType) == 0)
            a.expirationDate = oneYearLater(a.transactionDate);
        if (s.note)
            a.note = latin1(s.note);
        history.push_back(a);
    }
    for (const SeededSale &sale : sales) {
        if (sale.cents <= 0 || !funds(sale.containerId))
            continue;
        Adjustment a;
        a.containerId = sale.containerId;
        a.debit = sale.cents;
        a.transactionType = latin1(kSaleType);
        a.transactionDate = sale.date;
        a.orderId = sale.orderId;
        a.note = QStringLiteral("Auto-debit: order from account balance");
        history.push_back(a);
    }
    std::stable_sort(history.begin(), history.end(), [](const Adjustment &x, const Adjustment &y) {
        return x.transactionDate < y.transactionDate;
    });
    for (const Funds &f : m_funds) {
        qint64 running = f.balance;
        for (auto it = history.rbegin(); it != history.rend(); ++it) {
            if (it->containerId != f.containerId)
                continue;
            it->balanceAfter = running;
            running -= it->credit - it->debit;
        }
    }
    for (Adjustment &a : history)
        a.id = m_nextAdjustmentId++;
    m_adjustments = std::move(history);
}

SandboxFinance::Funds *SandboxFinance::funds(int containerId) {
    for (Funds &f : m_funds) {
        if (f.containerId == containerId)
            return &f;
    }
    return nullptr;
}

qint64 SandboxFinance::unpaidInvoiceBalance(int containerId) const {
    for (const Funds &f : m_funds) {
        if (f.containerId == containerId)
            return f.unpaidInvoices;
    }
    return 0;
}

qint64 SandboxFinance::availableFunds(int containerId) {
    const Funds *f = funds(containerId);
    if (!f)
        return 0;
    if (f->unlimited)
        return -1;
    return f->balance + f->negativeLimit - f->unpaidInvoices;
}

bool SandboxFinance::canCharge(int containerId, qint64 cents) {
    if (!funds(containerId))
        return false;
    const qint64 available = availableFunds(containerId);
    return available < 0 || cents <= available;
}

SandboxFinance::Adjustment &SandboxFinance::record(int containerId, qint64 signedCents,
                                                   const QString &type, qint64 now) {
    Funds *f = funds(containerId);
    f->balance += signedCents;
    Adjustment a;
    a.id = m_nextAdjustmentId++;
    a.containerId = containerId;
    if (signedCents > 0)
        a.credit = signedCents;
    else
        a.debit = -signedCents;
    a.transactionType = type;
    a.transactionDate = now;
    a.balanceAfter = f->balance;
    m_adjustments.push_back(a);
    return m_adjustments.back();
}

bool SandboxFinance::charge(int containerId, qint64 cents, qint64 orderId, qint64 now) {
    if (!canCharge(containerId, cents))
        return false;
    if (cents <= 0)
        return true;
    Adjustment &a = record(containerId, -cents, latin1(kSaleType), now);
    a.orderId = orderId;
    a.note = QStringLiteral("Auto-debit: order from account balance");
    return true;
}

void SandboxFinance::refund(int containerId, qint64 cents, qint64 orderId, qint64 now) {
    if (cents <= 0 || !funds(containerId))
        return;
    Adjustment &a = record(containerId, cents, latin1(kRefundType), now);
    a.orderId = orderId;
    a.note = QStringLiteral("Refund for order #%1").arg(orderId);
}

bool SandboxFinance::transfer(int fromContainerId, int toContainerId, qint64 cents, qint64 now) {
    const SandboxAccount::Container *from = SandboxAccount::container(fromContainerId);
    const SandboxAccount::Container *to = SandboxAccount::container(toContainerId);
    if (!from || !to || !funds(toContainerId) || cents <= 0 || !canCharge(fromContainerId, cents))
        return false;
    record(fromContainerId, -cents, latin1(kTransferType), now).note =
        QStringLiteral("Transfer to %1").arg(to->name);
    record(toContainerId, cents, latin1(kTransferType), now).note =
        QStringLiteral("Transfer from %1").arg(from->name);
    return true;
}

bool SandboxFinance::luhn(const QString &digits) {
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool SandboxFinance::validateCard(SandboxBodyReader &body, qint64 today, Card *card,
                                  CardRefusal *refusal) {
    *refusal = CardRefusal();
    SandboxBodyReader cc = body.child(QStringLiteral("credit_card"), SandboxBodyReader::Required);
    QString number = cc.string(QStringLiteral("number"), SandboxBodyReader::Required, 32);
    number.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    bool digits = !number.isEmpty();
    for (const QChar c : number)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (body.ok() && (!digits || number.size() < 13 || number.size() > 19 || !luhn(number)))
        cc.invalid(QStringLiteral("number"),
                   QStringLiteral("is not a valid card number (13 to 19 digits passing the Luhn "
                                  "check)"));
    const auto month =
        cc.integer(QStringLiteral("expiration_month"), 1, 12, SandboxBodyReader::Required);
    const auto year =
        cc.integer(QStringLiteral("expiration_year"), 1000, 9999, SandboxBodyReader::Required);
    const auto cvv = cc.integer(QStringLiteral("cvv"), 0, 9999, SandboxBodyReader::Required);
    if (body.ok()) {
        const QJsonValue raw = cc.json().value(QStringLiteral("cvv"));
        const QString text = raw.isString() ? raw.toString() : QString::number(*cvv);
        if (text.size() < 3 || text.size() > 4)
            cc.invalid(QStringLiteral("cvv"), QStringLiteral("must have three or four digits"));
    }
    cc.string(QStringLiteral("cardholder_name"), SandboxBodyReader::Required, 128);
    if (body.ok()) {
        const QDate now = QDate::fromJulianDay(today);
        if (*year < now.year() || (*year == now.year() && *month < now.month()))
            body.fail(400, QStringLiteral("card_expired"),
                      QStringLiteral("The card expired in %1/%2")
                          .arg(*month, 2, 10, QLatin1Char('0'))
                          .arg(*year));
    }
    SandboxBodyReader billing =
        body.child(QStringLiteral("billing_address"), SandboxBodyReader::Required);
    billing.string(QStringLiteral("address"), SandboxBodyReader::Required, 128);
    billing.string(QStringLiteral("address2"), SandboxBodyReader::Optional, 128);
    billing.string(QStringLiteral("city"), SandboxBodyReader::Required, 64);
    const QString country =
        billing.string(QStringLiteral("country"), SandboxBodyReader::Required, 2).toLower();
    // State and ZIP are required where the country uses them.
    const bool usOrCa = country == QLatin1String("us") || country == QLatin1String("ca");
    billing.string(QStringLiteral("state"),
                   usOrCa ? SandboxBodyReader::Required : SandboxBodyReader::Optional, 64);
    billing.string(QStringLiteral("zip"),
                   usOrCa ? SandboxBodyReader::Required : SandboxBodyReader::Optional, 16);
    if (!body.ok())
        return false;
    card->last4 = number.right(4);
    card->brand = number.startsWith(QLatin1Char('4'))   ? QStringLiteral("Visa")
                  : number.startsWith(QLatin1Char('5')) ? QStringLiteral("Mastercard")
                  : number.startsWith(QLatin1Char('3')) ? QStringLiteral("American Express")
                                                        : QStringLiteral("Card");
    if (number == QLatin1String(kDeclinedTestCard)) {
        *refusal = {QStringLiteral("card_declined"),
                    QStringLiteral("The card was declined by the issuer")};
        return false;
    }
    if (number == QLatin1String(kOverLimitTestCard)) {
        *refusal = {QStringLiteral("card_limit_exceeded"),
                    QStringLiteral("The amount is over the card's limit")};
        return false;
    }
    return true;
}

QJsonObject SandboxFinance::balanceJson(int containerId) {
    const Funds *f = funds(containerId);
    QJsonObject json{
        {QStringLiteral("balance"), SandboxMoney::format(f ? f->balance : 0)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("unpaid_invoice_balance"),
         SandboxMoney::format(unpaidInvoiceBalance(containerId))},
        {QStringLiteral("used_credit_from_other_containers"), SandboxMoney::format(0)}};
    if (f && f->unlimited) {
        json.insert(QStringLiteral("unlimited_negative_balance"), true);
    } else {
        json.insert(QStringLiteral("negative_balance_limit"),
                    SandboxMoney::format(f ? f->negativeLimit : 0));
        json.insert(QStringLiteral("total_available_funds"),
                    SandboxMoney::format(availableFunds(containerId)));
    }
    return json;
}

QJsonObject SandboxFinance::adjustmentJson(const Adjustment &a) {
    const SandboxAccount::Container *container = SandboxAccount::container(a.containerId);
    QJsonObject json{
        {QStringLiteral("id"), QString::number(a.id)},
        {QStringLiteral("container"),
         QJsonObject{{QStringLiteral("id"), a.containerId},
                     {QStringLiteral("name"), container ? container->name : QString()},
                     {QStringLiteral("is_active"), true}}},
        {QStringLiteral("transaction_type"), a.transactionType},
        {QStringLiteral("transaction_date"), SandboxClock::formatSpacedDateTime(a.transactionDate)},
        {QStringLiteral("balance_after"), SandboxMoney::format(a.balanceAfter)},
        {QStringLiteral("currency"), QStringLiteral("USD")}};
    if (a.credit > 0)
        json.insert(QStringLiteral("credit"), SandboxMoney::format(a.credit));
    else
        json.insert(QStringLiteral("debit"), SandboxMoney::format(a.debit));
    if (!a.receiptId.isEmpty())
        json.insert(QStringLiteral("receipt_id"), a.receiptId);
    if (a.orderId > 0)
        json.insert(QStringLiteral("order_id"), QString::number(a.orderId));
    if (a.expirationDate > 0)
        json.insert(QStringLiteral("expiration_date"),
                    SandboxClock::formatSpacedDateTime(a.expirationDate));
    if (!a.note.isEmpty())
        json.insert(QStringLiteral("note"), a.note);
    return json;
}

QJsonObject SandboxFinance::paymentProfileJson() {
    return {{QStringLiteral("id"), kProfileId},
            {QStringLiteral("type"), QStringLiteral("card")},
            {QStringLiteral("card_brand"), QStringLiteral("Visa")},
            {QStringLiteral("card_last4"), latin1(kProfileLast4)},
            {QStringLiteral("expiration_month"), kProfileExpirationMonth},
            {QStringLiteral("expiration_year"), kProfileExpirationYear}};
}

QJsonObject SandboxFinance::paymentProfileListEntry() {
    // As the List payment profiles example shows it: shortened_number is the last four digits.
    return {{QStringLiteral("id"), kProfileId},
            {QStringLiteral("is_default"), true},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("credit_card"),
             QJsonObject{{QStringLiteral("shortened_number"), latin1(kProfileLast4)},
                         {QStringLiteral("type"), QStringLiteral("visa")},
                         {QStringLiteral("expiration_month"), kProfileExpirationMonth},
                         {QStringLiteral("expiration_year"), kProfileExpirationYear},
                         {QStringLiteral("cardholder_name"), QStringLiteral("Ada Admin")},
                         {QStringLiteral("label"),
                          QStringLiteral("Company Visa - %1").arg(latin1(kProfileLast4))}}},
            {QStringLiteral("billing_address"),
             QJsonObject{{QStringLiteral("address"), QStringLiteral("1 Main Street")},
                         {QStringLiteral("city"), QStringLiteral("Lehi")},
                         {QStringLiteral("state"), QStringLiteral("ut")},
                         {QStringLiteral("zip"), QStringLiteral("84043")},
                         {QStringLiteral("country"), QStringLiteral("us")}}},
            {QStringLiteral("billing_email"), QStringLiteral("billing@example.com")}};
}

QJsonObject SandboxFinance::save() const {
    QJsonArray funds;
    for (const Funds &f : m_funds)
        funds.append(QJsonObject{{QStringLiteral("container_id"), f.containerId},
                                 {QStringLiteral("balance"), f.balance},
                                 {QStringLiteral("negative_limit"), f.negativeLimit},
                                 {QStringLiteral("unlimited"), f.unlimited},
                                 {QStringLiteral("unpaid_invoices"), f.unpaidInvoices}});
    QJsonArray adjustments;
    for (const Adjustment &a : m_adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("container_id"), a.containerId},
                                       {QStringLiteral("credit"), a.credit},
                                       {QStringLiteral("debit"), a.debit},
                                       {QStringLiteral("transaction_type"), a.transactionType},
                                       {QStringLiteral("receipt_id"), a.receiptId},
                                       {QStringLiteral("transaction_date"), a.transactionDate},
                                       {QStringLiteral("balance_after"), a.balanceAfter},
                                       {QStringLiteral("order_id"), a.orderId},
                                       {QStringLiteral("expiration_date"), a.expirationDate},
                                       {QStringLiteral("note"), a.note}});
    return {{QStringLiteral("funds"), funds},
            {QStringLiteral("adjustments"), adjustments},
            {QStringLiteral("next_adjustment_id"), m_nextAdjustmentId}};
}

bool SandboxFinance::load(const QJsonObject &json, QString *error) {
    const QJsonArray funds = json.value(QStringLiteral("funds")).toArray();
    if (funds.isEmpty()) {
        *error = QStringLiteral("the state file has no finance data");
        return false;
    }
    auto number = [](const QJsonObject &o, const char *key) {
        return qint64(o.value(QLatin1String(key)).toDouble());
    };
    m_funds.clear();
    for (const QJsonValue &v : funds) {
        const QJsonObject o = v.toObject();
        m_funds.push_back({o.value(QStringLiteral("container_id")).toInt(), number(o, "balance"),
                           number(o, "negative_limit"),
                           o.value(QStringLiteral("unlimited")).toBool(),
                           number(o, "unpaid_invoices")});
    }
    m_adjustments.clear();
    qint64 nextId = kFirstAdjustmentId;
    for (const QJsonValue &v : json.value(QStringLiteral("adjustments")).toArray()) {
        const QJsonObject o = v.toObject();
        Adjustment a;
        a.id = number(o, "id");
        a.containerId = o.value(QStringLiteral("container_id")).toInt();
        a.credit = number(o, "credit");
        a.debit = number(o, "debit");
        a.transactionType = o.value(QStringLiteral("transaction_type")).toString();
        a.receiptId = o.value(QStringLiteral("receipt_id")).toString();
        a.transactionDate = number(o, "transaction_date");
        a.balanceAfter = number(o, "balance_after");
        a.orderId = number(o, "order_id");
        a.expirationDate = number(o, "expiration_date");
        a.note = o.value(QStringLiteral("note")).toString();
        nextId = qMax(nextId, a.id + 1);
        m_adjustments.push_back(a);
    }
    m_nextAdjustmentId = qMax(nextId, number(json, "next_adjustment_id"));
    return true;
}
