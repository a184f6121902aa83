#include "security/SecretRedactor.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QtGlobal>

namespace {
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString clean = SecretRedactor::instance().redact(message);
    if (g_previous)
        g_previous(type, context, clean);
    SecretRedactor::instance().writeToFile(qFormatLogMessage(type, context, clean));
}
} // namespace

SecretRedactor &SecretRedactor::instance() {
    // Never destroyed: Qt still logs while the process ends (plugins and libraries unloading),
    // after static objects are gone, and every message passes through here. A static object
    // was used after its destruction (found by UndefinedBehaviorSanitizer). The log file is
    // flushed after every line, so nothing waits for a destructor.
    static SecretRedactor *redactor = new SecretRedactor;
    return *redactor;
}

void SecretRedactor::addSecret(const QString &secret) {
    // Very short strings would blank out ordinary words; keys are long.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets << secret;
}

void SecretRedactor::removeSecret(const QString &secret) {
    QMutexLocker lock(&m_mutex);
    m_secrets.removeAll(secret);
}

QString SecretRedactor::redact(QString text) const {
    QMutexLocker lock(&m_mutex);
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

void SecretRedactor::install() {
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previous = qInstallMessageHandler(redactingHandler);
}

bool SecretRedactor::setLogFile(const QString &path) {
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        m_file.close();
    if (path.isEmpty())
        return true;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::Append | QIODevice::Text))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void SecretRedactor::writeToFile(const QString &line) {
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    // Redact again: the formatted line may carry context added after redact() ran.
    QString clean = line;
    for (const QString &secret : m_secrets)
        clean.replace(secret, QStringLiteral("[redacted]"));
    m_file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                 clean.toUtf8() + '\n');
    m_file.flush();
}
