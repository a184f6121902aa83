#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include "PaymentCard.h"

// A TLS certificate order (DV, OV, EV) as POST order/certificate/{product} takes it. validate()
// names the field and what is allowed before anything is sent; toJson() writes the fields and
// date formats decisions.md gives. Code signing comes with the wizard.
struct NewOrder {
    Q_DECLARE_TR_FUNCTIONS(NewOrder)

public:
    struct ShipInfo {
        QString name;
        QString addr1;
        QString addr2;
        QString city;
        QString state;
        QString zip;
        QString country;
        QString method = QStringLiteral("STANDARD"); // or EXPEDITED
    };

    QString productNameId;
    bool codeSigning = false; // code_signing, code_signing_ev: no names, no DCV
    // Code signing: ship_token (a token is shipped), client_app, email (a CSR from an HSM),
    // keylocker.
    QString csProvisioningMethod = QStringLiteral("ship_token");
    ShipInfo shipInfo;
    bool wildcardProduct = false;
    bool organizationRequired = false; // OV and EV
    QString commonName;
    QStringList dnsNames; // besides the common name
    QByteArray csr;
    QString signatureHash = QStringLiteral("sha256");
    int serverPlatformId = -1;
    // Order validity: years (1-3), or days (1-1095), or a custom end date; the first set wins.
    int validityYears = 1;
    int validityDays = 0;
    QDate customExpirationDate;
    // Each certificate's validity in days (TLS, at most 397, not past the order); 0: the most.
    int certValidityDays = 0;
    // The order's length in days from today, by whichever validity form is set.
    int orderDays(const QDate &today) const;
    QString dcvMethod = QStringLiteral("email");
    QString dcvScope; // base_domain, fqdn, or empty for the account's default
    qint64 organizationId = 0;
    qint64 containerId = 0;
    QString paymentMethod = QStringLiteral("balance"); // balance, card, profile
    PaymentCard card;                                  // for card
    QString vatNumber;                                 // card and profile
    bool skipApproval = false;
    bool autoRenew = false;
    QString comments;             // for the approver
    QStringList additionalEmails; // told about the order besides the requester
    QString customRenewalMessage;
    // Set for every attempt by OrderPlacement; 1 to 64 of A-Z a-z 0-9 . _ -
    QString alternativeOrderId;

    static QStringList dcvMethods();
    static QStringList provisioningMethods();
    // "certdesk-20261122T085650-3f9a1c2e": fresh for each attempt, within the API's rules.
    static QString makeAlternativeOrderId();
    // Empty when the order can be sent, else the message with *field set (the API's path).
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;
    // The names on the certificate, the common name first, normalised, no duplicates.
    QStringList allNames() const;

private:
    QString validateCodeSigning(QString *field) const;
    QByteArray codeSigningJson() const;
    QString validatePayment(QString *field) const;
    // Payment, organization, container, notifications, comments, alternative order ID.
    void insertCommon(QJsonObject *root) const;
};
