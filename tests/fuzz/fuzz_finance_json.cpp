// Finance: Invoice info and List invoices (with what is due, in cents, and the total of a
// payment), purchase orders, the balance and a payment's receipt.
#include "AccountBalance.h"
#include "FuzzInput.h"
#include "Invoice.h"
#include "InvoicePayment.h"
#include "PurchaseOrder.h"

namespace {
void useInvoices(const QList<Invoice> &invoices) {
    for (const Invoice &invoice : invoices) {
        qint64 cents = 0;
        (void)invoice.dueCents(&cents);
    }
    qint64 total = 0;
    QString currency;
    QString error;
    (void)InvoicePayment::total(invoices, &total, &currency, &error);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    QString error;
    switch (in.selector % 6) {
    case 0: {
        Invoice invoice;
        if (Invoice::fromJson(in.body, &invoice, &error))
            useInvoices({invoice});
        break;
    }
    case 1: {
        InvoicePage page;
        if (InvoicePage::fromJson(in.body, &page, &error))
            useInvoices(page.invoices);
        break;
    }
    case 2: {
        PurchaseOrder order;
        (void)PurchaseOrder::fromJson(in.body, &order, &error);
        break;
    }
    case 3: {
        PurchaseOrderPage page;
        (void)PurchaseOrderPage::fromJson(in.body, &page, &error);
        break;
    }
    case 4: {
        AccountBalance balance;
        (void)AccountBalance::fromJson(in.body, &balance, &error);
        break;
    }
    case 5: {
        InvoicePayment::Receipt receipt;
        (void)InvoicePayment::Receipt::fromJson(in.body, &receipt, &error);
        break;
    }
    }
    return 0;
}
