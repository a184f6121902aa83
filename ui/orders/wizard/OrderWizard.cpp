#include "ui/orders/wizard/OrderWizard.h"

#include "ui/common/AccessibleForms.h"

#include "services/OrderPlacement.h"
#include "ui/orders/wizard/OrderContactsPage.h"
#include "ui/orders/wizard/OrderDcvPage.h"
#include "ui/orders/wizard/OrderKeyPage.h"
#include "ui/orders/wizard/OrderNamesPage.h"
#include "ui/orders/wizard/OrderOptionsPage.h"
#include "ui/orders/wizard/OrderOrganizationPage.h"
#include "ui/orders/wizard/OrderPaymentPage.h"
#include "ui/orders/wizard/OrderProductPage.h"
#include "ui/orders/wizard/OrderProvisioningPage.h"
#include "ui/orders/wizard/OrderResultPage.h"
#include "ui/orders/wizard/OrderReviewPage.h"
#include "ui/orders/wizard/OrderValidityPage.h"

OrderWizard::OrderWizard(CertCentralClient *client, const RolePolicy &roles, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_roles(roles)
    , m_placement(new OrderPlacement(client, this)) {
    setObjectName(QStringLiteral("orderWizard"));
    setWindowTitle(tr("New order"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(ProductPageId, new OrderProductPage(this));
    setPage(NamesPageId, new OrderNamesPage(this));
    setPage(KeyPageId, new OrderKeyPage(this, this));
    setPage(ProvisioningPageId, new OrderProvisioningPage(this));
    setPage(ValidityPageId, new OrderValidityPage(this));
    setPage(OrganizationPageId, new OrderOrganizationPage(this));
    setPage(ContactsPageId, new OrderContactsPage(this));
    setPage(DcvPageId, new OrderDcvPage(this));
    setPage(OptionsPageId, new OrderOptionsPage(this));
    setPage(PaymentPageId, new OrderPaymentPage(this));
    setPage(ReviewPageId, new OrderReviewPage(this));
    setPage(ResultPageId, new OrderResultPage(this));
    resize(760, 640);
    AccessibleForms::nameControls(this);
}

void OrderWizard::setProduct(const Product &product) {
    m_product = product;
    m_order.productNameId = product.nameId;
    m_order.wildcardProduct = product.isWildcard();
    m_order.organizationRequired = product.needsOrganization();
    m_order.codeSigning = product.isCodeSigning();
    m_order.evProduct =
        product.group() == Product::Group::Ev || product.group() == Product::Group::EvCodeSigning;
    if (!m_order.needsVerifiedContacts()) {
        m_order.verifiedContactIds.clear();
        m_order.newVerifiedContacts.clear();
    }
    if (!product.needsOrganization())
        m_order.organizationId = 0;
}

void OrderWizard::forgetCard() {
    m_order.card.clear();
    static_cast<OrderPaymentPage *>(page(PaymentPageId))->clearCard();
}

int OrderWizard::nextId() const {
    switch (currentId()) {
    case ProductPageId:
        return m_product.isCodeSigning() ? ProvisioningPageId : NamesPageId;
    case ProvisioningPageId:
        return ValidityPageId;
    case NamesPageId:
        return KeyPageId;
    case KeyPageId:
        return ValidityPageId;
    case ValidityPageId:
        return m_product.needsOrganization() ? OrganizationPageId : DcvPageId;
    case OrganizationPageId:
        return ContactsPageId;
    case ContactsPageId:
        return m_product.isCodeSigning() ? OptionsPageId : DcvPageId;
    case DcvPageId:
        return OptionsPageId;
    case OptionsPageId:
        return PaymentPageId;
    case PaymentPageId:
        return ReviewPageId;
    case ReviewPageId:
        return ResultPageId;
    default:
        return -1;
    }
}
