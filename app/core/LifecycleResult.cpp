#include "core/LifecycleResult.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool LifecycleResult::fromReissueReply(const QByteArray &body, LifecycleResult *out,
                                       QString *error) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    LifecycleResult r;
    r.orderId = JsonRead::integer(o.value(QLatin1String("id")));
    if (r.orderId <= 0) {
        *error = QCoreApplication::translate("LifecycleResult", "The reply has no order id");
        return false;
    }
    r.certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
    const QJsonArray requests = o.value(QLatin1String("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const qint64 id = JsonRead::integer(request.value(QLatin1String("id")));
        if (id <= 0)
            continue;
        r.requestId = id;
        r.status = JsonRead::string(request.value(QLatin1String("status")));
        break;
    }
    // The 201 body is not documented (certcentral-docs.md 5.1, 5.3): a request without a
    // status was submitted in an unknown state and is looked up, never taken as approved.
    // Approved only when no request came back and a certificate did (approval skipped).
    if (r.status.isEmpty())
        r.status = r.requestId <= 0 && r.certificateId > 0 ? QStringLiteral("approved")
                                                           : QStringLiteral("submitted");
    r.dcvRandomValue = JsonRead::string(o.value(QLatin1String("dcv_random_value")));
    *out = r;
    return true;
}

bool LifecycleResult::fromRevokeReply(const QByteArray &body, int httpStatus, LifecycleResult *out,
                                      QString *error) {
    LifecycleResult r;
    if (httpStatus == 204 || body.trimmed().isEmpty()) {
        r.status = QStringLiteral("revoked");
        *out = r;
        return true;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    r.requestId = JsonRead::integer(o.value(QLatin1String("id")));
    if (r.requestId <= 0) {
        *error = QCoreApplication::translate("LifecycleResult",
                                             "The reply to the revocation has no request id");
        return false;
    }
    r.status = JsonRead::string(o.value(QLatin1String("status")), QStringLiteral("pending"));
    r.date = JsonRead::dateTime(o.value(QLatin1String("date")));
    *out = r;
    return true;
}
