#pragma once

#include "api/Reply.h"
#include "core/CertificateRecord.h"
#include "core/LifecycleResult.h"
#include "core/Order.h"
#include "core/OrderBatch.h"
#include "core/OrderDcvResult.h"
#include "core/OrderDetails.h"
#include "core/OrderQuery.h"
#include "core/OrderValidation.h"

class CertCentralClient;
struct DuplicateRequest;
struct OrderCancellation;
struct ReissueRequest;
struct RevokeRequest;

// Orders and their certificates: what the Orders screen, its wizards and dialogs and the
// command line ask CertCentral. Each method starts one request on the next event-loop turn;
// connect to the reply at once. Cheap to make: it holds the session's client only.
class OrderService {
public:
    explicit OrderService(CertCentralClient *client)
        : m_client(client) {}

    // Every order matching the query, page by page (items, loaded so far, total).
    Reply<QList<Order>, qint64, qint64> list(const OrderQuery &query) const;
    // One page at an offset (the connection check).
    Reply<OrderBatch> page(const OrderQuery &query, qint64 offset) const;
    Reply<Order> info(qint64 orderId) const;
    // The same request, with what only Order info tells (contacts, DCV, the CSR...).
    Reply<Order, OrderDetails> details(qint64 orderId) const;
    Reply<OrderValidation> validation(qint64 orderId) const;
    Reply<qint64, QList<CertificateRecord>> certificates(qint64 orderId,
                                                         CertificateRecord::Kind kind) const;

    // Writes: each sent once, never retried; a lost reply fails with isOutcomeUnknown().
    Reply<LifecycleResult> reissue(const ReissueRequest &request) const;
    Reply<LifecycleResult> duplicate(const DuplicateRequest &request) const;
    Reply<LifecycleResult> revoke(const RevokeRequest &request) const;
    Reply<qint64> cancel(const OrderCancellation &cancellation) const;
    // dcvMethod: for ChangeMethod only (email, dns-txt-token, dns-cname-token, http-token).
    Reply<OrderDcvResult> dcv(qint64 orderId, OrderDcvAction action,
                              const QString &dcvMethod = {}) const;
    // The endpoint an action uses (order/certificate/{id}/<this>), for messages.
    static QString dcvActionPath(OrderDcvAction action);
    Reply<qint64> editNames(qint64 orderId, const QString &commonName,
                            const QStringList &dnsNames) const;
    // Empty when the names may be sent, else the problem naming the name.
    static QString namesProblem(const QString &commonName, const QStringList &dnsNames,
                                const QStringList &currentNames);

    // An issued certificate in one of downloadFormats() (the data, the format).
    Reply<QByteArray, QString> download(qint64 certificateId, const QString &format) const;
    static QStringList downloadFormats();
    static QString fileExtension(const QString &format);

private:
    CertCentralClient *m_client;
};
