#include "core/VerifiedContact.h"

#include "core/JsonRead.h"
#include "core/OrganizationValidation.h"

#include <QJsonArray>

#include <algorithm>

namespace {
QLatin1String key(const char *name) {
    return QLatin1String(name);
}
} // namespace

QString VerifiedContact::validationSummary() const {
    QStringList parts;
    for (const Validation &v : validations)
        parts << (v.status.isEmpty() ? v.name : QStringLiteral("%1 (%2)").arg(v.name, v.status));
    return parts.join(QStringLiteral(", "));
}

bool VerifiedContact::fromJson(const QJsonObject &o, VerifiedContact *out) {
    VerifiedContact c;
    c.contact = OrganizationContact::fromJson(o);
    if (c.contact.id <= 0)
        return false;
    c.dateCreated = JsonRead::dateTime(o.value(key("date_created")));
    for (const QJsonValue &value : o.value(key("validations")).toArray()) {
        const QJsonObject v = value.toObject();
        Validation validation;
        validation.type = JsonRead::string(v.value(key("type"))).trimmed().toLower();
        if (validation.type.isEmpty())
            continue;
        validation.name = JsonRead::string(v.value(key("name"))).trimmed();
        if (validation.name.isEmpty())
            validation.name = OrganizationValidation::typeName(validation.type);
        validation.status = JsonRead::string(v.value(key("status"))).trimmed().toLower();
        c.validations << validation;
    }
    // In the order CertCentral lists validation types (EV, CS, EV CS), whatever order came.
    const QStringList order = OrganizationValidation::types();
    std::stable_sort(c.validations.begin(), c.validations.end(),
                     [&order](const Validation &a, const Validation &b) {
                         return order.indexOf(a.type) < order.indexOf(b.type);
                     });
    *out = std::move(c);
    return true;
}

QList<VerifiedContact> VerifiedContact::listFromJson(const QJsonValue &array, int *skipped) {
    QList<VerifiedContact> list;
    for (const QJsonValue &value : array.toArray()) {
        VerifiedContact c;
        if (value.isObject() && fromJson(value.toObject(), &c))
            list << c;
        else if (skipped)
            ++*skipped;
    }
    return list;
}

bool VerifiedContact::listFromBody(const QByteArray &body, QList<VerifiedContact> *out,
                                   QString *error) {
    // Not paged, but the page reader's checks (a JSON object, the array under its key) fit.
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("verified_contacts"), &items, &paging, error))
        return false;
    *out = listFromJson(items);
    return true;
}
