#include "sandbox/SandboxRoutes.h"

#include "sandbox/SandboxAccount.h"

SandboxReply SandboxRoutes::forbidden(const QString &message) {
    return SandboxReply::error(403, QStringLiteral("access_denied|missing_permission"), message);
}

SandboxReply SandboxRoutes::notFound(const QString &what, const QString &message) {
    return SandboxReply::error(404, QStringLiteral("not_found|") + what, message);
}

SandboxReply SandboxRoutes::badRequest(const QString &code, const QString &message) {
    return SandboxReply::error(400, code, message);
}

SandboxReply SandboxRoutes::invalidValue(const QString &field, const QString &message) {
    return SandboxReply::error(400, QStringLiteral("invalid_value|") + field, message);
}

bool SandboxRoutes::paging(const SandboxCall &call, int *limit, int *offset, SandboxReply *error) {
    *limit = kMaxPageSize;
    *offset = 0;
    if (call.hasQuery(QStringLiteral("limit"))) {
        const auto value = SandboxCall::parseId(call.queryValue(QStringLiteral("limit")));
        if (!value || *value < 1 || *value > kMaxPageSize) {
            *error = invalidValue(
                QStringLiteral("limit"),
                QStringLiteral("limit must be an integer from 1 to %1").arg(kMaxPageSize));
            return false;
        }
        *limit = int(*value);
    }
    if (call.hasQuery(QStringLiteral("offset"))) {
        const QString text = call.queryValue(QStringLiteral("offset"));
        const auto value = SandboxCall::parseId(text);
        if (!value) {
            *error = invalidValue(QStringLiteral("offset"),
                                  QStringLiteral("offset must be an integer of 0 or more"));
            return false;
        }
        *offset = int(*value);
    }
    return true;
}

QJsonObject SandboxRoutes::page(int total, int limit, int offset) {
    return {{QStringLiteral("total"), total},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("offset"), offset}};
}

bool SandboxRoutes::canSee(const SandboxCall &call, const SandboxStore::Order &order) {
    return SandboxAccount::seesAllOrders(call.user.role) || order.ownerUserId == call.user.id;
}

const SandboxStore::Order *SandboxRoutes::visibleOrder(const SandboxCall &call,
                                                       const QString &idText,
                                                       SandboxReply *error) const {
    const auto id = SandboxCall::parseId(idText);
    const SandboxStore::Order *order = id ? store().findOrder(*id) : nullptr;
    if (!order || !canSee(call, *order)) {
        *error = notFound(QStringLiteral("order"), QStringLiteral("Order not found"));
        return nullptr;
    }
    return order;
}

SandboxStore::Order *SandboxRoutes::editableOrder(const SandboxCall &call, const QString &idText,
                                                  SandboxReply *error) const {
    if (!visibleOrder(call, idText, error))
        return nullptr;
    return store().editOrder(*SandboxCall::parseId(idText));
}
