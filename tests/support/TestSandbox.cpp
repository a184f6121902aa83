#include "TestSandbox.h"

bool TestSandbox::start(const QStringList &extraArguments, bool withDefaultLimits) {
    QStringList args{QStringLiteral("--seed"),      QStringLiteral("7"),
                     QStringLiteral("--now"),       QStringLiteral("2026-11-22"),
                     QStringLiteral("--key"),       testKey(),
                     QStringLiteral("--state-dir"), m_state.path()};
    if (!withDefaultLimits)
        args << QStringLiteral("--no-rate-limit");
    args << extraArguments;
    m_launcher.start(args);
    return m_launcher.waitUntilStarted(60000);
}

QString TestSandbox::errorString() const {
    return m_launcher.errorString() + QLatin1Char(' ') +
           QString::fromUtf8(m_launcher.standardError());
}

QUrl TestSandbox::faultsUrl() const {
    QUrl url = m_launcher.baseUrl();
    url.setPath(QStringLiteral("/__sandbox/faults"));
    return url;
}
