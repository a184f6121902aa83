#pragma once

#include "sandbox/SandboxRoutes.h"

#include <QJsonArray>

// Validation of a pending order or reissue: validation status (dns_name_validations), the
// order's DCV random value and method, checking DCV, resending DCV e-mails and editing the
// names of a pending order.
class SandboxValidationRoutes : public SandboxRoutes {
public:
    using SandboxRoutes::SandboxRoutes;
    void registerRoutes(SandboxRouteTable &table) override;

private:
    SandboxReply status(SandboxCall &call);
    SandboxReply randomValue(SandboxCall &call);
    SandboxReply changeMethod(SandboxCall &call);
    SandboxReply checkDcv(SandboxCall &call);
    SandboxReply resendEmails(SandboxCall &call);
    SandboxReply editNames(SandboxCall &call);

    // The order, when it is a TLS order with validation still going on.
    SandboxStore::Order *pendingTlsOrder(SandboxCall &call, SandboxReply *error) const;
    QJsonObject randomValueJson(SandboxStore::Order &order);
    // The common name and dns_names of a name edit (the common name first); false with *error
    // set when they are refused. before holds the names in validation now.
    static bool readEditedNames(const QJsonObject &json, const SandboxProducts::Product &product,
                                const QStringList &before, QStringList *names, SandboxReply *error);
    void moveNamesToPendingCertificate(SandboxStore::Order &order, const QStringList &names);
    // OV and EV: each name's base domain joins the account, owned by the order's organization,
    // unless it is there already. Returns the domains entries of the reply.
    QJsonArray addMissingDomains(SandboxStore::Order &order, const QStringList &names);
};
