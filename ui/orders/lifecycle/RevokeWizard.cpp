#include "ui/orders/lifecycle/RevokeWizard.h"

#include "services/OrderService.h"
#include "ui/orders/lifecycle/RevokeConfirmPage.h"
#include "ui/orders/lifecycle/RevokeDatePage.h"
#include "ui/orders/lifecycle/RevokeReasonPage.h"

#include <QLocale>

RevokeWizard::RevokeWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                           const OrderDetails &details, QWidget *parent)
    : LifecycleWizard(client, roles, order, details, parent) {
    setObjectName(QStringLiteral("revokeWizard"));
    setWindowTitle(tr("Revoke %1").arg(order.commonName));
    m_request.certificateId = order.certificateId;
    m_request.orderId = order.id;
    // The API gives issue days; the start of that day (UTC) is the earliest CertDesk allows and
    // CertCentral checks the exact time.
    if (order.validFrom.isValid())
        m_request.earliestAllowed = QDateTime(order.validFrom, QTime(0, 0), Qt::UTC);
    setPage(ReasonPageId, new RevokeReasonPage(this));
    setPage(DatePageId, new RevokeDatePage(this));
    setPage(ConfirmPageId, new RevokeConfirmPage(this));
    addResultPage();
}

void RevokeWizard::setSerialNumber(const QString &serial, const QDateTime &issued) {
    m_request.scope = RevokeRequest::Scope::SerialNumber;
    m_request.serialNumber = serial;
    m_request.certificateId = 0;
    m_request.orderId = 0;
    if (issued.isValid())
        m_request.earliestAllowed = issued.toUTC();
    setWindowTitle(tr("Revoke certificate %1").arg(serial));
}

int RevokeWizard::nextId() const {
    switch (currentId()) {
    case ReasonPageId:
        return m_request.reason == QLatin1String("keyCompromise") ? DatePageId : ConfirmPageId;
    case DatePageId:
        return ConfirmPageId;
    case ConfirmPageId:
        return ResultPageId;
    default:
        return -1;
    }
}

bool RevokeWizard::codeSigning() const {
    return order().productNameId.startsWith(QLatin1String("code_signing"));
}

QString RevokeWizard::reasonText(const QString &reason) {
    if (reason == QLatin1String("keyCompromise"))
        return tr("Key compromise");
    if (reason == QLatin1String("cessationOfOperation"))
        return tr("Cessation of operation");
    if (reason == QLatin1String("affiliationChanged"))
        return tr("Affiliation changed");
    if (reason == QLatin1String("superseded"))
        return tr("Superseded");
    return tr("Unspecified");
}

QString RevokeWizard::reasonExplanation(const QString &reason) {
    if (reason == QLatin1String("keyCompromise"))
        return tr("The private key was lost, stolen or seen by someone who should not have it.");
    if (reason == QLatin1String("cessationOfOperation"))
        return tr("The names are no longer used, or the service was shut down.");
    if (reason == QLatin1String("affiliationChanged"))
        return tr("The organization's name or relationship to the names changed.");
    if (reason == QLatin1String("superseded"))
        return tr("A new certificate replaces this one; nothing was compromised.");
    return tr("None of the others applies, or you prefer not to say.");
}

void RevokeWizard::send() {
    submit(OrderService(client()).revoke(m_request));
}

QString RevokeWizard::resultText(const LifecycleResult &result) const {
    const QString what =
        m_request.scope == RevokeRequest::Scope::Order
            ? tr("every certificate on order %1").arg(order().id)
        : m_request.scope == RevokeRequest::Scope::SerialNumber
            ? tr("the certificate with serial number %1 (%2)")
                  .arg(m_request.normalizedSerial(), order().commonName.toHtmlEscaped())
            : tr("certificate %1 (%2)")
                  .arg(m_request.certificateId)
                  .arg(order().commonName.toHtmlEscaped());
    // The date CertCentral reports: the revoke request's "date" (201). A revocation done at
    // once (204) reports none.
    const QString when =
        result.date.isValid()
            ? QStringLiteral(" ") +
                  tr("CertCentral recorded it on %1 UTC.")
                      .arg(result.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : QString();
    if (result.waitsForApproval())
        return tr("<b>Revocation requested</b> for %1. Request %2 waits for an administrator's "
                  "approval on the Requests page; the certificate stays valid until then.")
                   .arg(what)
                   .arg(result.requestId) +
               when;
    return tr("<b>Revoked</b>: %1, reason %2.").arg(what, reasonText(m_request.reason).toLower()) +
           when;
}
