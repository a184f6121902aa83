#pragma once

#include "SandboxRoutes.h"

// Finance: balance per container, invoices (list, info, PDF, pay by card or stored profile)
// and purchase orders (list, create). Amounts are decimal strings; arithmetic is in cents.
class SandboxFinanceRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    // A one-page PDF describing the invoice.
    static QByteArray invoicePdf(const SandboxFinance::Invoice &invoice);

private:
    SandboxReply balance(SandboxCall &call);
    SandboxReply invoices(SandboxCall &call);
    SandboxReply invoice(SandboxCall &call);
    SandboxReply invoicePdfRoute(SandboxCall &call);
    SandboxReply pay(SandboxCall &call);
    SandboxReply purchaseOrders(SandboxCall &call);
    SandboxReply createPurchaseOrder(SandboxCall &call);

    // 403 unless the caller may see the account's money.
    static bool allowed(const SandboxCall &call, SandboxReply *error);
    // container_id from the query (default: the caller's container).
    static bool containerFromQuery(const SandboxCall &call, int *containerId, bool *given,
                                   SandboxReply *error);
};
