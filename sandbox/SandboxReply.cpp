#include "sandbox/SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>

SandboxReply SandboxReply::json(int status, const QJsonObject &body) {
    SandboxReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.contentType = QByteArrayLiteral("application/json");
    return reply;
}

SandboxReply SandboxReply::error(int status, const QString &code, const QString &message) {
    const QJsonObject entry{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("errors"), QJsonArray{entry}}});
}

SandboxReply SandboxReply::noContent() {
    SandboxReply reply;
    reply.status = 204;
    return reply;
}

SandboxReply SandboxReply::file(const QByteArray &body, const QByteArray &contentType,
                                const QString &fileName) {
    SandboxReply reply;
    reply.status = 200;
    reply.body = body;
    reply.contentType = contentType;
    // File names are built by the sandbox from ASCII parts, so no RFC 5987 encoding is needed.
    reply.headers.append(
        {QByteArrayLiteral("Content-Disposition"),
         QByteArrayLiteral("attachment; filename=\"") + fileName.toLatin1() + '"'});
    return reply;
}

QString SandboxReply::errorCode() const {
    if (!isJson() || !isError())
        return QString();
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("errors"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}
