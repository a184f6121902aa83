#pragma once

#include "ApiCall.h"
#include "FundsTransfer.h"

// "Transfer funds" (dev.digicert.com): POST finance/transfer with amount, from_container_id and
// to_container_id, answered 204 with no body. A write: sent once, never retried; a lost reply
// is ApiError::isOutcomeUnknown(), and the balances tell whether the funds moved.
// Documentation: certcentral-docs.md 11.3 "Transfer funds".
class FundsTransferCall : public ApiCall {
    Q_OBJECT
public:
    FundsTransferCall(CertCentralClient *client, const FundsTransfer &transfer);
    const FundsTransfer &transfer() const { return m_transfer; }

signals:
    void transferred(const FundsTransfer &transfer);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit transferred(m_transfer); }

private:
    FundsTransfer m_transfer;
};
