#include "ui/orders/lifecycle/DuplicateWizard.h"

#include "services/OrderService.h"
#include "ui/orders/lifecycle/DuplicateDatePage.h"
#include "ui/orders/wizard/OrderKeyPage.h"

#include <QLocale>

DuplicateWizard::DuplicateWizard(CertCentralClient *client, const RolePolicy &roles,
                                 const Order &order, const OrderDetails &details, QWidget *parent)
    : LifecycleWizard(client, roles, order, details, parent) {
    setObjectName(QStringLiteral("duplicateWizard"));
    setWindowTitle(tr("Duplicate %1").arg(order.commonName));
    m_request.orderId = order.id;
    m_request.commonName = order.commonName;
    m_request.dnsNames = order.allNames().mid(1);
    m_request.orderNames = order.allNames();
    m_request.orderEnd =
        details.orderValidTill.isValid() ? details.orderValidTill : order.validTill;
    if (!order.signatureHash.isEmpty())
        m_request.signatureHash = order.signatureHash;
    addPage(new DuplicateDatePage(this));
    auto *key = new OrderKeyPage(this, this);
    key->setTitle(tr("Key and CSR for the duplicate"));
    key->setButtonText(QWizard::NextButton, tr("Duplicate"));
    addPage(key);
    addResultPage();
}

DuplicateRequest::Latest DuplicateWizard::latest() const {
    return DuplicateRequest::latestExpiration(QDate::currentDate(), m_request.orderEnd,
                                              m_request.planEnd);
}

void DuplicateWizard::send() {
    submit(OrderService(client()).duplicate(m_request));
}

QString DuplicateWizard::resultText(const LifecycleResult &result) const {
    QStringList lines;
    if (result.waitsForApproval())
        lines << tr("<b>Duplicate requested.</b> Request %1 waits for approval on the Requests "
                    "page.")
                     .arg(result.requestId);
    else if (result.status == QLatin1String("rejected"))
        lines << tr("<b>Duplicate rejected.</b> Request %1 was rejected; see the Requests page.")
                     .arg(result.requestId);
    else if (result.statusUnknown())
        lines << (result.requestId > 0
                      ? tr("<b>Duplicate submitted</b> as request %1. CertCentral did not say "
                           "whether it waits for approval; the Requests page shows it.")
                            .arg(result.requestId)
                      : tr("<b>Duplicate submitted</b> for order %1. CertCentral did not say "
                           "whether it waits for approval; the order's details show it.")
                            .arg(result.orderId));
    else
        lines << tr("<b>Duplicate issued</b>: certificate %1. Download it from the order's "
                    "Certificate tab (Download).")
                     .arg(result.certificateId);
    if (m_request.customExpirationDate.isValid())
        lines << tr("It ends on %1 at the latest.")
                     .arg(QLocale().toString(m_request.customExpirationDate, QLocale::LongFormat));
    if (!m_keyFile.isEmpty())
        lines << tr("Its private key: %1").arg(m_keyFile.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}
