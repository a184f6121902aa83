#pragma once

#include "sandbox/SandboxRoutes.h"

// Orders: list, info, status-change polling, lookup by alternative order id, placing an order
// for any product family and cancelling (PUT .../status).
class SandboxOrderRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    static constexpr int kMaxStatusChangeMinutes = 10080;

private:
    SandboxReply list(SandboxCall &call);
    SandboxReply info(SandboxCall &call);
    SandboxReply statusChanges(SandboxCall &call);
    SandboxReply alternate(SandboxCall &call);
    SandboxReply create(SandboxCall &call);
    SandboxReply updateStatus(SandboxCall &call);

    // filters[status], filters[search] and filters[product_name_id] of the order list.
    static bool readListFilters(const SandboxCall &call, SandboxStore::ListQuery *query,
                                SandboxReply *error);
    // filters[organization_id], filters[container_id] and filters[valid_till].
    bool readListIdFilters(const SandboxCall &call, SandboxStore::ListQuery *query,
                           SandboxReply *error) const;
};
