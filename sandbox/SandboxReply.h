#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP reply of the sandbox: status, body, content type and extra headers. Route handlers
// build these; SandboxServer writes them (or withholds them when a fault says so).
class SandboxReply {
public:
    int status = 200;
    QByteArray body;                              // empty for 204
    QByteArray contentType;                       // empty when there is no body
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Allow, Content-Disposition)

    static SandboxReply json(int status, const QJsonObject &body);
    // {"errors":[{"code":...,"message":...}]}
    static SandboxReply error(int status, const QString &code, const QString &message);
    static SandboxReply noContent();
    // A file download: body as given, with a Content-Disposition naming the file.
    static SandboxReply file(const QByteArray &body, const QByteArray &contentType,
                             const QString &fileName);

    bool isError() const { return status >= 400; }
    bool isJson() const { return contentType == "application/json"; }
    // The "code" of the first error entry, or an empty string.
    QString errorCode() const;
};
