#include "api/SandboxLauncher.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>

namespace {
const QByteArray kListeningPrefix = QByteArrayLiteral("listening on ");
}

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram()) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // The sandbox ends with CertDesk, even when CertDesk is killed and cannot stop it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start %1: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_baseUrl.isValid() && m_error.isEmpty()) {
            m_stderr += m_process.readAllStandardError();
            fail(tr("The sandbox stopped before it was ready (exit code %1): %2")
                     .arg(code)
                     .arg(QString::fromUtf8(m_stderr).trimmed()));
        }
    });
}

SandboxLauncher::~SandboxLauncher() {
    stop();
}

QString SandboxLauncher::defaultProgram() {
    const QString dir =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    const QString fromEnv = qEnvironmentVariable("CERTDESK_BIN_DIR");
    const QString base = fromEnv.isEmpty() ? dir : fromEnv;
    return QDir(base).filePath(QStringLiteral("certdesk-sandbox"));
}

void SandboxLauncher::start(const QStringList &arguments) {
    m_baseUrl.clear();
    m_error.clear();
    m_stdoutBuffer.clear();
    m_stderr.clear();
    QStringList args = arguments;
    if (!args.contains(QStringLiteral("--port")))
        args << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(m_program, args, QIODevice::ReadOnly);
}

bool SandboxLauncher::waitUntilStarted(int msecs) {
    QDeadlineTimer deadline(msecs);
    while (!m_baseUrl.isValid() && m_error.isEmpty() && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            if (!m_process.waitForStarted(int(deadline.remainingTime())))
                break;
        }
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
    }
    if (!m_baseUrl.isValid() && m_error.isEmpty())
        fail(tr("The sandbox did not announce its address within %1 ms").arg(msecs));
    return m_baseUrl.isValid();
}

void SandboxLauncher::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void SandboxLauncher::readStdout() {
    m_stdoutBuffer += m_process.readAllStandardOutput();
    if (m_baseUrl.isValid())
        return;
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
    if (!line.startsWith(kListeningPrefix)) {
        fail(tr("Unexpected first line from the sandbox: %1").arg(QString::fromUtf8(line)));
        return;
    }
    const QUrl url(QString::fromUtf8(line.mid(kListeningPrefix.size())), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        fail(tr("The sandbox announced an invalid address: %1").arg(QString::fromUtf8(line)));
        return;
    }
    m_baseUrl = url;
    emit started(m_baseUrl);
}

void SandboxLauncher::fail(const QString &message) {
    if (!m_error.isEmpty())
        return;
    m_error = message;
    emit failed(message);
}
