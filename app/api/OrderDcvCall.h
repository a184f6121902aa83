#pragma once

#include "ApiCall.h"
#include "OrderDcvResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

// DCV on a pending order or a pending reissue: change the method (PUT
// order/certificate/{id}/dcv-method), get the random value (dcv-random-value), ask CertCentral
// to look for it now (check-dcv) or send the DCV e-mails again (resend-emails). Writes: sent
// once, never retried; except dcv-random-value, which hands back the value the order has and
// is retried like a read.
// Documentation: certcentral-docs.md 4.1-4.4 (order DCV random value, check, method, resend
// e-mails).
class OrderDcvCall : public ApiCall {
    Q_OBJECT
public:
    using Action = OrderDcvAction;
    using Result = OrderDcvResult;

    // dcvMethod: for ChangeMethod only (email, dns-txt-token, dns-cname-token, http-token).
    OrderDcvCall(CertCentralClient *client, qint64 orderId, Action action,
                 const QString &dcvMethod = {});
    qint64 orderId() const { return m_orderId; }
    Action action() const { return m_result.action; }
    static QString actionPath(Action action);
    // Reads a reply into *result (whose action is set): empty, or why it cannot be used.
    static QString decodeReply(const QByteArray &body, Result *result);

signals:
    void completed(const OrderDcvResult &result);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit completed(m_result); }

private:
    qint64 m_orderId;
    Result m_result;
};
