#pragma once

#include <QFile>
#include <QJsonValue>
#include <QString>

// --log-requests: one JSON object per line with method, path, query, body and status. The
// caller redacts the query and body first (SandboxRedactor); headers are never written, so the
// API key cannot end up in the file.
class SandboxRequestLog {
public:
    // Truncates the file. Returns false with errorString() set when it cannot be opened.
    bool open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }

    // status 0 means the connection was closed without a reply. An undefined body is left out.
    void write(const QString &method, const QString &path, const QString &query,
               const QJsonValue &body, int status);

private:
    QFile m_file;
    QString m_error;
};
