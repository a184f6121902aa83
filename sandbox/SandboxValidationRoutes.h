#pragma once

#include "SandboxRoutes.h"

// Validation of a pending order or reissue: validation status (dns_name_validations), the
// order's DCV random value and method, checking DCV, resending DCV e-mails and editing the
// names of a pending order.
class SandboxValidationRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply status(SandboxCall &call);
    SandboxReply randomValue(SandboxCall &call);
    SandboxReply changeMethod(SandboxCall &call);
    SandboxReply checkDcv(SandboxCall &call);
    SandboxReply resendEmails(SandboxCall &call);
    SandboxReply editNames(SandboxCall &call);

    // The order, when it is a TLS order with validation still going on.
    SandboxStore::Order *pendingTlsOrder(SandboxCall &call, SandboxReply *error) const;
    QJsonObject randomValueJson(SandboxStore::Order &order);
};
