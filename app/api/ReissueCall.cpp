#include "ReissueCall.h"

ReissueCall::ReissueCall(CertCentralClient *client, const ReissueRequest &request)
    : ApiCall(client, "POST", QStringLiteral("order/certificate/%1/reissue").arg(request.orderId),
              {}, request.toJson())
    , m_orderId(request.orderId) {}

QString ReissueCall::decode(const QByteArray &body, int) {
    QString error;
    if (!LifecycleResult::fromReissueReply(body, &m_result, &error))
        return error;
    return {};
}
