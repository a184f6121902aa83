#pragma once

#include "core/DuplicateRequest.h"
#include "ui/orders/lifecycle/LifecycleWizard.h"
#include "ui/orders/wizard/KeyPageHost.h"

// Duplicate an issued certificate: the order's names (all or some), a custom expiration date
// bounded by the earliest of the order's end, the plan's end and the longest validity (the page
// says which applies), a new key and CSR (or one's own CSR); then the duplicate's certificate or
// request.
class DuplicateWizard : public LifecycleWizard, public KeyPageHost {
    Q_OBJECT
public:
    DuplicateWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                    const OrderDetails &details, QWidget *parent = nullptr);

    DuplicateRequest &request() { return m_request; }
    DuplicateRequest::Latest latest() const;
    void send() override;
    QString resultText(const LifecycleResult &result) const override;

    QStringList keyPageNames() const override { return m_request.allNames(); }
    void setKeyPageCsr(const QByteArray &csr) override { m_request.csr = csr; }
    QString keyFile() const override { return m_keyFile; }
    void setKeyFile(const QString &path) override { m_keyFile = path; }

private:
    DuplicateRequest m_request;
    QString m_keyFile;
};
