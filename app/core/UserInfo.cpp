#include "core/UserInfo.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString UserInfo::displayName() const {
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? (username.isEmpty() ? email : username) : name;
}

QString UserInfo::roleIdFromNumber(qint64 id) {
    // The Glossary's access role ids.
    switch (id) {
    case 1:
        return QStringLiteral("admin");
    case 2:
        return QStringLiteral("limited_user");
    case 3:
        return QStringLiteral("finance_manager");
    case 4:
        return QStringLiteral("manager");
    case 5:
        return QStringLiteral("user");
    default:
        return {};
    }
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
    const QJsonObject container = o.value(QLatin1String("container")).toObject();
    user.containerId = JsonRead::integer(container.value(QLatin1String("id")));
    user.containerName = JsonRead::string(container.value(QLatin1String("name")));
    // access_roles[] is {id, name} (certcentral-docs.md 10.1): decide by id, fall back on the
    // name for an id CertDesk does not know.
    for (const QJsonValue &role : o.value(QLatin1String("access_roles")).toArray()) {
        QString id;
        if (role.isString()) {
            id = roleIdFromName(role.toString());
        } else {
            const QJsonObject r = role.toObject();
            id = roleIdFromNumber(JsonRead::integer(r.value(QLatin1String("id"))));
            if (id.isEmpty())
                id = roleIdFromName(JsonRead::string(r.value(QLatin1String("name"))));
        }
        if (!id.isEmpty() && !user.accessRoles.contains(id))
            user.accessRoles << id;
    }
    if (user.id <= 0 && user.email.isEmpty() && user.username.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("UserInfo", "The user has no id, name or email");
        return false;
    }
    *out = std::move(user);
    return true;
}
