#include "UserInfo.h"

#include "JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString UserInfo::displayName() const {
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? (username.isEmpty() ? email : username) : name;
}

QString UserInfo::roleIdFromName(const QString &name) {
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (n == QLatin1String("administrator"))
        return QStringLiteral("admin");
    if (n == QLatin1String("standard_user"))
        return QStringLiteral("user");
    return n;
}

bool UserInfo::fromJson(const QByteArray &body, UserInfo *out, QString *error) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("UserInfo", "Expected a JSON object for the user");
        return false;
    }
    const QJsonObject o = doc.object();
    UserInfo user;
    user.id = JsonRead::integer(o.value(QLatin1String("id")));
    user.username = JsonRead::string(o.value(QLatin1String("username")));
    user.firstName = JsonRead::string(o.value(QLatin1String("first_name")));
    user.lastName = JsonRead::string(o.value(QLatin1String("last_name")));
    user.email = JsonRead::string(o.value(QLatin1String("email")));
    user.containerName = JsonRead::string(
        o.value(QLatin1String("container")).toObject().value(QLatin1String("name")));
    for (const QJsonValue &role : o.value(QLatin1String("access_roles")).toArray()) {
        QString id;
        if (role.isString()) {
            id = roleIdFromName(role.toString());
        } else {
            const QJsonObject r = role.toObject();
            id = JsonRead::string(r.value(QLatin1String("name_id")));
            if (id.isEmpty())
                id = roleIdFromName(JsonRead::string(r.value(QLatin1String("name"))));
        }
        if (!id.isEmpty() && !user.accessRoles.contains(id))
            user.accessRoles << id;
    }
    user.viewOnlyKey =
        JsonRead::string(o.value(QLatin1String("api_key_access_role"))
                             .toObject()
                             .value(QLatin1String("name_id"))) == QLatin1String("view_only");
    if (user.id <= 0 && user.email.isEmpty() && user.username.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("UserInfo", "The user has no id, name or email");
        return false;
    }
    *out = std::move(user);
    return true;
}
