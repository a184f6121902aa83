#pragma once

#include "core/RevokeRequest.h"
#include "ui/orders/lifecycle/LifecycleWizard.h"

// Revoke one certificate or every certificate on an order: the reason (each explained), for a
// key compromise when it happened (local time, sent in UTC, not before the issue date), and a
// last page where the user types the common name or order number to confirm. Administrators
// may skip approval; otherwise the result is a pending revoke request.
class RevokeWizard : public LifecycleWizard {
    Q_OBJECT
public:
    enum PageId { ReasonPageId, DatePageId, ConfirmPageId, ResultPageId };

    RevokeWizard(CertCentralClient *client, const RolePolicy &roles, const Order &order,
                 const OrderDetails &details, QWidget *parent = nullptr);

    RevokeRequest &request() { return m_request; }
    int nextId() const override;
    void send() override;
    QString resultText(const LifecycleResult &result) const override;
    bool codeSigning() const;
    // Revoke by serial number (a certificate loaded from a file): no order scope, and the
    // certificate's exact start is the earliest compromise time.
    void setSerialNumber(const QString &serial, const QDateTime &issued);
    static QString reasonText(const QString &reason);
    static QString reasonExplanation(const QString &reason);

private:
    RevokeRequest m_request;
};
