#include "services/OrderService.h"

#include "api/CertCentralClient.h"
#include "api/CertificateEndpoints.h"
#include "api/OrderEndpoints.h"
#include "api/OrderListJob.h"

Reply<QList<Order>, qint64, qint64> OrderService::list(const OrderQuery &query) const {
    return {m_client->startList<OrderListJob>(query), &OrderListJob::pageLoaded};
}

Reply<OrderBatch> OrderService::page(const OrderQuery &query, qint64 offset) const {
    return m_client->call(OrderEndpoints::page(query, offset));
}

Reply<Order> OrderService::info(qint64 orderId) const {
    return m_client->call(OrderEndpoints::info(orderId));
}

Reply<Order, OrderDetails> OrderService::details(qint64 orderId) const {
    return m_client->call(OrderEndpoints::details(orderId));
}

Reply<OrderValidation> OrderService::validation(qint64 orderId) const {
    return m_client->call(OrderEndpoints::validation(orderId));
}

Reply<qint64, QList<CertificateRecord>>
OrderService::certificates(qint64 orderId, CertificateRecord::Kind kind) const {
    return m_client->call(CertificateEndpoints::history(orderId, kind));
}

Reply<LifecycleResult> OrderService::reissue(const ReissueRequest &request) const {
    return m_client->call(CertificateEndpoints::reissue(request));
}

Reply<LifecycleResult> OrderService::duplicate(const DuplicateRequest &request) const {
    return m_client->call(CertificateEndpoints::duplicate(request));
}

Reply<LifecycleResult> OrderService::revoke(const RevokeRequest &request) const {
    return m_client->call(CertificateEndpoints::revoke(request));
}

Reply<qint64> OrderService::cancel(const OrderCancellation &cancellation) const {
    return m_client->call(OrderEndpoints::cancel(cancellation));
}

Reply<OrderDcvResult> OrderService::dcv(qint64 orderId, OrderDcvAction action,
                                        const QString &dcvMethod) const {
    return m_client->call(OrderEndpoints::dcv(orderId, action, dcvMethod));
}

QString OrderService::dcvActionPath(OrderDcvAction action) {
    return OrderEndpoints::dcvActionPath(action);
}

Reply<qint64> OrderService::editNames(qint64 orderId, const QString &commonName,
                                      const QStringList &dnsNames) const {
    return m_client->call(OrderEndpoints::editNames(orderId, commonName, dnsNames));
}

QString OrderService::namesProblem(const QString &commonName, const QStringList &dnsNames,
                                   const QStringList &currentNames) {
    return OrderEndpoints::namesProblem(commonName, dnsNames, currentNames);
}

Reply<QByteArray, QString> OrderService::download(qint64 certificateId,
                                                  const QString &format) const {
    return m_client->call(CertificateEndpoints::download(certificateId, format));
}

QStringList OrderService::downloadFormats() {
    return CertificateEndpoints::downloadFormats();
}

QString OrderService::fileExtension(const QString &format) {
    return CertificateEndpoints::fileExtension(format);
}
