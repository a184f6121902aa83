#pragma once

#include "AccountBalance.h"
#include "ApiCall.h"

// GET finance/balance: the funds of the caller's container.
class BalanceCall : public ApiCall {
    Q_OBJECT
public:
    explicit BalanceCall(CertCentralClient *client);

signals:
    void received(const AccountBalance &balance);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_balance); }

private:
    AccountBalance m_balance;
};
