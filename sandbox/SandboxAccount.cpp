#include "sandbox/SandboxAccount.h"

namespace {

const char *const kFirstNames[] = {"Ada", "Ben", "Cleo", "Dana", "Emil", "Farah", "Gus", "Hana"};
constexpr int kNamedUsers = int(sizeof(kFirstNames) / sizeof(kFirstNames[0]));

struct RoleInfo {
    SandboxAccount::Role role;
    const char *nameId;
    const char *displayName;
    int accessRoleId;
    const char *surname;
};

// Access role ids follow CertCentral: 1 Administrator, 2 Limited User, 3 Finance Manager,
// 4 Manager, 5 Standard User.
const RoleInfo kRoles[] = {
    {SandboxAccount::Role::Admin, "admin", "Administrator", 1, "Admin"},
    {SandboxAccount::Role::Manager, "manager", "Manager", 4, "Manager"},
    {SandboxAccount::Role::FinanceManager, "finance_manager", "Finance Manager", 3, "Finance"},
    {SandboxAccount::Role::User, "user", "Standard User", 5, "User"},
    {SandboxAccount::Role::LimitedUser, "limited_user", "Limited User", 2, "Limited"},
    {SandboxAccount::Role::ViewOnly, "view_only", "Administrator", 1, "Viewer"},
};

const RoleInfo &info(SandboxAccount::Role role) {
    return kRoles[int(role)];
}

// The demo layout: one key per role, users 1001 to 1006 in this order.
const SandboxAccount::Role kDemoRoles[] = {
    SandboxAccount::Role::Admin,          SandboxAccount::Role::Manager,
    SandboxAccount::Role::FinanceManager, SandboxAccount::Role::User,
    SandboxAccount::Role::LimitedUser,    SandboxAccount::Role::ViewOnly};
const char *const kDemoKeys[] = {"demo-admin-key", "demo-manager-key", "demo-finance-key",
                                 "demo-user-key",  "demo-limited-key", "demo-viewonly-key"};

} // namespace

QString SandboxAccount::roleName(Role role) {
    return QString::fromLatin1(info(role).nameId);
}

std::optional<SandboxAccount::Role> SandboxAccount::roleFromName(const QString &name) {
    for (const RoleInfo &r : kRoles) {
        if (name == QLatin1String(r.nameId))
            return r.role;
    }
    return std::nullopt;
}

QStringList SandboxAccount::roleNames() {
    QStringList names;
    for (const RoleInfo &r : kRoles)
        names << QString::fromLatin1(r.nameId);
    return names;
}

QJsonArray SandboxAccount::accessRoles(Role role) {
    const RoleInfo &r = info(role);
    // {id, name} only (certcentral-docs.md 10.1). A view-only key belongs to an administrator;
    // the restriction is on the key (restricted_to_role_id 102) and user/me does not show it.
    return QJsonArray{QJsonObject{{QStringLiteral("id"), r.accessRoleId},
                                  {QStringLiteral("name"), QLatin1String(r.displayName)}}};
}

SandboxAccount::User SandboxAccount::makeUser(int index, Role role) {
    User user;
    user.id = kFirstUserId + index;
    user.role = role;
    const QString surname = QString::fromLatin1(info(role).surname);
    if (index < kNamedUsers) {
        user.firstName = QString::fromLatin1(kFirstNames[index]);
        user.lastName = surname;
        user.username = user.firstName.toLower() + QLatin1Char('.') + surname.toLower();
    } else {
        user.firstName = surname;
        user.lastName = QString::number(index + 1);
        user.username = surname.toLower() + QLatin1Char('.') + QString::number(index + 1);
    }
    user.email = user.username + QStringLiteral("@example.com");
    if (role == Role::Admin)
        user.jobTitle =
            index == 0 ? QStringLiteral("PKI Lead") : QStringLiteral("Certificate Administrator");
    else
        user.jobTitle = QString::fromLatin1(info(role).displayName);
    user.telephone = QStringLiteral("555-%1").arg(100 + index, 4, 10, QLatin1Char('0'));
    user.containerId = 100;
    return user;
}

void SandboxAccount::addKey(const QByteArray &key, Role role) {
    if (m_keys.contains(key))
        return;
    const int index = int(m_users.size());
    m_users.push_back(makeUser(index, role));
    m_keys.insert(key, index);
}

QList<QPair<QByteArray, SandboxAccount::Role>> SandboxAccount::demoKeys() {
    QList<QPair<QByteArray, Role>> keys;
    for (int i = 0; i < 6; ++i)
        keys.append({QByteArray(kDemoKeys[i]), kDemoRoles[i]});
    return keys;
}

void SandboxAccount::addDemoKeys() {
    for (const auto &entry : demoKeys())
        addKey(entry.first, entry.second);
}

const SandboxAccount::User *SandboxAccount::userForKey(const QByteArray &key) const {
    const auto it = m_keys.constFind(key);
    if (key.isEmpty() || it == m_keys.constEnd())
        return nullptr;
    return &m_users[size_t(it.value())];
}

SandboxAccount::User SandboxAccount::user(int id) const {
    const int index = id - kFirstUserId;
    if (index >= 0 && index < int(m_users.size()))
        return m_users[size_t(index)];
    const Role role = index >= 0 && index < 6 ? kDemoRoles[index] : Role::Admin;
    return makeUser(qMax(0, index), role);
}

QList<QByteArray> SandboxAccount::keys() const {
    return m_keys.keys();
}

QJsonObject SandboxAccount::containerJson(const Container &container) {
    return {{QStringLiteral("id"), container.id},
            {QStringLiteral("parent_id"), container.parentId},
            {QStringLiteral("name"), container.name},
            {QStringLiteral("is_active"), true}};
}

const std::vector<SandboxAccount::Container> &SandboxAccount::containers() {
    static const std::vector<Container> list = {
        {100, QStringLiteral("Example Corp"), 0, QStringLiteral("The account's top division")},
        {101, QStringLiteral("EMEA"), 100, QStringLiteral("Europe, Middle East and Africa")},
        {102, QStringLiteral("Americas"), 100, QStringLiteral("North and South America")},
        {103, QStringLiteral("APAC"), 100, QStringLiteral("Asia and the Pacific")},
        {104, QStringLiteral("Research Labs"), 100, QStringLiteral("Separately funded lab")},
    };
    return list;
}

const SandboxAccount::Container *SandboxAccount::container(int id) {
    const int index = containerIndex(id);
    return index < 0 ? nullptr : &containers()[size_t(index)];
}

int SandboxAccount::containerIndex(int id) {
    const auto &list = containers();
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return int(i);
    }
    return -1;
}

int SandboxAccount::seededOwner(int orderId) {
    switch (orderId % 97) {
    case 0:
        return kFirstUserId + 4; // the demo limited user
    case 1:
        return kFirstUserId + 3; // the demo standard user
    default:
        return kFirstUserId;
    }
}
