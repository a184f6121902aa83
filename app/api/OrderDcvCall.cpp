#include "OrderDcvCall.h"

#include "JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QByteArray bodyFor(OrderDcvCall::Action action, const QString &dcvMethod) {
    if (action == OrderDcvCall::Action::ChangeMethod)
        return QJsonDocument(QJsonObject{{QStringLiteral("dcv_method"), dcvMethod}})
            .toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("{}");
}
} // namespace

QString OrderDcvCall::actionPath(Action action) {
    switch (action) {
    case Action::ChangeMethod:
        return QStringLiteral("dcv-method");
    case Action::RandomValue:
        return QStringLiteral("dcv-random-value");
    case Action::Check:
        return QStringLiteral("check-dcv");
    case Action::ResendEmails:
        return QStringLiteral("resend-emails");
    }
    return {};
}

OrderDcvCall::OrderDcvCall(CertCentralClient *client, qint64 orderId, Action action,
                           const QString &dcvMethod)
    : ApiCall(client, "PUT",
              QStringLiteral("order/certificate/%1/%2").arg(orderId).arg(actionPath(action)), {},
              bodyFor(action, dcvMethod))
    , m_orderId(orderId) {
    m_result.action = action;
    // CertCentral hands back the order's valid random value (a new one only when it expired),
    // so asking again after a lost reply is safe: retried like a read.
    setIdempotent(action == Action::RandomValue);
}

QString OrderDcvCall::decode(const QByteArray &body, int) {
    return decodeReply(body, &m_result);
}

QString OrderDcvCall::decodeReply(const QByteArray &body, Result *result) {
    if (body.trimmed().isEmpty()) {
        // 204: e-mails sent, or a method without a random value. The random value itself
        // always comes in a body.
        return result->action == Action::RandomValue ? tr("CertCentral sent no random value")
                                                     : QString();
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    result->randomValue = JsonRead::string(o.value(QLatin1String("dcv_random_value")));
    result->expires = JsonRead::dateTime(o.value(QLatin1String("expiration_date")));
    result->orderStatus = JsonRead::string(o.value(QLatin1String("order_status")));
    result->dcvStatus = JsonRead::string(o.value(QLatin1String("dcv_status")));
    result->certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
    const QJsonArray names = o.value(QLatin1String("dns_name_validations")).toArray();
    for (const QJsonValue &v : names) {
        const QJsonObject entry = v.toObject();
        if (JsonRead::string(entry.value(QLatin1String("status"))) == QLatin1String("approved"))
            result->approvedNames << JsonRead::string(entry.value(QLatin1String("dns_name")));
    }
    if (result->action == Action::RandomValue && result->randomValue.isEmpty())
        return tr("CertCentral sent no random value");
    return {};
}
