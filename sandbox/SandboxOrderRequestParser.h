#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxCertificateIssuer.h"
#include "sandbox/SandboxFinance.h"
#include "sandbox/SandboxOrganizationReader.h"
#include "sandbox/SandboxOrganizations.h"
#include "sandbox/SandboxProducts.h"
#include "sandbox/SandboxReply.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class SandboxBodyReader;
class SandboxStore;

// Checks a POST /order/certificate/{product} body the way the reference describes for DV, OV/EV
// and code-signing products, and turns it into a NewOrder. It changes nothing; the first
// problem comes back as the 400 (or 404 for the product) reply.
class SandboxOrderRequestParser {
public:
    using NewVerifiedContact = SandboxOrganizationReader::NewVerifiedContact;

    struct NewOrder {
        int productIndex = -1;
        QString commonName;
        QStringList dnsNames; // the common name first, no duplicates
        QString csr;
        SandboxCertificateIssuer::CsrInfo csrInfo;
        int serverPlatformId = -1;
        int signatureHash = 0;
        QJsonObject orderValidity;
        qint64 orderEndDay = 0;
        int validityYears = 1;
        QJsonObject certValidity;
        int certValidityDays = 0;
        QString dcvMethod;
        QString dcvScope = QStringLiteral("base_domain");
        QString paymentMethod = QStringLiteral("balance");
        SandboxFinance::Card card;
        int containerId = 100;
        int organizationIndex = -1; // existing organization
        std::optional<SandboxOrganizations::Organization> newOrganization;
        QList<NewVerifiedContact> newVerifiedContacts;
        QList<int> existingVerifiedContactIds;
        bool skipApproval = false;
        QString comments;
        QString alternativeOrderId;
        QString csProvisioningMethod;
        int renewalOfOrderId = 0;
        qint64 priceCents = 0;
        QJsonObject echo; // fields shown back in order info
    };

    SandboxOrderRequestParser(SandboxStore &store, const SandboxAccount::User &user,
                              bool uniqueAlternativeOrderIds);

    bool parse(const QString &productNameId, const QJsonObject &body, NewOrder *order,
               SandboxReply *error);

private:
    // The parts of parse(), in the order the body is read; each records problems on body.
    void readProvisioning(SandboxBodyReader &body, NewOrder *order); // code signing
    // common_name and dns_names; false with *error set when common_name cannot be read.
    bool readNames(SandboxBodyReader &body, SandboxBodyReader &certificate,
                   const SandboxProducts::Product &product, NewOrder *order, SandboxReply *error);
    void readOrderCsr(SandboxBodyReader &body, SandboxBodyReader &certificate,
                      const SandboxProducts::Product &product, NewOrder *order);
    // signature_hash, server_platform, profile_option, organization_units.
    void readCertificateDetails(SandboxBodyReader &body, SandboxBodyReader &certificate,
                                bool codeSigning, NewOrder *order);
    void readValidity(SandboxBodyReader &body, bool codeSigning, NewOrder *order);
    void readCertValidity(SandboxBodyReader &certificate, NewOrder *order);
    void readDcv(SandboxBodyReader &body, bool dv, NewOrder *order);
    void readPayment(SandboxBodyReader &body, NewOrder *order,
                     SandboxFinance::CardRefusal *refusal);
    void readOrganization(SandboxBodyReader &body, bool codeSigning, NewOrder *order);
    static void readRootContact(SandboxBodyReader &body, const QString &key, bool phoneRequired,
                                NewOrder *order);
    void readContainer(SandboxBodyReader &body, NewOrder *order);
    // skip_approval, comments, alternative_order_id, custom_fields, renewal and the fields
    // that are checked but not used.
    void readOrderOptions(SandboxBodyReader &body, NewOrder *order);
    void readAlternativeOrderId(SandboxBodyReader &body, NewOrder *order);
    void readCustomFields(SandboxBodyReader &body);
    void readRenewal(SandboxBodyReader &body, NewOrder *order); // renewal_of_order_id, thumbprint

    SandboxStore &m_store;
    SandboxAccount::User m_user;
    bool m_uniqueAlternativeOrderIds = false;
};
