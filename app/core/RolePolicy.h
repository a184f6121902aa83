#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the signed-in user's access roles allow in CertDesk, with the reason when they do not.
// One place for CertCentral's permission rules, so every page disables the same things with
// the same words.
class RolePolicy {
    Q_DECLARE_TR_FUNCTIONS(RolePolicy)

public:
    enum class Capability {
        ViewOrders,
        PlaceOrders,     // new orders, reissues, duplicates (may still need approval)
        SkipApproval,    // skip_approval on orders and revocations: administrators only
        Revoke,          // ask for a revocation
        ApproveRequests, // the approvals queue: administrators and managers
        ViewFinance,     // balances, balance history, payment profile
        MoveFunds,       // transfers between divisions
        ManageDomainsAndOrganizations, // add, submit for validation, contacts
        DeleteDomainsAndOrganizations, // administrators only
    };

    RolePolicy() = default;
    explicit RolePolicy(QStringList roles, bool viewOnlyKey = false)
        : m_roles(std::move(roles))
        , m_viewOnlyKey(viewOnlyKey) {}

    bool allows(Capability capability) const { return reasonDenied(capability).isEmpty(); }
    // Empty when allowed; else one sentence for a tooltip naming the roles that may.
    QString reasonDenied(Capability capability) const;
    // The user's orders always go through approval (finance managers, users, limited users).
    bool ordersNeedApproval() const;
    bool isViewOnlyKey() const { return m_viewOnlyKey; }
    // "Administrator", "Finance manager", ... for the toolbar.
    QString roleNames() const;
    static QString roleName(const QString &roleId);
    const QStringList &roles() const { return m_roles; }

private:
    bool has(const char *role) const { return m_roles.contains(QLatin1String(role)); }
    QStringList m_roles;
    bool m_viewOnlyKey = false;
};
