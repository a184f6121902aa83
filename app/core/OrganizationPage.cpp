#include "OrganizationPage.h"

#include "JsonRead.h"

#include <QJsonArray>

bool OrganizationPage::fromJson(const QByteArray &body, OrganizationPage *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("organizations"), &items, &paging, error))
        return false;
    OrganizationPage page;
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
