#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts a certdesk-sandbox child process, reads the URL it announces on its first stdout line
// and stops the process when destroyed.
class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // The certdesk-sandbox executable; defaults to the one next to the running program.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }

    // Starts the sandbox with the given arguments ("--port 0" is added when no port is given).
    void start(const QStringList &arguments);
    // Blocks until the URL line arrived, the process failed or msecs passed (tests, CLI).
    bool waitUntilStarted(int msecs = 30000);
    void stop();

    bool isRunning() const { return m_baseUrl.isValid() && m_process.state() == QProcess::Running; }
    // For example http://127.0.0.1:PORT/services/v2/
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    // Everything the sandbox wrote to stderr so far.
    QByteArray standardError() const { return m_stderr; }

    static QString defaultProgram();

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void readStdout();
    void fail(const QString &message);

    QProcess m_process;
    QString m_program;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderr;
};
