#pragma once

#include "sandbox/SandboxRoutes.h"

// GET /product and GET /product/{name_id}.
class SandboxProductRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply list(SandboxCall &call);
    SandboxReply info(SandboxCall &call);
};
