#include "core/FilterChoice.h"

#include "core/JsonRead.h"

#include <QCollator>
#include <algorithm>

QString FilterChoice::path(Kind kind) {
    switch (kind) {
    case Kind::Product:
        return QStringLiteral("product");
    case Kind::Organization:
        return QStringLiteral("organization");
    case Kind::Container:
        return QStringLiteral("container");
    }
    return {};
}

bool FilterChoice::listFromJson(Kind kind, const QByteArray &body, QList<FilterChoice> *out,
                                QString *error) {
    const QLatin1String key = kind == Kind::Product        ? QLatin1String("products")
                              : kind == Kind::Organization ? QLatin1String("organizations")
                                                           : QLatin1String("containers");
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, key, &items, &paging, error))
        return false;
    out->clear();
    out->reserve(items.size());
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject object = value.toObject();
        FilterChoice choice;
        if (kind == Kind::Product) {
            choice.id = JsonRead::string(object.value(QLatin1String("name_id"))).trimmed();
        } else {
            const qint64 id = JsonRead::integer(object.value(QLatin1String("id")));
            if (id > 0)
                choice.id = QString::number(id);
        }
        if (choice.id.isEmpty())
            continue;
        if (kind == Kind::Organization)
            choice.name = JsonRead::string(object.value(QLatin1String("display_name"))).trimmed();
        if (choice.name.isEmpty())
            choice.name = JsonRead::string(object.value(QLatin1String("name"))).trimmed();
        if (choice.name.isEmpty())
            choice.name = choice.id;
        out->append(choice);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(out->begin(), out->end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return true;
}
