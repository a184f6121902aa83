#pragma once

#include "AccountBalance.h"
#include "ApiCall.h"

// GET finance/balance[?container_id=N]: the funds of the caller's container, or of another
// container (division) of the account.
// Documentation: certcentral-docs.md 11.1 "View balance".
class BalanceCall : public ApiCall {
    Q_OBJECT
public:
    // containerId 0: the caller's container.
    explicit BalanceCall(CertCentralClient *client, qint64 containerId = 0);
    qint64 containerId() const { return m_containerId; }

signals:
    void received(const AccountBalance &balance);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_balance); }

private:
    qint64 m_containerId;
    AccountBalance m_balance;
};
