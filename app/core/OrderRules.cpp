#include "core/OrderRules.h"

#include <QHash>

OrderRules::Status OrderRules::status(const QString &apiStatus) {
    static const QHash<QString, Status> statuses = {
        {QStringLiteral("pending"), Status::Pending},
        {QStringLiteral("needs_approval"), Status::NeedsApproval},
        {QStringLiteral("reissue_pending"), Status::ReissuePending},
        {QStringLiteral("waiting_pickup"), Status::WaitingPickup},
        {QStringLiteral("issued"), Status::Issued},
        {QStringLiteral("revoked"), Status::Revoked},
        {QStringLiteral("expired"), Status::Expired},
        {QStringLiteral("rejected"), Status::Rejected},
        {QStringLiteral("canceled"), Status::Canceled},
    };
    return statuses.value(apiStatus, Status::Other);
}

QString OrderRules::statusText(const QString &apiStatus) {
    static const QHash<QString, const char *> words = {
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("issued"), QT_TR_NOOP("Issued")},
        {QStringLiteral("revoked"), QT_TR_NOOP("Revoked")},
        {QStringLiteral("expired"), QT_TR_NOOP("Expired")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("canceled"), QT_TR_NOOP("Canceled")},
        {QStringLiteral("reissue_pending"), QT_TR_NOOP("Reissue pending")},
        {QStringLiteral("waiting_pickup"), QT_TR_NOOP("Waiting for pickup")},
        {QStringLiteral("needs_approval"), QT_TR_NOOP("Needs approval")},
        // Requests, certificates and validations share the table of words.
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("submitted"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("revocation_pending"), QT_TR_NOOP("Revocation pending")},
    };
    const auto it = words.constFind(apiStatus);
    if (it != words.constEnd())
        return tr(it.value());
    QString fallback = apiStatus;
    fallback.replace(QLatin1Char('_'), QLatin1Char(' '));
    return fallback;
}

bool OrderRules::isCodeSigning(const Order &order) {
    return order.productNameId.startsWith(QLatin1String("code_signing"));
}

bool OrderRules::isPending(const Order &order) {
    const Status s = status(order.status);
    return s == Status::Pending || s == Status::NeedsApproval || s == Status::ReissuePending;
}

RolePolicy::Capability OrderRules::capability(Action action) {
    switch (action) {
    case Action::Revoke:
        return RolePolicy::Capability::Revoke;
    case Action::EditNames:
        // Editing the names of a pending order: administrators and managers.
        return RolePolicy::Capability::ApproveRequests;
    default:
        return RolePolicy::Capability::PlaceOrders;
    }
}

QString OrderRules::reasonNotAllowed(Action action, const Order &order) {
    const Status s = status(order.status);
    switch (action) {
    case Action::Reissue:
    case Action::Duplicate:
        if (s != Status::Issued)
            return tr("Order %1 is %2: only issued orders can be reissued or duplicated.")
                .arg(order.id)
                .arg(statusText(order.status));
        if (action == Action::Duplicate && isCodeSigning(order))
            return tr("Code-signing certificates cannot be duplicated.");
        return {};
    case Action::Revoke:
        if (s == Status::ReissuePending)
            return tr("Order %1 has a reissue waiting. A certificate with a pending reissue "
                      "cannot be revoked: cancel the reissue or wait until it is issued.")
                .arg(order.id);
        if (s != Status::Issued)
            return tr("Order %1 is %2: only issued certificates can be revoked.")
                .arg(order.id)
                .arg(statusText(order.status));
        return {};
    default:
        if (!isPending(order))
            return tr("Only pending orders and reissues can be canceled or have DCV checked.");
        return {};
    }
}

QString OrderRules::reasonDenied(Action action, const Order &order, const RolePolicy &roles) {
    // A pending-order action says first that the order is not pending; a wizard says first
    // what the role lacks (as the menu always has).
    const bool wizard =
        action == Action::Reissue || action == Action::Duplicate || action == Action::Revoke;
    const QString state = reasonNotAllowed(action, order);
    if (!wizard && !state.isEmpty())
        return state;
    // Edit names needs both: the right to order and to review.
    if (action == Action::EditNames) {
        const QString write = roles.reasonDenied(RolePolicy::Capability::PlaceOrders);
        if (!write.isEmpty())
            return write;
    }
    const QString role = roles.reasonDenied(capability(action));
    return role.isEmpty() ? state : role;
}
