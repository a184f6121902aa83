#include "SandboxAccountRoutes.h"

#include "SandboxAccount.h"
#include "SandboxJson.h"

#include <QJsonArray>

namespace {

QJsonObject containerJson(const SandboxAccount::Container &c, bool detailed) {
    QJsonObject json{{QStringLiteral("id"), c.id},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("parent_id"), c.parentId},
                     {QStringLiteral("is_active"), true}};
    if (detailed) {
        json.insert(QStringLiteral("description"), c.description);
        json.insert(QStringLiteral("template_id"), 1);
        json.insert(QStringLiteral("has_separate_funds"), true);
        QJsonArray children;
        for (const SandboxAccount::Container &child : SandboxAccount::containers()) {
            if (child.parentId == c.id)
                children.append(QJsonObject{{QStringLiteral("id"), child.id},
                                            {QStringLiteral("name"), child.name}});
        }
        json.insert(QStringLiteral("children"), children);
    }
    return json;
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
        list.append(containerJson(c, false));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("containers"), list}});
}

SandboxReply SandboxAccountRoutes::container(SandboxCall &call) {
    const auto id = SandboxCall::parseId(call.arg(0));
    const SandboxAccount::Container *c = id ? SandboxAccount::container(int(*id)) : nullptr;
    if (!c)
        return notFound(QStringLiteral("container"), QStringLiteral("Container not found"));
    return SandboxReply::json(200, containerJson(*c, true));
}

SandboxReply SandboxAccountRoutes::customFields(SandboxCall &) {
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("metadata"), store().customFields().toJson()}});
}
