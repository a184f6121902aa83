#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The account's people and places: users with their access roles, the API keys that act for
// them, the containers (divisions) and what each role may do. Every permission rule of the
// sandbox lives in one of the can...() functions below.
class SandboxAccount {
public:
    // CertCentral user roles, plus ViewOnly: an administrator's key restricted to GET requests.
    enum class Role : quint8 { Admin, Manager, FinanceManager, User, LimitedUser, ViewOnly };

    struct User {
        int id = 0;
        Role role = Role::Admin;
        QString username;
        QString firstName;
        QString lastName;
        QString email;
        QString jobTitle;
        QString telephone;
        int containerId = 100;
    };

    struct Container {
        int id = 0;
        QString name;
        int parentId = 0;
        QString description;
    };

    static constexpr int kAccountId = 5150001;
    static constexpr int kFirstUserId = 1001;

    // Registers a key for the next user (1001, 1002, ...). Keys already known are ignored.
    void addKey(const QByteArray &key, Role role);
    // The six demo keys, one per role (demo-admin-key, demo-manager-key, ...).
    void addDemoKeys();
    static QList<QPair<QByteArray, Role>> demoKeys();

    const User *userForKey(const QByteArray &key) const;
    // Any user of the account by id: a key's user, or the demo profile for that id.
    User user(int id) const;
    const std::vector<User> &keyUsers() const { return m_users; }
    QList<QByteArray> keys() const;

    static QString roleName(Role role); // admin, manager, finance_manager, user, ...
    static std::optional<Role> roleFromName(const QString &name);
    static QStringList roleNames();
    static QJsonArray accessRoles(Role role);
    static User makeUser(int index, Role role);

    // Who may do what.
    static bool canWrite(Role role) { return role != Role::ViewOnly; }
    static bool seesAllOrders(Role role) { return role != Role::LimitedUser; }
    static bool canSkipApproval(Role role) { return role == Role::Admin || role == Role::Manager; }
    static bool canSkipRevokeApproval(Role role) { return role == Role::Admin; }
    static bool canApprove(Role role) { return role == Role::Admin || role == Role::Manager; }
    static bool canApproveRevocation(Role role) { return role == Role::Admin; }
    static bool canManageValidation(Role role) {
        return role == Role::Admin || role == Role::Manager;
    }
    static bool canDelete(Role role) { return role == Role::Admin; }
    static bool canUseFinance(Role role) {
        return role == Role::Admin || role == Role::FinanceManager || role == Role::ViewOnly;
    }
    static bool canEditPendingDomains(Role role) {
        return role == Role::Admin || role == Role::Manager;
    }

    static const std::vector<Container> &containers();
    // {id, parent_id, name, is_active}, as List domains and List organizations show a container.
    static QJsonObject containerJson(const Container &container);
    static const Container *container(int id);
    static int containerIndex(int id); // -1 when unknown

    // The user that owns a seeded order: mostly the first administrator, with a few orders
    // for the demo standard user (1004) and limited user (1005) so their views are not empty.
    static int seededOwner(int orderId);

private:
    std::vector<User> m_users;
    QHash<QByteArray, int> m_keys; // key -> index into m_users
};
