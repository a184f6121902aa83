#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

// A reissue of an issued order (POST order/certificate/{order_id}/reissue, certcentral-docs.md
// 5.1): the whole certificate object (names, CSR, platform, hash) and, at the root, the DCV
// scope and method, comments and skip_approval, as decisions.md gives them. A code-signing
// reissue has no common_name and no names; cs_provisioning_method at the root; and a CSR only
// with email provisioning. validate() names the API field and what is allowed before anything
// is sent.
struct ReissueRequest {
    Q_DECLARE_TR_FUNCTIONS(ReissueRequest)

public:
    qint64 orderId = 0;
    bool wildcardProduct = false; // from the order's product: allows and needs *. names
    bool codeSigning = false;     // from the order's product
    // Code signing: ship_token, client_app or email; empty keeps the order's method.
    QString csProvisioningMethod;
    QString commonName;
    QStringList dnsNames; // besides the common name
    QByteArray csr;
    std::optional<int> serverPlatformId; // unset: the order's platform is kept
    QString signatureHash = QStringLiteral("sha256");
    QString dcvScope;  // base_domain, fqdn, or empty for the account's default
    QString dcvMethod; // empty: the order's method is kept
    QString comments;  // for the approver
    bool skipApproval = false;

    static constexpr int kMaxNames = 250;
    static constexpr int kMaxComments = 1024;
    static QStringList dcvScopes();
    static QStringList provisioningMethods();
    // The names on the reissued certificate, the common name first, normalised, no duplicates.
    QStringList allNames() const;
    // Names on the order now that the reissue drops (normalised, in the order's order).
    // CertCentral may revoke the earlier certificates within 72 hours when names go.
    static QStringList removedNames(const QStringList &orderNames, const QStringList &newNames);
    QStringList removedNames(const QStringList &orderNames) const;
    // Empty when the reissue can be sent, else the message with *field set (the API's path).
    QString validate(QString *field = nullptr) const;
    QByteArray toJson() const;

private:
    QString validateCodeSigning(QString *field) const;
    // comments: at most kMaxComments characters of plain text.
    QString validateComments(QString *field) const;
};
