#pragma once

#include "sandbox/SandboxRoutes.h"

// Certificate downloads: a PEM bundle, DER, PKCS#7 or a zip laid out for a server platform,
// by certificate id or by order id.
class SandboxCertificateRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

    static QStringList formats();

private:
    SandboxReply byFormat(SandboxCall &call);
    SandboxReply byPlatform(SandboxCall &call);
    SandboxReply byChosenPlatform(SandboxCall &call);
    SandboxReply orderByPlatform(SandboxCall &call);
    SandboxReply orderByFormat(SandboxCall &call);
    // The certificate (by id) the caller may download, or an error reply.
    SandboxStore::Certificate *downloadable(const SandboxCall &call, qint64 certificateId,
                                            SandboxReply *error);
    SandboxReply render(SandboxStore::Certificate &certificate, const QString &format);
};
