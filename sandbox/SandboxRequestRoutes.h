#pragma once

#include "sandbox/SandboxRoutes.h"

// The approval queue: list requests, request info, and approving or rejecting a request, which
// moves the order, reissue, duplicate or revocation it belongs to.
class SandboxRequestRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply list(SandboxCall &call);
    SandboxReply info(SandboxCall &call);
    SandboxReply updateStatus(SandboxCall &call);
    bool canSeeRequest(const SandboxCall &call, const SandboxStore::Request &request) const;
};
