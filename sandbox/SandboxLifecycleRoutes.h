#pragma once

#include "SandboxRoutes.h"

class SandboxBodyReader;

// After issuance: reissue and list reissues, duplicate and list duplicates, revoke one
// certificate (by id or serial number) or every certificate on an order.
class SandboxLifecycleRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    static QStringList revocationReasons();

private:
    SandboxReply reissue(SandboxCall &call);
    SandboxReply listReissues(SandboxCall &call);
    SandboxReply duplicate(SandboxCall &call);
    SandboxReply listDuplicates(SandboxCall &call);
    SandboxReply revokeCertificate(SandboxCall &call);
    SandboxReply revokeOrder(SandboxCall &call);

    SandboxReply listOfKind(SandboxCall &call, SandboxStore::CertificateKind kind);
    // Checks that a reissue or duplicate may start on the order.
    bool checkIssuedOrder(const SandboxStore::Order &order, const QString &what,
                          SandboxReply *error) const;
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
