#include "sandbox/SandboxCall.h"

#include <QJsonDocument>
#include <QJsonParseError>

bool SandboxCall::queryFlag(const QString &name) const {
    const QString value = query.value(name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("1");
}

bool SandboxCall::jsonBody(QJsonObject *object, SandboxReply *error, bool emptyIsObject) const {
    if (body.trimmed().isEmpty() && emptyIsObject) {
        *object = QJsonObject();
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = SandboxReply::error(
            400, QStringLiteral("invalid_json"),
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("The request body is not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("The request body must be a JSON object"));
        return false;
    }
    *object = document.object();
    return true;
}

std::optional<qint64> SandboxCall::parseId(const QString &text) {
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}
