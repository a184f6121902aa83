#include "PurchaseOrder.h"

#include "JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>

bool PurchaseOrder::fromJson(const QJsonObject &o, PurchaseOrder *out) {
    PurchaseOrder p;
    p.id = JsonRead::integer(o.value(QLatin1String("id")));
    if (p.id <= 0)
        return false;
    p.number = JsonRead::string(o.value(QLatin1String("po_number")));
    p.status = JsonRead::string(o.value(QLatin1String("status")));
    p.amount = JsonRead::decimal(o.value(QLatin1String("amount")));
    p.currency = JsonRead::string(o.value(QLatin1String("currency")));
    const QJsonObject container = o.value(QLatin1String("container")).toObject();
    p.containerId = JsonRead::integer(container.value(QLatin1String("id")));
    p.containerName = JsonRead::string(container.value(QLatin1String("name")));
    p.dateCreated = JsonRead::dateTime(o.value(QLatin1String("date_created")));
    p.note = JsonRead::string(o.value(QLatin1String("note")));
    p.vatNumber = JsonRead::string(o.value(QLatin1String("vat_number")));
    p.requesterId = JsonRead::integer(
        o.value(QLatin1String("requester")).toObject().value(QLatin1String("id")));
    p.dateProcessed = JsonRead::dateTime(o.value(QLatin1String("date_processed")));
    p.invoiceId =
        JsonRead::integer(o.value(QLatin1String("invoice")).toObject().value(QLatin1String("id")));
    if (p.invoiceId <= 0)
        p.invoiceId = JsonRead::integer(o.value(QLatin1String("invoice_id")));
    p.rejectionReason = JsonRead::string(o.value(QLatin1String("rejection_reason")));
    *out = std::move(p);
    return true;
}

bool PurchaseOrder::fromJson(const QByteArray &body, PurchaseOrder *out, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !fromJson(doc.object(), out)) {
        *error = tr("The reply is not a purchase order with an id");
        return false;
    }
    return true;
}

bool PurchaseOrderPage::fromJson(const QByteArray &body, PurchaseOrderPage *out, QString *error) {
    PurchaseOrderPage page;
    JsonRead::Paging paging;
    if (!JsonRead::typedPage(body, QLatin1String("purchase_orders"), &page.purchaseOrders,
                             &page.skipped, &paging, error))
        return false;
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
