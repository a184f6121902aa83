#include "sandbox/SandboxAccountRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxJson.h"

#include <QJsonArray>

namespace {

// List containers and Container info (certcentral-docs.md 9) answer the same documented fields.
QJsonObject containerJson(const SandboxAccount::Container &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("public_id"), QStringLiteral("sbx%1").arg(c.id)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("parent_id"), c.parentId},
            {QStringLiteral("template_id"), 1},
            {QStringLiteral("ekey"), QStringLiteral("sandbox-%1").arg(c.id)},
            {QStringLiteral("has_logo"), false},
            {QStringLiteral("is_active"), true},
            {QStringLiteral("allowed_domain_names"), QJsonArray()},
            {QStringLiteral("organization_assignments"), QJsonArray()},
            {QStringLiteral("user_id_assignments"), QJsonArray()}};
}

} // namespace

void SandboxAccountRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("user/me"),
              [this](SandboxCall &call) { return userMe(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("container"),
              [this](SandboxCall &call) { return containers(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("container/{}"),
              [this](SandboxCall &call) { return container(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("account/metadata"),
              [this](SandboxCall &call) { return customFields(call); });
}

SandboxReply SandboxAccountRoutes::userMe(SandboxCall &call) {
    return SandboxReply::json(200, SandboxJson::user(call.user));
}

SandboxReply SandboxAccountRoutes::containers(SandboxCall &) {
    QJsonArray list;
    for (const SandboxAccount::Container &c : SandboxAccount::containers())
        list.append(containerJson(c));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("containers"), list}});
}

SandboxReply SandboxAccountRoutes::container(SandboxCall &call) {
    const auto id = SandboxCall::parseId(call.arg(0));
    const SandboxAccount::Container *c = id ? SandboxAccount::container(int(*id)) : nullptr;
    if (!c)
        return notFound(QStringLiteral("container"), QStringLiteral("Container not found"));
    return SandboxReply::json(200, containerJson(*c));
}

SandboxReply SandboxAccountRoutes::customFields(SandboxCall &) {
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("metadata"), store().customFields().toJson()}});
}
