#pragma once

#include "sandbox/SandboxRoutes.h"

// GET /user/me, GET /container and GET /container/{id}.
class SandboxAccountRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply userMe(SandboxCall &call);
    SandboxReply containers(SandboxCall &call);
    SandboxReply container(SandboxCall &call);
    SandboxReply customFields(SandboxCall &call);
};
