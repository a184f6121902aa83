#include "SandboxFinance.h"

#include "SandboxAccount.h"
#include "SandboxBodyReader.h"
#include "SandboxClock.h"
#include "SandboxMoney.h"

#include <QDate>
#include <QJsonArray>

namespace {

constexpr qint64 kDay = SandboxClock::kDay;

QJsonObject containerRef(int containerId) {
    const SandboxAccount::Container *c = SandboxAccount::container(containerId);
    return {{QStringLiteral("id"), containerId}, {QStringLiteral("name"), c ? c->name : QString()}};
}

} // namespace

void SandboxFinance::seed(qint64 now) {
    // Each division keeps its own funds; Research Labs may run an unlimited negative balance.
    m_funds = {{100, 2500000, 200000, false},
               {101, 500000, 50000, false},
               {102, 750000, 0, false},
               {103, 120050, 100000, false},
               {104, -100070, 0, true}};
    m_invoices.clear();
    m_purchaseOrders.clear();
    m_nextInvoiceId = 9001;
    m_nextPurchaseOrderId = 8001;
    m_nextReceipt = 1;

    struct PoSeed {
        qint64 amount;
        int container;
        int ageDays;
        const char *status;
        const char *note;
    };
    const PoSeed seeds[] = {
        {1000000, 100, 300, "approved", "Annual certificate budget"},
        {250000, 101, 200, "approved", "EMEA top-up"},
        {500000, 100, 90, "approved", "Q3 renewals"},
        {75000, 103, 40, "approved", "APAC pilot"},
        {300000, 102, 12, "pending", "Americas renewals"},
        {990000, 100, 30, "rejected", "Duplicate of PO-8003"},
    };
    for (const PoSeed &s : seeds) {
        PurchaseOrder po;
        po.amount = s.amount;
        po.containerId = s.container;
        po.note = QString::fromLatin1(s.note);
        po.requesterId = SandboxAccount::kFirstUserId + 2; // the demo finance manager
        PurchaseOrder &created = createPurchaseOrder(po, now - s.ageDays * kDay);
        if (qstrcmp(s.status, "approved") == 0) {
            // Seeded approvals do not move the seeded balances, which already include them.
            const qint64 balance = funds(s.container)->balance;
            Invoice &invoice = approvePurchaseOrder(created, now - (s.ageDays - 2) * kDay);
            funds(s.container)->balance = balance;
            if (s.ageDays > 120)
                markPaid(invoice, QStringLiteral("profile"), QStringLiteral("4242"), QString(),
                         now - (s.ageDays - 20) * kDay);
        } else if (qstrcmp(s.status, "rejected") == 0) {
            rejectPurchaseOrder(created, QStringLiteral("Duplicate request"),
                                now - (s.ageDays - 1) * kDay);
        }
    }
}

SandboxFinance::Funds *SandboxFinance::funds(int containerId) {
    for (Funds &f : m_funds) {
        if (f.containerId == containerId)
            return &f;
    }
    return nullptr;
}

qint64 SandboxFinance::unpaidInvoiceBalance(int containerId) const {
    qint64 total = 0;
    for (const Invoice &invoice : m_invoices) {
        if (invoice.containerId == containerId && invoice.status == QLatin1String("unpaid"))
            total += invoice.amount;
    }
    return total;
}

qint64 SandboxFinance::availableFunds(int containerId) {
    const Funds *f = funds(containerId);
    if (!f)
        return 0;
    if (f->unlimited)
        return -1;
    return f->balance + f->negativeLimit - unpaidInvoiceBalance(containerId);
}

bool SandboxFinance::charge(int containerId, qint64 cents) {
    Funds *f = funds(containerId);
    if (!f)
        return false;
    const qint64 available = availableFunds(containerId);
    if (available >= 0 && cents > available)
        return false;
    f->balance -= cents;
    return true;
}

void SandboxFinance::refund(int containerId, qint64 cents) {
    if (Funds *f = funds(containerId))
        f->balance += cents;
}

SandboxFinance::Invoice *SandboxFinance::invoice(qint64 id) {
    for (Invoice &invoice : m_invoices) {
        if (invoice.id == id)
            return &invoice;
    }
    return nullptr;
}

SandboxFinance::PurchaseOrder *SandboxFinance::purchaseOrder(qint64 id) {
    for (PurchaseOrder &po : m_purchaseOrders) {
        if (po.id == id)
            return &po;
    }
    return nullptr;
}

SandboxFinance::PurchaseOrder &SandboxFinance::createPurchaseOrder(PurchaseOrder po, qint64 now) {
    po.id = m_nextPurchaseOrderId++;
    po.number = QStringLiteral("PO-%1").arg(po.id);
    po.status = QStringLiteral("pending");
    po.dateCreated = now;
    m_purchaseOrders.push_back(po);
    return m_purchaseOrders.back();
}

SandboxFinance::Invoice &SandboxFinance::approvePurchaseOrder(PurchaseOrder &po, qint64 now) {
    Invoice invoice;
    invoice.id = m_nextInvoiceId++;
    const QDate date = QDate::fromJulianDay(SandboxClock::dayOf(now));
    invoice.number =
        QStringLiteral("INV-%1-%2").arg(date.year()).arg(invoice.id, 6, 10, QLatin1Char('0'));
    invoice.status = QStringLiteral("unpaid");
    invoice.amount = po.amount;
    invoice.containerId = po.containerId;
    invoice.dateCreated = now;
    invoice.dueDay = SandboxClock::dayOf(now) + 30;
    invoice.purchaseOrderId = po.id;
    invoice.description = QStringLiteral("Funds deposit from %1").arg(po.number);
    invoice.vatNumber = po.vatNumber;
    m_invoices.push_back(invoice);
    po.status = QStringLiteral("approved");
    po.dateProcessed = now;
    po.invoiceId = invoice.id;
    refund(po.containerId, po.amount); // the deposit is usable at once, owed until paid
    return m_invoices.back();
}

void SandboxFinance::rejectPurchaseOrder(PurchaseOrder &po, const QString &reason, qint64 now) {
    po.status = QStringLiteral("rejected");
    po.rejectionReason = reason;
    po.dateProcessed = now;
}

void SandboxFinance::markPaid(Invoice &invoice, const QString &method, const QString &last4,
                              const QString &vatNumber, qint64 now) {
    invoice.status = QStringLiteral("paid");
    invoice.paymentMethod = method;
    invoice.cardLast4 = last4;
    invoice.datePaid = now;
    if (!vatNumber.isEmpty())
        invoice.vatNumber = vatNumber;
    invoice.receiptId = QStringLiteral("RCPT-%1").arg(m_nextReceipt++, 6, 10, QLatin1Char('0'));
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

QJsonObject SandboxFinance::invoiceJson(const Invoice &invoice, bool detailed) const {
    QJsonObject json{
        {QStringLiteral("id"), invoice.id},
        {QStringLiteral("invoice_number"), invoice.number},
        {QStringLiteral("status"), invoice.status},
        {QStringLiteral("amount"), SandboxMoney::format(invoice.amount)},
        {QStringLiteral("amount_due"),
         SandboxMoney::format(invoice.status == QLatin1String("paid") ? 0 : invoice.amount)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("container"), containerRef(invoice.containerId)},
        {QStringLiteral("date_created"), SandboxClock::formatDateTime(invoice.dateCreated)},
        {QStringLiteral("due_date"), SandboxClock::formatDay(invoice.dueDay)}};
    if (invoice.purchaseOrderId > 0)
        json.insert(QStringLiteral("purchase_order"),
                    QJsonObject{{QStringLiteral("id"), invoice.purchaseOrderId},
                                {QStringLiteral("po_number"),
                                 QStringLiteral("PO-%1").arg(invoice.purchaseOrderId)}});
    if (invoice.datePaid > 0)
        json.insert(QStringLiteral("date_paid"), SandboxClock::formatDateTime(invoice.datePaid));
    if (!detailed)
        return json;
    json.insert(QStringLiteral("description"), invoice.description);
    json.insert(
        QStringLiteral("line_items"),
        QJsonArray{QJsonObject{{QStringLiteral("description"), invoice.description},
                               {QStringLiteral("quantity"), 1},
                               {QStringLiteral("amount"), SandboxMoney::format(invoice.amount)}}});
    if (!invoice.paymentMethod.isEmpty()) {
        QJsonObject payment{{QStringLiteral("method"), invoice.paymentMethod},
                            {QStringLiteral("receipt_id"), invoice.receiptId}};
        if (!invoice.cardLast4.isEmpty())
            payment.insert(QStringLiteral("card_last4"), invoice.cardLast4);
        json.insert(QStringLiteral("payment"), payment);
    }
    if (!invoice.vatNumber.isEmpty())
        json.insert(QStringLiteral("vat_number"), invoice.vatNumber);
    return json;
}

QJsonObject SandboxFinance::purchaseOrderJson(const PurchaseOrder &po) const {
    QJsonObject json{
        {QStringLiteral("id"), po.id},
        {QStringLiteral("po_number"), po.number},
        {QStringLiteral("status"), po.status},
        {QStringLiteral("amount"), SandboxMoney::format(po.amount)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("container"), containerRef(po.containerId)},
        {QStringLiteral("date_created"), SandboxClock::formatDateTime(po.dateCreated)},
        {QStringLiteral("requester"), QJsonObject{{QStringLiteral("id"), po.requesterId}}}};
    if (!po.note.isEmpty())
        json.insert(QStringLiteral("note"), po.note);
    if (!po.vatNumber.isEmpty())
        json.insert(QStringLiteral("vat_number"), po.vatNumber);
    if (po.dateProcessed > 0)
        json.insert(QStringLiteral("date_processed"),
                    SandboxClock::formatDateTime(po.dateProcessed));
    if (po.invoiceId > 0)
        json.insert(QStringLiteral("invoice"), QJsonObject{{QStringLiteral("id"), po.invoiceId}});
    if (!po.rejectionReason.isEmpty())
        json.insert(QStringLiteral("rejection_reason"), po.rejectionReason);
    return json;
}

QJsonObject SandboxFinance::paymentProfileJson() {
    return {{QStringLiteral("id"), 165861},
            {QStringLiteral("type"), QStringLiteral("card")},
            {QStringLiteral("card_brand"), QStringLiteral("Visa")},
            {QStringLiteral("card_last4"), QStringLiteral("4242")},
            {QStringLiteral("expiration_month"), 12},
            {QStringLiteral("expiration_year"), 2030}};
}

QJsonObject SandboxFinance::save() const {
    QJsonArray funds;
    for (const Funds &f : m_funds)
        funds.append(QJsonObject{{QStringLiteral("container_id"), f.containerId},
                                 {QStringLiteral("balance"), f.balance},
                                 {QStringLiteral("negative_limit"), f.negativeLimit},
                                 {QStringLiteral("unlimited"), f.unlimited}});
    QJsonArray invoices;
    for (const Invoice &i : m_invoices)
        invoices.append(QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("number"), i.number},
                                    {QStringLiteral("status"), i.status},
                                    {QStringLiteral("amount"), i.amount},
                                    {QStringLiteral("container_id"), i.containerId},
                                    {QStringLiteral("date_created"), i.dateCreated},
                                    {QStringLiteral("due_day"), i.dueDay},
                                    {QStringLiteral("date_paid"), i.datePaid},
                                    {QStringLiteral("purchase_order_id"), i.purchaseOrderId},
                                    {QStringLiteral("description"), i.description},
                                    {QStringLiteral("payment_method"), i.paymentMethod},
                                    {QStringLiteral("card_last4"), i.cardLast4},
                                    {QStringLiteral("vat_number"), i.vatNumber},
                                    {QStringLiteral("receipt_id"), i.receiptId}});
    QJsonArray pos;
    for (const PurchaseOrder &p : m_purchaseOrders)
        pos.append(QJsonObject{{QStringLiteral("id"), p.id},
                               {QStringLiteral("number"), p.number},
                               {QStringLiteral("status"), p.status},
                               {QStringLiteral("amount"), p.amount},
                               {QStringLiteral("container_id"), p.containerId},
                               {QStringLiteral("date_created"), p.dateCreated},
                               {QStringLiteral("date_processed"), p.dateProcessed},
                               {QStringLiteral("note"), p.note},
                               {QStringLiteral("vat_number"), p.vatNumber},
                               {QStringLiteral("invoice_id"), p.invoiceId},
                               {QStringLiteral("requester_id"), p.requesterId},
                               {QStringLiteral("rejection_reason"), p.rejectionReason}});
    return {{QStringLiteral("funds"), funds},
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("purchase_orders"), pos},
            {QStringLiteral("next_invoice_id"), m_nextInvoiceId},
            {QStringLiteral("next_purchase_order_id"), m_nextPurchaseOrderId},
            {QStringLiteral("next_receipt"), m_nextReceipt}};
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
                           o.value(QStringLiteral("unlimited")).toBool()});
    }
    m_invoices.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("invoices")).toArray()) {
        const QJsonObject o = v.toObject();
        Invoice i;
        i.id = o.value(QStringLiteral("id")).toInt();
        i.number = o.value(QStringLiteral("number")).toString();
        i.status = o.value(QStringLiteral("status")).toString();
        i.amount = number(o, "amount");
        i.containerId = o.value(QStringLiteral("container_id")).toInt();
        i.dateCreated = number(o, "date_created");
        i.dueDay = number(o, "due_day");
        i.datePaid = number(o, "date_paid");
        i.purchaseOrderId = o.value(QStringLiteral("purchase_order_id")).toInt();
        i.description = o.value(QStringLiteral("description")).toString();
        i.paymentMethod = o.value(QStringLiteral("payment_method")).toString();
        i.cardLast4 = o.value(QStringLiteral("card_last4")).toString();
        i.vatNumber = o.value(QStringLiteral("vat_number")).toString();
        i.receiptId = o.value(QStringLiteral("receipt_id")).toString();
        m_invoices.push_back(i);
    }
    m_purchaseOrders.clear();
    for (const QJsonValue &v : json.value(QStringLiteral("purchase_orders")).toArray()) {
        const QJsonObject o = v.toObject();
        PurchaseOrder p;
        p.id = o.value(QStringLiteral("id")).toInt();
        p.number = o.value(QStringLiteral("number")).toString();
        p.status = o.value(QStringLiteral("status")).toString();
        p.amount = number(o, "amount");
        p.containerId = o.value(QStringLiteral("container_id")).toInt();
        p.dateCreated = number(o, "date_created");
        p.dateProcessed = number(o, "date_processed");
        p.note = o.value(QStringLiteral("note")).toString();
        p.vatNumber = o.value(QStringLiteral("vat_number")).toString();
        p.invoiceId = o.value(QStringLiteral("invoice_id")).toInt();
        p.requesterId = o.value(QStringLiteral("requester_id")).toInt();
        p.rejectionReason = o.value(QStringLiteral("rejection_reason")).toString();
        m_purchaseOrders.push_back(p);
    }
    m_nextInvoiceId = json.value(QStringLiteral("next_invoice_id")).toInt(9001);
    m_nextPurchaseOrderId = json.value(QStringLiteral("next_purchase_order_id")).toInt(8001);
    m_nextReceipt = json.value(QStringLiteral("next_receipt")).toInt(1);
    return true;
}
