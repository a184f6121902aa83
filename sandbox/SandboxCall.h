#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxReply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One API request as the route handlers see it: method, the path below /services/v2, the
// values of the path's {placeholders}, decoded query parameters, the body and the caller.
class SandboxCall {
public:
    QString method;   // GET, POST, PUT, DELETE, ...
    QString path;     // e.g. /order/certificate/100001
    QStringList args; // placeholder values in path order
    QHash<QString, QString> query;
    QByteArray body;
    SandboxAccount::User user;

    QString arg(int index) const { return args.value(index); }
    bool hasQuery(const QString &name) const { return query.contains(name); }
    QString queryValue(const QString &name) const { return query.value(name); }
    // True for include_dcv=true style flags ("true" or "1").
    bool queryFlag(const QString &name) const;

    // The body as a JSON object. An empty body counts as {} when emptyIsObject is true.
    // On failure, *error holds a 400 invalid_json reply.
    bool jsonBody(QJsonObject *object, SandboxReply *error, bool emptyIsObject = false) const;

    // A path or query id: digits only, 1 to 9 of them.
    static std::optional<qint64> parseId(const QString &text);
};
