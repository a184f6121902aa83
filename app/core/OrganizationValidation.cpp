#include "core/OrganizationValidation.h"

#include "core/JsonRead.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}
} // namespace

QStringList OrganizationValidation::types() {
    return {QStringLiteral("ov"), QStringLiteral("ev"), QStringLiteral("cs"),
            QStringLiteral("ev_cs")};
}

QString OrganizationValidation::typeName(const QString &type) {
    if (type == QLatin1String("ev_cs"))
        return QStringLiteral("EV CS");
    return type.toUpper();
}

QList<OrganizationValidation> OrganizationValidation::listFromJson(const QJsonValue &array) {
    QList<OrganizationValidation> list;
    for (const QJsonValue &value : array.toArray()) {
        const QJsonObject o = value.toObject();
        OrganizationValidation v;
        v.type = JsonRead::string(o.value(key("type"))).trimmed().toLower();
        if (v.type.isEmpty())
            continue;
        v.name = JsonRead::string(o.value(key("name"))).trimmed();
        if (v.name.isEmpty())
            v.name = typeName(v.type);
        v.description = JsonRead::string(o.value(key("description")));
        v.status = JsonRead::string(o.value(key("status"))).trimmed().toLower();
        v.dateCreated = JsonRead::dateTime(o.value(key("date_created")));
        v.validatedUntil = JsonRead::date(o.value(key("validated_until")));
        for (const QJsonValue &userValue : o.value(key("verified_users")).toArray()) {
            const QJsonObject u = userValue.toObject();
            User user{JsonRead::integer(u.value(key("id"))),
                      JsonRead::string(u.value(key("first_name"))).trimmed(),
                      JsonRead::string(u.value(key("last_name"))).trimmed()};
            if (user.id > 0)
                v.verifiedUsers << user;
        }
        list << v;
    }
    return list;
}

bool OrganizationValidation::listFromBody(const QByteArray &body,
                                          QList<OrganizationValidation> *out, QString *error) {
    // Not paged, but the page reader's checks (a JSON object, the array under its key) fit.
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("validations"), &items, &paging, error))
        return false;
    *out = listFromJson(items);
    return true;
}
