#include "sandbox/SandboxProductRoutes.h"

#include "sandbox/SandboxProducts.h"

#include <QJsonArray>

void SandboxProductRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("product"),
              [this](SandboxCall &call) { return list(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("product/{}"),
              [this](SandboxCall &call) { return info(call); });
}

SandboxReply SandboxProductRoutes::list(SandboxCall &) {
    QJsonArray products;
    for (int i = 0; i < SandboxProducts::count(); ++i)
        products.append(SandboxProducts::summaryJson(SandboxProducts::at(i)));
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("products"), products}});
}

SandboxReply SandboxProductRoutes::info(SandboxCall &call) {
    const int index = SandboxProducts::indexOf(call.arg(0));
    if (index < 0)
        return notFound(QStringLiteral("product"),
                        QStringLiteral("No product with name_id '%1'").arg(call.arg(0)));
    return SandboxReply::json(200, SandboxProducts::detailJson(SandboxProducts::at(index)));
}
