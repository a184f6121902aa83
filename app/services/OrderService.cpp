#include "services/OrderService.h"

#include "CertCentralClient.h"
#include "CertificateDownloadCall.h"
#include "CertificateHistoryCall.h"
#include "DuplicateCall.h"
#include "OrderCancelCall.h"
#include "OrderDcvCall.h"
#include "OrderInfoCall.h"
#include "OrderListCall.h"
#include "OrderListJob.h"
#include "OrderNamesEditCall.h"
#include "OrderValidationCall.h"
#include "ReissueCall.h"
#include "RevokeCall.h"

Reply<QList<Order>, qint64, qint64> OrderService::list(const OrderQuery &query) const {
    return {m_client->startList<OrderListJob>(query), &OrderListJob::pageLoaded};
}

Reply<OrderPage> OrderService::page(const OrderQuery &query, qint64 offset) const {
    return {m_client->start<OrderListCall>(query, offset), &OrderListCall::received};
}

Reply<Order> OrderService::info(qint64 orderId) const {
    return {m_client->start<OrderInfoCall>(orderId), &OrderInfoCall::received};
}

Reply<Order, OrderDetails> OrderService::details(qint64 orderId) const {
    return {m_client->start<OrderInfoCall>(orderId), &OrderInfoCall::detailsReceived};
}

Reply<OrderValidation> OrderService::validation(qint64 orderId) const {
    return {m_client->start<OrderValidationCall>(orderId), &OrderValidationCall::received};
}

Reply<qint64, QList<CertificateRecord>>
OrderService::certificates(qint64 orderId, CertificateRecord::Kind kind) const {
    return {m_client->start<CertificateHistoryCall>(orderId, kind),
            &CertificateHistoryCall::received};
}

Reply<LifecycleResult> OrderService::reissue(const ReissueRequest &request) const {
    return {m_client->start<ReissueCall>(request), &ReissueCall::completed};
}

Reply<LifecycleResult> OrderService::duplicate(const DuplicateRequest &request) const {
    return {m_client->start<DuplicateCall>(request), &DuplicateCall::completed};
}

Reply<LifecycleResult> OrderService::revoke(const RevokeRequest &request) const {
    return {m_client->start<RevokeCall>(request), &RevokeCall::completed};
}

Reply<qint64> OrderService::cancel(const OrderCancellation &cancellation) const {
    return {m_client->start<OrderCancelCall>(cancellation), &OrderCancelCall::canceled};
}

Reply<OrderDcvResult> OrderService::dcv(qint64 orderId, OrderDcvAction action,
                                        const QString &dcvMethod) const {
    return {m_client->start<OrderDcvCall>(orderId, action, dcvMethod), &OrderDcvCall::completed};
}

QString OrderService::dcvActionPath(OrderDcvAction action) {
    return OrderDcvCall::actionPath(action);
}

Reply<qint64> OrderService::editNames(qint64 orderId, const QString &commonName,
                                      const QStringList &dnsNames) const {
    return {m_client->start<OrderNamesEditCall>(orderId, commonName, dnsNames),
            &OrderNamesEditCall::edited};
}

QString OrderService::namesProblem(const QString &commonName, const QStringList &dnsNames,
                                   const QStringList &currentNames) {
    return OrderNamesEditCall::problem(commonName, dnsNames, currentNames);
}

Reply<QByteArray, QString> OrderService::download(qint64 certificateId,
                                                  const QString &format) const {
    return {m_client->start<CertificateDownloadCall>(certificateId, format),
            &CertificateDownloadCall::received};
}

QStringList OrderService::downloadFormats() {
    return CertificateDownloadCall::formats();
}

QString OrderService::fileExtension(const QString &format) {
    return CertificateDownloadCall::fileExtension(format);
}
