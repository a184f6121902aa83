#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include "core/NewVerifiedContact.h"
#include "core/OrganizationContact.h"
#include "core/PaymentCard.h"
#include "core/TokenShipment.h"

// A TLS certificate order (DV, OV, EV) as POST order/certificate/{product} takes it. validate()
// names the field and what is allowed before anything is sent; toJson() writes the fields and
// date formats decisions.md gives. Code signing comes with the wizard.
struct NewOrder {
    Q_DECLARE_TR_FUNCTIONS(NewOrder)

public:
    // Where DCV e-mail for one name goes (dcv_method email). The e-mail domain sent is the part
    // after the @, which must be the name itself or one of its parent domains.
    struct DcvEmail {
        QString dnsName;
        QString email;
    };
    // A value for one of the account's custom order fields (GET account/metadata).
    struct CustomFieldValue {
        qint64 metadataId = 0;
        QString value;
    };

    QString productNameId;
    bool codeSigning = false; // code_signing, code_signing_ev: no names, no DCV
    // Code signing: ship_token (a token is shipped), client_app, email (a CSR from an HSM),
    // keylocker.
    QString csProvisioningMethod = QStringLiteral("ship_token");
    TokenShipment shipInfo; // ship_token only
    bool wildcardProduct = false;
    bool organizationRequired = false; // OV and EV
    bool evProduct = false;            // EV TLS and EV code signing
    QString commonName;
    QStringList dnsNames; // besides the common name
    QByteArray csr;
    QString signatureHash = QStringLiteral("sha256");
    int serverPlatformId = -1;
    // Order validity: years (1-3), or days (1-1095), or a custom end date; the first set wins.
    int validityYears = 1;
    int validityDays = 0;
    QDate customExpirationDate;
    // Each certificate's validity in days (TLS, at most TlsLimits::maxCertificateDays, not past
    // the order); 0: the most.
    int certValidityDays = 0;
    // The order's length in days from today, by whichever validity form is set.
    int orderDays(const QDate &today) const;
    QString dcvMethod = QStringLiteral("email");
    QString dcvScope;          // base_domain, fqdn, or empty for the account's default
    QList<DcvEmail> dcvEmails; // empty: every WHOIS and constructed address of each name
    qint64 organizationId = 0;
    // Order-level contacts (root of the body); empty ones leave the organization's in charge.
    OrganizationContact organizationContact;
    OrganizationContact technicalContact;
    // EV and code signing: verified contacts who approve, existing ones by id and new people
    // (at most NewVerifiedContact::kMaxPerRequest), in organization.contacts.
    QList<qint64> verifiedContactIds;
    QList<NewVerifiedContact> newVerifiedContacts;
    QList<CustomFieldValue> customFields;
    qint64 containerId = 0;
    QString paymentMethod = QStringLiteral("balance"); // balance, card, profile
    PaymentCard card;                                  // for card
    QString vatNumber;                                 // card and profile
    static constexpr int kMaxVatNumber = 32;
    bool skipApproval = false;
    bool autoRenew = false;
    bool autoReissue = false;     // TLS: reissue automatically within a multi-year plan
    QString comments;             // for the approver
    QStringList additionalEmails; // told about the order besides the requester
    QString customRenewalMessage;
    // Set for every attempt by OrderPlacement; 1 to 64 of A-Z a-z 0-9 . _ -
    QString alternativeOrderId;

    static QStringList dcvMethods();
    static QStringList provisioningMethods();
    // True when a product needs verified contacts (EV TLS, code signing, EV code signing).
    bool needsVerifiedContacts() const { return codeSigning || evProduct; }
    // "certdesk-20261122T085650-3f9a1c2e": fresh for each attempt, within the API's rules.
    static QString makeAlternativeOrderId();
    // Empty when the order can be sent, else the message with *field set (the API's path).
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;
    // The names on the certificate, the common name first, normalised, no duplicates.
    QStringList allNames() const;

private:
    QString validateCodeSigning(QString *field) const;
    QString validateNames(QString *field) const;
    QString validateValidity(QString *field) const;
    QString validateDcv(QString *field) const;
    QString validateNotes(QString *field) const;
    QByteArray codeSigningJson() const;
    QString validatePayment(QString *field) const;
    // Contacts, verified contacts and custom fields: the parts every product shares.
    QString validateContacts(QString *field) const;
    QString validateDcvEmails(QString *field) const;
    QJsonObject organizationJson() const;
    // order_validity: an end date, days or years, whichever is set.
    QJsonObject validityJson() const;
    // Payment, organization, container, notifications, comments, alternative order ID.
    void insertCommon(QJsonObject *root) const;
};
