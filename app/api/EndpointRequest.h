#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// What is sent for one endpoint: the method, the path under the API's base URL, the query and
// the body, and how ApiCall treats it. Reads (GET) are retried; a write is retried only when it
// says that repeating it changes nothing (idempotent). A reply is JSON unless the endpoint
// downloads a file (expectsJson false).
struct EndpointRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    // A PUT or POST whose repetition gives the same result: retried like a read.
    bool idempotent = false;
    // A 2xx reply of another content type (a proxy's HTML page) is an error, never decoded.
    bool expectsJson = true;

    static EndpointRequest get(const QString &path, const QUrlQuery &query = {}) {
        return {"GET", path, query, {}};
    }
    static EndpointRequest post(const QString &path, const QByteArray &body) {
        return {"POST", path, {}, body};
    }
    static EndpointRequest put(const QString &path, const QByteArray &body) {
        return {"PUT", path, {}, body};
    }
    static EndpointRequest remove(const QString &path) { return {"DELETE", path, {}, {}}; }
};
