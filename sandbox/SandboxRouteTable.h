#pragma once

#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxReply.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// The API's routes: method plus a path pattern such as "order/certificate/{}/reissue", where
// {} matches any one non-empty segment. A literal segment beats {} at the same position, so
// "order/certificate/status-changes" wins over "order/certificate/{}".
class SandboxRouteTable {
public:
    using Handler = std::function<SandboxReply(SandboxCall &)>;

    enum class Outcome { Found, NotFound, MethodNotAllowed };

    struct Match {
        Outcome outcome = Outcome::NotFound;
        const Handler *handler = nullptr;
        QStringList args;
        QByteArray allow; // for MethodNotAllowed: the methods the path accepts
    };

    void add(const QString &method, const QString &pattern, Handler handler);
    Match find(const QString &method, const QString &path) const;

private:
    struct Route {
        QString method;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *args);
    // Negative when a is more specific than b, 0 when equal.
    static int compareSpecificity(const QStringList &a, const QStringList &b);

    std::vector<Route> m_routes;
};
