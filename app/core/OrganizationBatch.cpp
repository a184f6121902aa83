#include "core/OrganizationBatch.h"

#include "core/JsonRead.h"

#include <QJsonArray>

bool OrganizationBatch::fromJson(const QByteArray &body, OrganizationBatch *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("organizations"), &items, &paging, error))
        return false;
    OrganizationBatch page;
    for (const QJsonValue &value : std::as_const(items)) {
        Organization org;
        if (value.isObject() && Organization::fromJson(value.toObject(), &org))
            page.organizations << org;
        else
            ++page.skipped;
    }
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
