#include "DuplicateCall.h"

DuplicateCall::DuplicateCall(CertCentralClient *client, const DuplicateRequest &request)
    : ApiCall(client, "POST", QStringLiteral("order/certificate/%1/duplicate").arg(request.orderId),
              {}, request.toJson())
    , m_orderId(request.orderId) {}

QString DuplicateCall::decode(const QByteArray &body, int) {
    QString error;
    if (!LifecycleResult::fromReissueReply(body, &m_result, &error))
        return error;
    return {};
}
