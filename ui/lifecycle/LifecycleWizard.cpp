#include "LifecycleWizard.h"

#include "AccessibleForms.h"
#include "ApiCall.h"
#include "CertCentralClient.h"
#include "LifecycleResultPage.h"

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

void LifecycleWizard::watch(ApiCall *call) {
    connect(call, &ApiCall::failed, this, &LifecycleWizard::onFailed);
    m_client->submit(call);
}

void LifecycleWizard::onCompleted(const LifecycleResult &result) {
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
