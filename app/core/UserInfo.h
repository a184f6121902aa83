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
    qint64 containerId = 0;
    QString containerName;
    // Role identifiers: admin, manager, finance_manager, user, limited_user.
    QStringList accessRoles;
    // The key is restricted to viewing (restricted_to_role_id 102). user/me does not say so:
    // CertDesk learns it from a 403 access_denied|missing_permission on a write.
    bool viewOnlyKey = false;

    QString displayName() const;
    bool hasRole(const QString &role) const { return accessRoles.contains(role); }

    static bool fromJson(const QByteArray &body, UserInfo *out, QString *error);
    // "Administrator" and other display names as the API may send them, to an identifier.
    static QString roleIdFromName(const QString &name);
    // An access role id of the Glossary (1 Administrator ... 5 Standard user) to an
    // identifier; empty for an id CertDesk does not know.
    static QString roleIdFromNumber(qint64 id);
};

Q_DECLARE_METATYPE(UserInfo)
