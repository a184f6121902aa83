#pragma once

#include "sandbox/SandboxRoutes.h"

// Revocation: revoke one certificate (by id or serial number) or every certificate on an order,
// at once when an administrator skips the approval, else as a pending revoke request.
class SandboxRevocationRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    static QStringList revocationReasons();

private:
    SandboxReply revokeCertificate(SandboxCall &call);
    SandboxReply revokeOrder(SandboxCall &call);

    // comments, revocation_reason, revocation_date (bounded by earliest) and skip_approval.
    struct Revocation {
        QString comments;
        QString reason;
        bool skipApproval = false;
    };
    bool readRevocation(const SandboxCall &call, Revocation *revocation, SandboxReply *error) const;
    SandboxReply revocationRequest(SandboxCall &call, SandboxStore::Order &order, int certificateId,
                                   bool wholeOrder, const Revocation &r);
};
