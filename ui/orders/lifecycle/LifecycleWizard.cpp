#include "ui/orders/lifecycle/LifecycleWizard.h"

#include "services/RequestService.h"
#include "ui/common/AccessibleForms.h"
#include "ui/orders/lifecycle/LifecycleResultPage.h"

LifecycleWizard::LifecycleWizard(CertCentralClient *client, const RolePolicy &roles,
                                 const Order &order, const OrderDetails &details, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_roles(roles)
    , m_order(order)
    , m_details(details) {
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    resize(720, 600);
}

void LifecycleWizard::addResultPage() {
    m_resultPage = new LifecycleResultPage(this);
    addPage(m_resultPage);
    AccessibleForms::nameControls(this);
}

void LifecycleWizard::submit(const Reply<LifecycleResult> &reply) {
    reply.onResult(this, [this](const LifecycleResult &result) { onCompleted(result); })
        .onFailed(this, [this](const ApiError &error) { onFailed(error); });
}

void LifecycleWizard::onCompleted(const LifecycleResult &result) {
    // The reply did not say how the request stands: ask CertCentral before telling the user
    // (decisions.md, reissue). If that fails too, the page says the state is unknown.
    if (result.statusUnknown() && result.requestId > 0) {
        RequestService(m_client)
            .info(result.requestId)
            .onResult(this,
                      [this, result](const ApprovalRequest &request) {
                          LifecycleResult known = result;
                          if (request.status == QLatin1String("approved") ||
                              request.status == QLatin1String("rejected"))
                              known.status = request.status;
                          else if (request.status == QLatin1String("pending") ||
                                   request.status == QLatin1String("submitted"))
                              known.status = QStringLiteral("pending");
                          showCompleted(known);
                      })
            .onFailed(this, [this, result](const ApiError &) { showCompleted(result); });
        return;
    }
    showCompleted(result);
}

void LifecycleWizard::showCompleted(const LifecycleResult &result) {
    m_resultPage->showResult(resultText(result));
    emit changed(m_order.id);
}

void LifecycleWizard::onFailed(const ApiError &error) {
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_resultPage->showFailure(error);
    if (error.isOutcomeUnknown())
        emit changed(m_order.id);
}
