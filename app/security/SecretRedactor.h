#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QStringList>

// The one step every log line passes: known secrets (API keys) are replaced with a marker
// before a message reaches stderr or a file. install() routes Qt's message handler through it.
class SecretRedactor {
public:
    static SecretRedactor &instance();

    void addSecret(const QString &secret);
    void removeSecret(const QString &secret);
    QString redact(QString text) const;

    // Installs a Qt message handler that redacts, then hands over to the previous handler
    // and, when set, appends the line to the log file.
    static void install();
    // Also write every (redacted) line to this file; an empty path stops it. Returns false
    // when the file cannot be opened.
    bool setLogFile(const QString &path);
    void writeToFile(const QString &line);

private:
    SecretRedactor() = default;
    mutable QMutex m_mutex;
    QStringList m_secrets;
    QFile m_file;
};
