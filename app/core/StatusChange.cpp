#include "core/StatusChange.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool StatusChange::fromJson(const QByteArray &body, QList<StatusChange> *out, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("StatusChange",
                                                 "Expected a JSON object with \"orders\"");
        return false;
    }
    QList<StatusChange> changes;
    for (const QJsonValue &value : doc.object().value(QLatin1String("orders")).toArray()) {
        const QJsonObject o = value.toObject();
        StatusChange change;
        change.orderId = JsonRead::integer(o.value(QLatin1String("order_id")));
        change.certificateId = JsonRead::integer(o.value(QLatin1String("certificate_id")));
        change.status = JsonRead::string(o.value(QLatin1String("status"))).toLower();
        if (change.orderId > 0)
            changes << change;
    }
    *out = std::move(changes);
    return true;
}
