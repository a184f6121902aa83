#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxFaults.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The command line of certdesk-sandbox, parsed and checked. Holds API keys, so it is never logged.
class SandboxOptions {
public:
    struct RateWindow {
        int requests = 0;
        int seconds = 0;
    };

    enum class Outcome { Run, ShowHelp, ShowVersion, UsageError };

    static constexpr int kMaxOrders = 200000;
    static constexpr int kMaxLatencyMs = 60000;
    static constexpr int kMaxKeyLength = 128;

    // Parses arguments (argv[0] first). On UsageError, errorString() names the flag and the
    // allowed values; helpText() gives the full usage either way.
    Outcome parse(const QStringList &arguments);

    QString errorString() const { return m_error; }
    QString helpText() const { return m_helpText; }

    quint16 port() const { return m_port; }
    bool tls() const { return m_tls; }
    QString stateDir() const { return m_stateDir; }
    // Registered keys with their roles in the order given; the first one belongs to user 1001.
    QList<QPair<QByteArray, SandboxAccount::Role>> keys() const { return m_keys; }
    bool usingDemoKeys() const { return m_demoKeys; }
    bool autoComplete() const { return m_autoComplete; }
    bool uniqueAlternativeOrderIds() const { return m_uniqueAlternativeOrderIds; }
    QString stateFile() const { return m_stateFile; }
    SandboxFaults::Settings faults() const { return m_faults; }
    quint32 seed() const { return m_seed; }
    int orders() const { return m_orders; }
    QDate today() const { return m_today; }
    bool rateLimitEnabled() const { return m_rateLimit; }
    RateWindow shortWindow() const { return m_short; }
    RateWindow longWindow() const { return m_long; }
    int latencyMs() const { return m_latencyMs; }
    QString requestLogPath() const { return m_logPath; }

    static bool isValidKey(const QByteArray &key);

private:
    bool fail(const QString &message);
    static bool parseRateWindow(const QString &text, RateWindow *window);
    bool parseKey(const QString &value, int position);
    // The steps of parse(), in order; each returns false (with m_error set) on a bad flag.
    bool checkSingleValued(const QCommandLineParser &parser);
    bool readServing(const QCommandLineParser &parser);    // --port, --tls, --state-dir
    bool readKeys(const QCommandLineParser &parser);       // --key, else the demo keys
    bool readData(const QCommandLineParser &parser);       // --seed, --orders, --now
    bool readRateLimits(const QCommandLineParser &parser); // --rate-*, --latency-ms
    bool readOutputs(const QCommandLineParser &parser);    // --log-requests, --state-file, switches
    bool readFaults(const QCommandLineParser &parser);     // --fault-*

    QString m_error;
    QString m_helpText;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_stateDir;
    QList<QPair<QByteArray, SandboxAccount::Role>> m_keys;
    bool m_demoKeys = false;
    bool m_autoComplete = false;
    bool m_uniqueAlternativeOrderIds = false;
    QString m_stateFile;
    SandboxFaults::Settings m_faults;
    quint32 m_seed = 1;
    int m_orders = 500;
    QDate m_today;
    bool m_rateLimit = true;
    RateWindow m_short{100, 5};
    RateWindow m_long{1000, 180};
    int m_latencyMs = 0;
    QString m_logPath;
};
