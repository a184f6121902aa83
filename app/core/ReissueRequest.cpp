#include "core/ReissueRequest.h"

#include "core/DnsName.h"
#include "core/NewOrder.h"
#include "core/PlainText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QStringList ReissueRequest::dcvScopes() {
    return {QStringLiteral("base_domain"), QStringLiteral("fqdn")};
}

QStringList ReissueRequest::allNames() const {
    QStringList names{DnsName::normalized(commonName)};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QStringList ReissueRequest::removedNames(const QStringList &orderNames,
                                         const QStringList &newNames) {
    QStringList kept;
    for (const QString &n : newNames)
        kept << DnsName::normalized(n);
    QStringList removed;
    for (const QString &n : orderNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !kept.contains(name) && !removed.contains(name))
            removed << name;
    }
    return removed;
}

QStringList ReissueRequest::removedNames(const QStringList &orderNames) const {
    return removedNames(orderNames, allNames());
}

QString ReissueRequest::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (orderId <= 0)
        return fail("order_id", tr("Choose the issued order to reissue."));
    if (codeSigning)
        return validateCodeSigning(field);
    const QString cnProblem = DnsName::problem(commonName, wildcardProduct);
    if (!cnProblem.isEmpty())
        return fail("certificate.common_name", cnProblem);
    if (wildcardProduct && !DnsName::normalized(commonName).startsWith(QStringLiteral("*.")))
        return fail("certificate.common_name",
                    tr("A wildcard product needs a common name that starts with *., for "
                       "example *.example.com"));
    for (const QString &name : dnsNames) {
        const QString problem = DnsName::problem(name, wildcardProduct);
        if (!problem.isEmpty())
            return fail("certificate.dns_names", problem);
    }
    if (allNames().size() > kMaxNames)
        return fail("certificate.dns_names", tr("A certificate holds at most %1 names; this one "
                                                "has %2.")
                                                 .arg(kMaxNames)
                                                 .arg(allNames().size()));
    if (csr.trimmed().isEmpty())
        return fail("certificate.csr",
                    tr("A reissue needs a certificate signing request (CSR) for the new key."));
    if (!QStringList{QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")}
             .contains(signatureHash))
        return fail("certificate.signature_hash",
                    tr("Signature hash \"%1\" is not offered; use sha256, sha384 or sha512.")
                        .arg(signatureHash));
    if (serverPlatformId && (*serverPlatformId < -1 || *serverPlatformId > 999999))
        return fail("certificate.server_platform.id",
                    tr("The server platform is a platform id, or -1 for other; got %1.")
                        .arg(*serverPlatformId));
    if (!dcvScope.isEmpty() && !dcvScopes().contains(dcvScope))
        return fail("certificate_dcv_scope",
                    tr("DCV scope \"%1\" is not known; use base_domain or fqdn, or leave it "
                       "empty for the account's default.")
                        .arg(dcvScope));
    if (!dcvMethod.isEmpty() && !NewOrder::dcvMethods().contains(dcvMethod))
        return fail("dcv_method",
                    tr("DCV method \"%1\" is not known; use one of: %2")
                        .arg(dcvMethod, NewOrder::dcvMethods().join(QStringLiteral(", "))));
    if (dcvMethod == QLatin1String("http-token")) {
        for (const QString &name : allNames())
            if (name.startsWith(QStringLiteral("*.")))
                return fail("dcv_method",
                            tr("HTTP file DCV cannot prove a wildcard name (%1); use e-mail or "
                               "DNS.")
                                .arg(name));
    }
    return validateComments(field);
}

QString ReissueRequest::validateComments(QString *field) const {
    QString problem;
    if (comments.size() > kMaxComments)
        problem = tr("Comments have at most %1 characters; these have %2.")
                      .arg(kMaxComments)
                      .arg(comments.size());
    else
        problem = PlainText::problem(comments, true);
    if (!problem.isEmpty() && field)
        *field = QStringLiteral("comments");
    return problem;
}

QStringList ReissueRequest::provisioningMethods() {
    return {QStringLiteral("ship_token"), QStringLiteral("client_app"), QStringLiteral("email")};
}

QString ReissueRequest::validateCodeSigning(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (!csProvisioningMethod.isEmpty() && !provisioningMethods().contains(csProvisioningMethod))
        return fail("cs_provisioning_method",
                    tr("Provisioning \"%1\" is not known; use ship_token, client_app or email, "
                       "or leave it empty to keep the order's.")
                        .arg(csProvisioningMethod));
    const bool byEmail = csProvisioningMethod == QLatin1String("email");
    if (byEmail && csr.trimmed().isEmpty())
        return fail("certificate.csr", tr("Email provisioning (an HSM) needs a certificate "
                                          "signing request (CSR) for the new key."));
    if (!byEmail && !csr.trimmed().isEmpty())
        return fail("certificate.csr",
                    tr("A CSR goes only with email provisioning; with a token the key is made "
                       "on the token."));
    if (!QStringList{QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")}
             .contains(signatureHash))
        return fail("certificate.signature_hash",
                    tr("Signature hash \"%1\" is not offered; use sha256, sha384 or sha512.")
                        .arg(signatureHash));
    return validateComments(field);
}

QByteArray ReissueRequest::toJson() const {
    if (codeSigning) {
        // No common_name for code signing (certcentral-docs.md 5.1); a CSR only by email.
        QJsonObject certificate{{QStringLiteral("signature_hash"), signatureHash}};
        if (csProvisioningMethod == QLatin1String("email"))
            certificate.insert(QStringLiteral("csr"), QString::fromLatin1(csr.trimmed()));
        if (serverPlatformId)
            certificate.insert(QStringLiteral("server_platform"),
                               QJsonObject{{QStringLiteral("id"), *serverPlatformId}});
        QJsonObject root{{QStringLiteral("certificate"), certificate},
                         {QStringLiteral("skip_approval"), skipApproval}};
        if (!csProvisioningMethod.isEmpty())
            root.insert(QStringLiteral("cs_provisioning_method"), csProvisioningMethod);
        if (!comments.trimmed().isEmpty())
            root.insert(QStringLiteral("comments"), comments.trimmed());
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    QJsonArray names;
    for (const QString &n : allNames())
        names.append(n);
    QJsonObject certificate{{QStringLiteral("common_name"), DnsName::normalized(commonName)},
                            {QStringLiteral("dns_names"), names},
                            {QStringLiteral("csr"), QString::fromLatin1(csr.trimmed())},
                            {QStringLiteral("signature_hash"), signatureHash}};
    if (serverPlatformId)
        certificate.insert(QStringLiteral("server_platform"),
                           QJsonObject{{QStringLiteral("id"), *serverPlatformId}});
    QJsonObject root{{QStringLiteral("certificate"), certificate},
                     {QStringLiteral("skip_approval"), skipApproval}};
    if (!dcvScope.isEmpty())
        root.insert(QStringLiteral("certificate_dcv_scope"), dcvScope);
    if (!dcvMethod.isEmpty())
        root.insert(QStringLiteral("dcv_method"), dcvMethod);
    if (!comments.trimmed().isEmpty())
        root.insert(QStringLiteral("comments"), comments.trimmed());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
