#pragma once

#include "SandboxAccount.h"
#include "SandboxCertificateIssuer.h"
#include "SandboxFinance.h"
#include "SandboxOrganizations.h"
#include "SandboxReply.h"

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
    struct NewVerifiedContact {
        SandboxOrganizations::Contact contact;
    };

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

    // Reads organization.contacts (shared with the organization routes): verified contacts by
    // user_id or full details, at most 30 new ones.
    static void readContacts(SandboxBodyReader &organization, const QString &key,
                             SandboxOrganizations::Organization *org,
                             QList<NewVerifiedContact> *newVerified, QList<int> *existingVerified,
                             bool organizationExists);
    // Checks the fields of a new organization (name limits, address, country...).
    static void readNewOrganization(SandboxBodyReader &reader,
                                    SandboxOrganizations::Organization *org);
    static std::optional<SandboxOrganizations::Contact> readContact(SandboxBodyReader &reader,
                                                                    bool verified);
    // One DNS name, normalized; records invalid_value on the reader when it is not valid.
    static QString readDnsName(SandboxBodyReader &reader, const QString &key, const QString &value,
                               bool allowWildcard);

private:
    void readValidity(SandboxBodyReader &body, bool codeSigning, NewOrder *order);
    void readCertValidity(SandboxBodyReader &certificate, NewOrder *order);
    void readDcv(SandboxBodyReader &body, bool dv, NewOrder *order);
    void readPayment(SandboxBodyReader &body, NewOrder *order,
                     SandboxFinance::CardRefusal *refusal);
    void readOrganization(SandboxBodyReader &body, bool codeSigning, NewOrder *order);
    static void readRootContact(SandboxBodyReader &body, const QString &key, bool phoneRequired,
                                NewOrder *order);

    SandboxStore &m_store;
    SandboxAccount::User m_user;
    bool m_uniqueAlternativeOrderIds = false;
};
