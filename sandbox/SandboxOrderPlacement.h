#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxOrderRequestParser.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonObject>

class SandboxWorkflow;

// Places a new order that SandboxOrderRequestParser accepted: charges the balance when it pays,
// creates or updates the organization and submits its validation, stores the order with its
// first certificate and request, adds the base domains of OV and EV orders to the account and
// issues at once when the request is approved and validation is complete.
class SandboxOrderPlacement {
public:
    using NewOrder = SandboxOrderRequestParser::NewOrder;

    SandboxOrderPlacement(SandboxStore &store, SandboxWorkflow &workflow);

    // The 201 reply of POST order/certificate/{product}, or 400 insufficient_funds.
    SandboxReply place(const SandboxAccount::User &user, const NewOrder &request);

private:
    // The ids a new order got, and whether its request was approved at once.
    struct PlacedOrder {
        int orderId = 0;
        int certificateId = 0;
        int requestId = 0;
        bool approved = false;
    };

    bool balanceCanPay(const NewOrder &request, SandboxReply *error) const;
    // Creates a new organization, adds verified contacts and submits the validation the
    // product needs; returns the organization's index (-1 for DV).
    int prepareOrganization(const SandboxAccount::User &user, const NewOrder &request, qint64 now,
                            bool *created);
    SandboxStore::Order orderRecord(const SandboxAccount::User &user, const NewOrder &request,
                                    int organizationIndex, qint64 now) const;
    // Stores the order, charges the balance, and adds its certificate and request.
    PlacedOrder placeOrder(const SandboxAccount::User &user, const NewOrder &request,
                           int organizationIndex, qint64 now);
    // OV and EV: the names' base domains join the account; returns the reply's domains.
    QJsonArray addOrderDomains(const NewOrder &request, int organizationIndex, qint64 now);
    QJsonObject createdReply(const NewOrder &request, const PlacedOrder &placed,
                             const QJsonArray &domains) const;

    SandboxStore &m_store;
    SandboxWorkflow &m_workflow;
};
