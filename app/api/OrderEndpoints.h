#pragma once

#include "api/Endpoint.h"
#include "core/NewOrder.h"
#include "core/Order.h"
#include "core/OrderBatch.h"
#include "core/OrderCancellation.h"
#include "core/OrderDcvResult.h"
#include "core/OrderDetails.h"
#include "core/OrderQuery.h"
#include "core/OrderValidation.h"
#include "core/PlacedOrder.h"
#include "core/StatusChange.h"

#include <QStringList>

// Orders: listing and reading them, placing one, and what can be done to a pending order
// (cancel, DCV, names). Each function describes one request; CertCentralClient::call() sends it.
// Writes are sent once and never retried unless their entry says otherwise.
namespace OrderEndpoints {

// GET order/certificate with limit/offset, filters and sort: one page of orders.
// Documentation: certcentral-docs.md 3.2 "List orders".
Endpoint<OrderBatch> page(const OrderQuery &query, qint64 offset);

// GET order/certificate/{id}: everything about one order (info: the list fields only; details:
// with what Order info adds, contacts, DCV, the CSR...).
// Documentation: certcentral-docs.md 3.1 "Order info".
Endpoint<Order> info(qint64 orderId);
Endpoint<Order, OrderDetails> details(qint64 orderId);

// GET order/certificate/{id}/validation: DCV status per name and the organization validation.
// Documentation: DigiCert's "Order validation status" page (not yet in certcentral-docs.md;
// ARCHITECTURE.md).
Endpoint<OrderValidation> validation(qint64 orderId);

// GET order/certificate/status-changes?minutes=N: orders whose status changed lately.
// Documentation: certcentral-docs.md 3.4 "Status change list".
Endpoint<QList<StatusChange>> statusChanges(int minutes);

// POST order/certificate/{product}: places (and pays for) an order; the result carries the
// order's alternative order ID. A write: sent once, never retried; see OrderPlacement for what
// happens when its reply is lost.
// Documentation: certcentral-docs.md 2.1-2.5 "Order ... certificate".
Endpoint<PlacedOrder> place(const NewOrder &order);

// GET order/alternate/{id}: the orders placed with an alternative order ID (none, or the one
// whose reply was lost).
// Documentation: certcentral-docs.md 3.5 "Get orders by alternative order ID".
Endpoint<QList<PlacedOrder>> byAlternativeId(const QString &alternativeOrderId);

// PUT order/certificate/{order_id}/status {"status":"canceled","note"}: cancels a pending
// order, an order waiting for pickup or a pending reissue; the result is the order's id.
// Documentation: certcentral-docs.md 3.6 "Update order status".
Endpoint<qint64> cancel(const OrderCancellation &cancellation);

// DCV on a pending order or a pending reissue: change the method (PUT
// order/certificate/{id}/dcv-method), get the random value (dcv-random-value), ask CertCentral
// to look for it now (check-dcv) or send the DCV e-mails again (resend-emails). Writes, except
// dcv-random-value, which hands back the value the order has and is retried like a read.
// dcvMethod: for ChangeMethod only (email, dns-txt-token, dns-cname-token, http-token).
// Documentation: certcentral-docs.md 4.1-4.4 (order DCV random value, check, method, resend
// e-mails).
Endpoint<OrderDcvResult> dcv(qint64 orderId, OrderDcvAction action, const QString &dcvMethod = {});
// The endpoint an action uses (order/certificate/{id}/<this>), for messages.
QString dcvActionPath(OrderDcvAction action);

// Edit the names of a pending order or reissue (PUT order/certificate/{id}/dns-names with
// {"certificate":{"common_name","dns_names"}}): never more names than before, a wildcard stays
// a wildcard, new names need DCV. Administrators and managers only. The result is the order's id.
// Documentation: DigiCert's "Edit domains on a pending order or reissue" page (not yet in
// certcentral-docs.md; ARCHITECTURE.md).
Endpoint<qint64> editNames(qint64 orderId, const QString &commonName, const QStringList &dnsNames);
// Empty when the names may be sent, else the problem naming the name: each name follows the
// certificate rules (wildcards only where the order had one), at most as many as before.
QString namesProblem(const QString &commonName, const QStringList &dnsNames,
                     const QStringList &currentNames);

} // namespace OrderEndpoints
