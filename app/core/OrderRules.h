#pragma once

#include "core/Order.h"
#include "core/RolePolicy.h"

#include <QCoreApplication>
#include <QString>

// What may be done to an order and why not: the one place where the desktop program's Actions
// menu and the command line's order verbs ask before they send anything, so both refuse the
// same orders with the same sentence. The roles are CertCentral's (RolePolicy); the states are
// the order statuses List orders and Order info report.
class OrderRules {
    Q_DECLARE_TR_FUNCTIONS(OrderRules)

public:
    enum class Status {
        Pending,
        NeedsApproval,
        ReissuePending,
        WaitingPickup,
        Issued,
        Revoked,
        Expired,
        Rejected,
        Canceled,
        Other, // a status this version does not know
    };
    enum class Action {
        Reissue,
        Duplicate,
        Revoke,
        Cancel,
        CheckDcv,
        ResendDcvEmails,
        ChangeDcvMethod,
        EditNames,
    };

    static Status status(const QString &apiStatus);
    // The word a user reads for an order, request, certificate or validation status ("Reissue
    // pending"); an unknown one with its underscores as spaces.
    static QString statusText(const QString &apiStatus);
    static bool isCodeSigning(const Order &order);
    // Waiting for DCV, approval or a reissue: what may be canceled or have DCV checked.
    static bool isPending(const Order &order);

    // Empty when the order's state allows the action; else one sentence saying why not.
    static QString reasonNotAllowed(Action action, const Order &order);
    // The same, after asking the roles first.
    static QString reasonDenied(Action action, const Order &order, const RolePolicy &roles);
    // The role an action needs.
    static RolePolicy::Capability capability(Action action);
};
