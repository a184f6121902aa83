#pragma once

#include "sandbox/SandboxRoutes.h"

// The loopback-only test controls under /__sandbox/ (besides faults, which the server keeps):
// proving DCV out of band, the DCV e-mails "sent", completing organization validation, CAA records
// for domain locking, moving the clock and replacing the custom order fields.
class SandboxControlRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply placedList(SandboxCall &call);
    SandboxReply sentEmails(SandboxCall &call);
    SandboxReply place(SandboxCall &call);
    SandboxReply unplace(SandboxCall &call);
    SandboxReply validateOrganization(SandboxCall &call);
    SandboxReply placeCaa(SandboxCall &call);
    SandboxReply clock(SandboxCall &call);
    SandboxReply advanceClock(SandboxCall &call);
    SandboxReply replaceCustomFields(SandboxCall &call);
};
