#include "sandbox/SandboxRequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>

bool SandboxRequestLog::open(const QString &path) {
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        m_error = QStringLiteral("cannot open %1 for writing: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void SandboxRequestLog::write(const QString &method, const QString &path, const QString &query,
                              const QJsonValue &body, int status) {
    if (!m_file.isOpen())
        return;
    QJsonObject line{{QStringLiteral("method"), method},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("status"), status}};
    if (!body.isUndefined() && !body.isNull())
        line.insert(QStringLiteral("body"), body);
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    // Readers (tests, tail -f) see each line as soon as the request is answered.
    m_file.flush();
}
