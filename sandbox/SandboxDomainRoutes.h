#pragma once

#include "sandbox/SandboxRoutes.h"

// Account domains: list, info, create (optionally submitted for validation), submit for
// validation, delete, DCV (random value, method, check, e-mails) and domain locking.
class SandboxDomainRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply list(SandboxCall &call);
    SandboxReply info(SandboxCall &call);
    SandboxReply create(SandboxCall &call);
    SandboxReply submit(SandboxCall &call);
    SandboxReply remove(SandboxCall &call);
    SandboxReply newToken(SandboxCall &call);
    SandboxReply changeMethod(SandboxCall &call);
    SandboxReply checkToken(SandboxCall &call);
    SandboxReply emails(SandboxCall &call);
    SandboxReply resendEmails(SandboxCall &call);
    SandboxReply activateLocking(SandboxCall &call);
    SandboxReply deactivateLocking(SandboxCall &call);
    SandboxReply checkCaa(SandboxCall &call);

    SandboxDomains::Domain *domain(const SandboxCall &call, SandboxReply *error) const;
    QString organizationName(int organizationId) const;
    QJsonObject tokenJson(const SandboxDomains::Domain &domain) const;
    // Reads validations[{type}] (ov, ev); false with *error set on a bad entry.
    static bool readValidationTypes(const QJsonObject &json, QStringList *types,
                                    SandboxReply *error);
};
