#pragma once

#include "api/SandboxLauncher.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A certdesk-sandbox started for one test: a fixed clock, a test key, no rate limits unless the
// test asks for them, and a scratch state directory.
class TestSandbox {
public:
    static QString testKey() { return QStringLiteral("test-key-0123456789abcdef"); }

    // Extra arguments go after the defaults and win over them.
    bool start(const QStringList &extraArguments = {}, bool withDefaultLimits = false);
    QUrl baseUrl() const { return m_launcher.baseUrl(); }
    QString errorString() const;
    QString stateDir() const { return m_state.path(); }
    QString caFile() const { return m_state.filePath(QStringLiteral("ca.pem")); }
    // The control endpoint: http(s)://127.0.0.1:PORT/__sandbox/faults
    QUrl faultsUrl() const;
    SandboxLauncher &launcher() { return m_launcher; }

private:
    QTemporaryDir m_state;
    SandboxLauncher m_launcher;
};
