#pragma once

#include "core/ReissueRequest.h"
#include "ui/orders/lifecycle/LifecycleWizard.h"
#include "ui/orders/wizard/KeyPageHost.h"

// Reissue an issued order: names prefilled from the order (add, remove, swap; names that go
// are listed with the 72-hour warning), a new key and CSR (or one's own CSR), DCV scope and
// method, comments and skip approval where allowed. A code-signing order asks only where the
// new key lives (a token, or an HSM with its CSR) and the approval options.
class ReissueWizard : public LifecycleWizard, public KeyPageHost {
    Q_OBJECT
public:
    ReissueWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                  const OrderDetails &details, QWidget *parent = nullptr);

    ReissueRequest &request() { return m_request; }
    // The order's names that the reissue drops.
    QStringList removedNames() const;
    void send() override;
    QString resultText(const LifecycleResult &result) const override;

    QStringList keyPageNames() const override { return m_request.allNames(); }
    void setKeyPageCsr(const QByteArray &csr) override { m_request.csr = csr; }
    QString keyFile() const override { return m_keyFile; }
    void setKeyFile(const QString &path) override { m_keyFile = path; }
    QByteArray keyPageSuggestedCsr() const override { return details().csr; }

private:
    ReissueRequest m_request;
    QString m_keyFile;
};
