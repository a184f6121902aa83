#pragma once

#include "core/Organization.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

// One page of List organizations.
struct OrganizationBatch {
    QList<Organization> organizations;
    qint64 total = 0;
    int limit = 0;
    qint64 offset = 0;
    int skipped = 0; // entries that were not objects or had no id or name

    static bool fromJson(const QByteArray &body, OrganizationBatch *out, QString *error);
};

Q_DECLARE_METATYPE(OrganizationBatch)
