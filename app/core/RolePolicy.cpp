#include "core/RolePolicy.h"

QString RolePolicy::roleName(const QString &id) {
    if (id == QLatin1String("admin"))
        return tr("Administrator");
    if (id == QLatin1String("manager"))
        return tr("Manager");
    if (id == QLatin1String("finance_manager"))
        return tr("Finance manager");
    if (id == QLatin1String("user"))
        return tr("Standard user");
    if (id == QLatin1String("limited_user"))
        return tr("Limited user");
    if (id == QLatin1String("view_only"))
        return tr("View only");
    return id;
}

QString RolePolicy::roleNames() const {
    QStringList names;
    for (const QString &role : m_roles)
        names << roleName(role);
    if (m_viewOnlyKey)
        names << tr("restricted key");
    return names.join(QStringLiteral(", "));
}

bool RolePolicy::ordersNeedApproval() const {
    return !has("admin") && !has("manager");
}

QString RolePolicy::reasonDenied(Capability capability) const {
    const bool admin = has("admin");
    const bool manager = has("manager");
    const bool finance = has("finance_manager");
    const bool user = has("user") || has("limited_user");
    const bool anyWriter = admin || manager || finance || user;
    if (m_viewOnlyKey && capability != Capability::ViewOrders &&
        capability != Capability::ViewFinance)
        return tr("CertCentral refused a change that your role allows, so this API key is "
                  "restricted (View Only, or to some areas). Sign in with a key that has more "
                  "rights to do this.");
    switch (capability) {
    case Capability::ViewOrders:
        return m_roles.isEmpty() ? tr("Your CertCentral user has no access role.") : QString();
    case Capability::PlaceOrders:
    case Capability::Revoke:
        return anyWriter ? QString()
                         : tr("Your API key may only view; ask an administrator for a key "
                              "with ordering rights.");
    case Capability::SkipApproval:
        return admin ? QString() : tr("Only administrators may skip approval.");
    case Capability::ApproveRequests:
        return (admin || manager)
                   ? QString()
                   : tr("Only administrators and managers approve or reject requests.");
    case Capability::ViewFinance:
        return (admin || finance)
                   ? QString()
                   : tr("Only administrators and finance managers see the account's funds.");
    case Capability::MoveFunds:
        return (admin || finance)
                   ? QString()
                   : tr("Only administrators and finance managers move funds between "
                        "divisions.");
    case Capability::DeleteDomainsAndOrganizations:
        return admin ? QString() : tr("Only administrators delete domains and organizations.");
    case Capability::ManageDomainsAndOrganizations:
        return (admin || manager)
                   ? QString()
                   : tr("Only administrators and managers manage domains and organizations.");
    }
    return {};
}
