#pragma once

#include "sandbox/SandboxCertificateIssuer.h"
#include "sandbox/SandboxRoutes.h"

class SandboxBodyReader;

// After issuance: reissue and list reissues, duplicate and list duplicates. Revocation has its
// own routes (SandboxRevocationRoutes).
class SandboxLifecycleRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    // What a reissue or duplicate request asks for, read and checked.
    struct Reissue {
        QString commonName;
        QStringList names;
        QString provisioning; // cs_provisioning_method as sent; empty keeps the order's
        bool csrWanted = false;
        QString csr;
        SandboxCertificateIssuer::CsrInfo csrInfo;
        QString hash;
        int platformId = -1;
        bool skipApproval = false;
        QString comments;
        QString dcvScope;
        QString dcvMethod;
    };
    struct Duplicate {
        QStringList names;
        QString csr;
        SandboxCertificateIssuer::CsrInfo csrInfo;
        QString hash;
        int platformId = -1;
        QString customExpiration;
        bool skipApproval = false;
        QString comments;
    };

    SandboxReply reissue(SandboxCall &call);
    SandboxReply listReissues(SandboxCall &call);
    SandboxReply duplicate(SandboxCall &call);
    SandboxReply listDuplicates(SandboxCall &call);

    SandboxReply listOfKind(SandboxCall &call, SandboxStore::CertificateKind kind);
    // Checks that a reissue or duplicate may start on the order.
    bool checkIssuedOrder(const SandboxStore::Order &order, const QString &what,
                          SandboxReply *error) const;

    // Reads a reissue body; false with *error set when it is refused.
    bool readReissue(const QJsonObject &json, const SandboxStore::Order &order,
                     const SandboxStore::OrderExtra &extra, Reissue *reissue,
                     SandboxReply *error) const;
    // certificate.common_name and dns_names of a TLS reissue.
    static void readReissueNames(SandboxBodyReader &certificate,
                                 const SandboxProducts::Product &product, Reissue *reissue);
    // certificate.csr of a reissue, with the code-signing rules on common_name and csr.
    static void readReissueCsr(SandboxBodyReader &body, SandboxBodyReader &certificate,
                               bool codeSigning, Reissue *reissue);
    // Records the reissue's certificate and request and answers 201.
    SandboxReply startReissue(SandboxCall &call, SandboxStore::Order &order,
                              SandboxStore::OrderExtra &extra, const Reissue &reissue);
    int addReissueCertificate(SandboxStore::Order &order, SandboxStore::OrderExtra &extra,
                              const Reissue &reissue, qint64 now);

    // Reads a duplicate body; false with *error set when it is refused.
    bool readDuplicate(const QJsonObject &json, const SandboxStore::Order &order,
                       Duplicate *duplicate, SandboxReply *error) const;
    // Every name must already be on the order, or sit directly below one of its wildcards.
    static void checkDuplicateNames(SandboxBodyReader &certificate,
                                    const SandboxStore::Order &order, const QStringList &names);
    // The duplicate's last day: the certificate it copies, or the custom date, cut to the
    // order's end and the day's longest validity; false with *error set for a bad date.
    bool duplicateEndDay(const SandboxStore::Order &order, const Duplicate &duplicate, qint64 *till,
                         SandboxReply *error) const;
    // Records the duplicate's certificate and request and answers 201.
    SandboxReply startDuplicate(SandboxCall &call, SandboxStore::Order &order,
                                const Duplicate &duplicate, qint64 till);
};
