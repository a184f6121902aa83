#include "ui/orders/lifecycle/ReissueWizard.h"

#include "services/OrderService.h"
#include "ui/orders/lifecycle/ReissueNamesPage.h"
#include "ui/orders/lifecycle/ReissueOptionsPage.h"
#include "ui/orders/lifecycle/ReissueProvisioningPage.h"
#include "ui/orders/wizard/OrderKeyPage.h"

ReissueWizard::ReissueWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                             const OrderDetails &details, QWidget *parent)
    : LifecycleWizard(client, roles, order, details, parent) {
    setObjectName(QStringLiteral("reissueWizard"));
    setWindowTitle(tr("Reissue order %1").arg(order.id));
    m_request.orderId = order.id;
    m_request.wildcardProduct = order.productNameId.contains(QLatin1String("wildcard")) ||
                                order.commonName.startsWith(QLatin1String("*."));
    m_request.commonName = order.commonName;
    for (const QString &name : order.allNames().mid(1))
        m_request.dnsNames << name;
    if (!order.signatureHash.isEmpty())
        m_request.signatureHash = order.signatureHash;
    if (order.productNameId.startsWith(QLatin1String("code_signing"))) {
        // No names and no key made here (certcentral-docs.md 5.1): where the key lives, then
        // the approval options.
        m_request.codeSigning = true;
        m_request.commonName.clear();
        m_request.dnsNames.clear();
        addPage(new ReissueProvisioningPage(this));
        addPage(new ReissueOptionsPage(this));
        addResultPage();
        return;
    }
    addPage(new ReissueNamesPage(this));
    auto *key = new OrderKeyPage(this, this);
    key->setTitle(tr("New key and CSR"));
    addPage(key);
    addPage(new ReissueOptionsPage(this));
    addResultPage();
}

QStringList ReissueWizard::removedNames() const {
    // A code-signing certificate names the organization; its reissue keeps it.
    if (m_request.codeSigning)
        return {};
    return m_request.removedNames(order().allNames());
}

void ReissueWizard::send() {
    submit(OrderService(client()).reissue(m_request));
}

QString ReissueWizard::resultText(const LifecycleResult &result) const {
    QStringList lines;
    if (m_request.codeSigning) {
        if (result.waitsForApproval())
            lines << tr("<b>Reissue requested.</b> Request %1 waits for approval on the "
                        "Requests page.")
                         .arg(result.requestId);
        else
            lines << tr("<b>Reissue submitted</b> for order %1.").arg(result.orderId);
        lines << (m_request.csProvisioningMethod == QLatin1String("ship_token")
                      ? tr("DigiCert ships a new token; the order's details show its progress.")
                      : tr("Install the new certificate on the token or HSM with DigiCert's "
                           "tools once it is issued."));
        return lines.join(QStringLiteral("<br>"));
    }
    if (result.waitsForApproval())
        lines << tr("<b>Reissue requested.</b> Request %1 waits for approval on the Requests "
                    "page.")
                     .arg(result.requestId);
    else if (result.status == QLatin1String("rejected"))
        lines << tr("<b>Reissue rejected.</b> Request %1 was rejected; see the Requests page.")
                     .arg(result.requestId);
    else if (result.statusUnknown())
        lines << (result.requestId > 0
                      ? tr("<b>Reissue submitted</b> as request %1. CertCentral did not say "
                           "whether it waits for approval; the Requests page shows it.")
                            .arg(result.requestId)
                      : tr("<b>Reissue submitted</b> for order %1. CertCentral did not say "
                           "whether it waits for approval; the order's details show it.")
                            .arg(result.orderId));
    else
        lines << (result.certificateId > 0
                      ? tr("<b>Reissue accepted</b> for order %1: new certificate %2.")
                            .arg(result.orderId)
                            .arg(result.certificateId)
                      : tr("<b>Reissue accepted</b> for order %1.").arg(result.orderId));
    if (!result.dcvRandomValue.isEmpty())
        lines << tr("Prove control of the names with this random value (DNS TXT record or "
                    "file, as the order's DCV method says): <b>%1</b>")
                     .arg(result.dcvRandomValue.toHtmlEscaped());
    else
        lines << tr("Names that still need DCV are listed on the order's Names and DCV tab.");
    if (!m_keyFile.isEmpty())
        lines << tr("Your new private key: %1").arg(m_keyFile.toHtmlEscaped());
    const QStringList removed = removedNames();
    if (!removed.isEmpty())
        lines << tr("Earlier certificates with %1 may be revoked within 72 hours.")
                     .arg(removed.join(QStringLiteral(", ")).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}
