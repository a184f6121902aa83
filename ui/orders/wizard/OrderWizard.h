#pragma once

#include "core/NewOrder.h"
#include "core/Product.h"
#include "core/RolePolicy.h"
#include "ui/orders/wizard/KeyPageHost.h"

#include <QWizard>

class CertCentralClient;
class OrderPlacement;

// New order: product, names, key and CSR (or the code-signing provisioning method), validity,
// organization and contacts (OV, EV, code signing), DCV (TLS), options, payment, review,
// result. The pages share one NewOrder; Back keeps what was entered. The order is placed by
// OrderPlacement from the result page, so one "Place order" makes at most one order.
class OrderWizard : public QWizard, public KeyPageHost {
    Q_OBJECT
public:
    enum PageId {
        ProductPageId,
        NamesPageId,
        KeyPageId,
        ProvisioningPageId,
        ValidityPageId,
        OrganizationPageId,
        ContactsPageId,
        DcvPageId,
        OptionsPageId,
        PaymentPageId,
        ReviewPageId,
        ResultPageId
    };

    OrderWizard(CertCentralClient *client, const RolePolicy &roles, QWidget *parent = nullptr);

    CertCentralClient *client() const { return m_client; }
    const RolePolicy &roles() const { return m_roles; }
    NewOrder &order() { return m_order; }
    const Product &product() const { return m_product; }
    void setProduct(const Product &product);
    // After the order was sent: the card is forgotten (order and payment page).
    void forgetCard();
    QString organizationName() const { return m_organizationName; }
    void setOrganizationName(const QString &name) { m_organizationName = name; }
    QString keyFile() const override { return m_keyFile; }
    void setKeyFile(const QString &path) override { m_keyFile = path; }
    QStringList keyPageNames() const override { return m_order.allNames(); }
    void setKeyPageCsr(const QByteArray &csr) override { m_order.csr = csr; }
    OrderPlacement *placement() const { return m_placement; }
    int nextId() const override;

signals:
    void openOrderRequested(qint64 orderId);

private:
    CertCentralClient *m_client;
    RolePolicy m_roles;
    NewOrder m_order;
    Product m_product;
    QString m_keyFile;
    QString m_organizationName;
    OrderPlacement *m_placement;
};
