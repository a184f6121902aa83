#pragma once

#include "sandbox/SandboxRoutes.h"

// Organizations: list, info, create (optionally submitted for validation in the same request),
// validation details, submit for validation, organization and technical contacts, delete, and
// the verified contacts with the validation types each is approved for.
class SandboxOrganizationRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply list(SandboxCall &call);
    SandboxReply info(SandboxCall &call);
    SandboxReply create(SandboxCall &call);
    SandboxReply validation(SandboxCall &call);
    SandboxReply submit(SandboxCall &call);
    SandboxReply updateContacts(SandboxCall &call);
    SandboxReply remove(SandboxCall &call);

    SandboxOrganizations::Organization *organization(const SandboxCall &call,
                                                     SandboxReply *error) const;
    // Reads validations[{type, verified_users[{id}]}] and submits them.
    bool submitValidations(const QJsonObject &json, SandboxOrganizations::Organization &org,
                           SandboxReply *error);
};
