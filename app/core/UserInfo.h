#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The signed-in user from GET /user/me.
struct UserInfo {
    qint64 id = 0;
    QString username;
    QString firstName;
    QString lastName;
    QString email;
    QString containerName;
    // Role identifiers: admin, manager, finance_manager, user, limited_user.
    QStringList accessRoles;
    // api_key_access_role view_only: the key reads and never writes, whatever the user's role.
    bool viewOnlyKey = false;

    QString displayName() const;
    bool hasRole(const QString &role) const { return accessRoles.contains(role); }

    static bool fromJson(const QByteArray &body, UserInfo *out, QString *error);
    // "Administrator" and other display names as the API may send them, to an identifier.
    static QString roleIdFromName(const QString &name);
};

Q_DECLARE_METATYPE(UserInfo)
