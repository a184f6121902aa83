#include "FundsTransferCall.h"

FundsTransferCall::FundsTransferCall(CertCentralClient *client, const FundsTransfer &transfer)
    : ApiCall(client, "POST", QStringLiteral("finance/transfer"), {}, transfer.toJson())
    , m_transfer(transfer) {}
