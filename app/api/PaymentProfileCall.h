#pragma once

#include "ApiCall.h"
#include "PaymentProfile.h"

// "List payment profiles" (dev.digicert.com, older pages): GET finance/payment-profile, the
// account's stored cards, read only.
// Documentation: certcentral-docs.md 11.5 "List payment profiles".
class PaymentProfileCall : public ApiCall {
    Q_OBJECT
public:
    explicit PaymentProfileCall(CertCentralClient *client);

signals:
    void received(const QList<PaymentProfile> &profiles);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_profiles); }

private:
    QList<PaymentProfile> m_profiles;
};
