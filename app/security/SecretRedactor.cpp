#include "SecretRedactor.h"

#include <QMutexLocker>
#include <QtGlobal>

namespace {
QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString clean = SecretRedactor::instance().redact(message);
    if (g_previous)
        g_previous(type, context, clean);
}
} // namespace

SecretRedactor &SecretRedactor::instance() {
    static SecretRedactor redactor;
    return redactor;
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
