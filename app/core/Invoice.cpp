#include "Invoice.h"

#include "JsonRead.h"
#include "Money.h"

#include <QJsonArray>
#include <QJsonDocument>

bool Invoice::dueCents(qint64 *cents) const {
    if (!amountDue.isEmpty())
        return Money::parseCents(amountDue, cents);
    if (isPaid()) {
        *cents = 0;
        return true;
    }
    return Money::parseCents(amount, cents);
}

bool Invoice::fromJson(const QJsonObject &o, Invoice *out) {
    Invoice i;
    i.id = JsonRead::integer(o.value(QLatin1String("id")));
    if (i.id <= 0)
        return false;
    i.number = JsonRead::string(o.value(QLatin1String("invoice_number")));
    i.status = JsonRead::string(o.value(QLatin1String("status")));
    i.amount = JsonRead::decimal(o.value(QLatin1String("amount")));
    i.amountDue = JsonRead::decimal(o.value(QLatin1String("amount_due")));
    i.currency = JsonRead::string(o.value(QLatin1String("currency")));
    const QJsonObject container = o.value(QLatin1String("container")).toObject();
    i.containerId = JsonRead::integer(container.value(QLatin1String("id")));
    i.containerName = JsonRead::string(container.value(QLatin1String("name")));
    i.dateCreated = JsonRead::dateTime(o.value(QLatin1String("date_created")));
    i.dueDate = JsonRead::date(o.value(QLatin1String("due_date")));
    i.datePaid = JsonRead::dateTime(o.value(QLatin1String("date_paid")));
    const QJsonObject po = o.value(QLatin1String("purchase_order")).toObject();
    i.purchaseOrderId = JsonRead::integer(po.value(QLatin1String("id")));
    i.purchaseOrderNumber = JsonRead::string(po.value(QLatin1String("po_number")));
    i.description = JsonRead::string(o.value(QLatin1String("description")));
    for (const QJsonValue &value : o.value(QLatin1String("line_items")).toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject item = value.toObject();
        i.lineItems << LineItem{JsonRead::string(item.value(QLatin1String("description"))),
                                JsonRead::integer(item.value(QLatin1String("quantity"))),
                                JsonRead::decimal(item.value(QLatin1String("amount")))};
    }
    const QJsonObject payment = o.value(QLatin1String("payment")).toObject();
    i.paymentMethod = JsonRead::string(payment.value(QLatin1String("method")));
    i.receiptId = JsonRead::string(payment.value(QLatin1String("receipt_id")));
    i.cardLast4 = JsonRead::string(payment.value(QLatin1String("card_last4")));
    i.vatNumber = JsonRead::string(o.value(QLatin1String("vat_number")));
    *out = std::move(i);
    return true;
}

bool Invoice::fromJson(const QByteArray &body, Invoice *out, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !fromJson(doc.object(), out)) {
        *error = tr("The reply is not an invoice with an id");
        return false;
    }
    return true;
}

bool InvoicePage::fromJson(const QByteArray &body, InvoicePage *out, QString *error) {
    InvoicePage page;
    JsonRead::Paging paging;
    if (!JsonRead::typedPage(body, QLatin1String("invoices"), &page.invoices, &page.skipped,
                             &paging, error))
        return false;
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
