#pragma once

#include "sandbox/SandboxRoutes.h"

// Finance as the Services API has it: the balance per container, the balance history (paged,
// filtered, sorted), fund transfers between divisions and the stored payment profile. The API
// has no invoice or purchase-order endpoints (DigiCert offers those in the console only), so
// neither has the sandbox: those paths answer 404 not_found|route like any unknown path.
// Amounts are decimal strings; arithmetic is in cents.
class SandboxFinanceRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    // The largest transfer (whole currency units); more is refused as invalid_value|amount.
    static constexpr qint64 kMaxTransferUnits = 1000000000;

private:
    SandboxReply balance(SandboxCall &call);
    SandboxReply balanceHistory(SandboxCall &call);
    SandboxReply transfer(SandboxCall &call);
    SandboxReply paymentProfiles(SandboxCall &call);

    // 403 unless the caller may see the account's money.
    static bool allowed(const SandboxCall &call, SandboxReply *error);
    // container_id from the query (default: the caller's container).
    static bool containerFromQuery(const SandboxCall &call, int *containerId, bool *given,
                                   SandboxReply *error);
};
