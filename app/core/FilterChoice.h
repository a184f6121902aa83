#pragma once

#include <QList>
#include <QString>

// One entry of a filter list on the Orders page: a product, an organization or a container,
// with the id the API filters by and the name shown to the user.
struct FilterChoice {
    enum class Kind { Product, Organization, Container };

    QString id; // a product's name_id, or a decimal organization or container id
    QString name;

    // Reads GET product, GET organization or GET container. Entries without an id are skipped;
    // a missing name shows the id. The list is sorted by name for the combo boxes. False, with
    // a reason, when the body is not a JSON object.
    static bool listFromJson(Kind kind, const QByteArray &body, QList<FilterChoice> *out,
                             QString *error);
    static QString path(Kind kind);
};
