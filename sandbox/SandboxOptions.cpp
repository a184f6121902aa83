#include "SandboxOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>

namespace {

const QByteArray kDemoAdminKey = QByteArrayLiteral("demo-admin-key");

// Digits only: no sign, no spaces, no leading '+', so "--port +80" is refused.
bool parseUnsigned(const QString &text, quint64 max, quint64 *value) {
    if (text.isEmpty() || text.size() > 10)
        return false;
    quint64 result = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        result = result * 10 + quint64(c.unicode() - '0');
    }
    if (result > max)
        return false;
    *value = result;
    return true;
}

} // namespace

bool SandboxOptions::isValidKey(const QByteArray &key) {
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    for (const char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

bool SandboxOptions::parseRateWindow(const QString &text, RateWindow *window) {
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    quint64 requests = 0;
    quint64 seconds = 0;
    if (!parseUnsigned(text.left(slash), 1000000, &requests) || requests < 1)
        return false;
    if (!parseUnsigned(text.mid(slash + 1), 86400, &seconds) || seconds < 1)
        return false;
    window->requests = int(requests);
    window->seconds = int(seconds);
    return true;
}

bool SandboxOptions::fail(const QString &message) {
    m_error = message;
    return false;
}

SandboxOptions::Outcome SandboxOptions::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for the DigiCert CertCentral Services API v2. "
                       "Listens on 127.0.0.1 only and serves deterministic, seeded data."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (0 picks a free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with a generated CA (needs --state-dir)."));
    const QCommandLineOption stateDir(
        QStringLiteral("state-dir"),
        QStringLiteral("Folder for ca.pem, server.pem and server-key.pem (created if missing)."),
        QStringLiteral("DIR"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        QStringLiteral("Register an API key (repeatable; administrators 1001, 1002, ...). "
                       "Without it the demo key demo-admin-key is registered."),
        QStringLiteral("KEY"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed for the generated account data."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    QStringLiteral("Number of seeded orders (0 to 200000)."),
                                    QStringLiteral("COUNT"), QStringLiteral("500"));
    const QCommandLineOption now(
        QStringLiteral("now"),
        QStringLiteral("Fix today's date (yyyy-MM-dd, UTC); default: the current UTC date."),
        QStringLiteral("DATE"));
    const QCommandLineOption rateShort(
        QStringLiteral("rate-short"),
        QStringLiteral("Short rate-limit window per key, N requests per SECONDS."),
        QStringLiteral("N/SECONDS"), QStringLiteral("100/5"));
    const QCommandLineOption rateLong(
        QStringLiteral("rate-long"),
        QStringLiteral("Long rate-limit window per key, N requests per SECONDS."),
        QStringLiteral("N/SECONDS"), QStringLiteral("1000/180"));
    const QCommandLineOption noRateLimit(QStringLiteral("no-rate-limit"),
                                         QStringLiteral("Turn rate limiting off."));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay every API reply (0 to 60000 ms)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption logRequests(
        QStringLiteral("log-requests"),
        QStringLiteral("Write one JSON line per request (method, path, query, status) to FILE."),
        QStringLiteral("FILE"));

    parser.addOptions({help, version, port, tls, stateDir, key, seed, orders, now, rateShort,
                       rateLong, noRateLimit, latency, logRequests});
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return Outcome::UsageError;
    }
    if (parser.isSet(help))
        return Outcome::ShowHelp;
    if (parser.isSet(version))
        return Outcome::ShowVersion;
    if (!parser.positionalArguments().isEmpty()) {
        fail(QStringLiteral("unexpected argument '%1'; every setting is a --flag")
                 .arg(parser.positionalArguments().constFirst()));
        return Outcome::UsageError;
    }

    // Every single-valued flag may appear once; a repeated one is almost always a typo.
    for (const QCommandLineOption *option :
         {&port, &stateDir, &seed, &orders, &now, &rateShort, &rateLong, &latency, &logRequests}) {
        if (parser.values(*option).size() > 1) {
            fail(QStringLiteral("--%1: given more than once").arg(option->names().constLast()));
            return Outcome::UsageError;
        }
    }

    quint64 number = 0;
    if (!parseUnsigned(parser.value(port), 65535, &number)) {
        fail(QStringLiteral("--port: expected an integer from 0 to 65535, got '%1'")
                 .arg(parser.value(port)));
        return Outcome::UsageError;
    }
    m_port = quint16(number);

    m_tls = parser.isSet(tls);
    m_stateDir = parser.value(stateDir);
    if (parser.isSet(stateDir) && m_stateDir.isEmpty()) {
        fail(QStringLiteral("--state-dir: expected a folder path, got an empty value"));
        return Outcome::UsageError;
    }
    if (m_tls && m_stateDir.isEmpty()) {
        fail(QStringLiteral("--tls: requires --state-dir DIR, where the CA and server "
                            "certificate are written"));
        return Outcome::UsageError;
    }

    m_keys.clear();
    const QStringList keyValues = parser.values(key);
    for (qsizetype i = 0; i < keyValues.size(); ++i) {
        const QByteArray value = keyValues.at(i).toUtf8();
        // The key itself is never echoed: the message names its position only.
        if (!isValidKey(value)) {
            fail(QStringLiteral("--key: key number %1 is invalid; keys are 1 to %2 printable "
                                "ASCII characters without spaces")
                     .arg(i + 1)
                     .arg(kMaxKeyLength));
            return Outcome::UsageError;
        }
        if (!m_keys.contains(value))
            m_keys.append(value);
    }
    m_demoKeys = m_keys.isEmpty();
    if (m_demoKeys)
        m_keys.append(kDemoAdminKey);

    if (!parseUnsigned(parser.value(seed), 4294967295ULL, &number)) {
        fail(QStringLiteral("--seed: expected an integer from 0 to 4294967295, got '%1'")
                 .arg(parser.value(seed)));
        return Outcome::UsageError;
    }
    m_seed = quint32(number);

    if (!parseUnsigned(parser.value(orders), kMaxOrders, &number)) {
        fail(QStringLiteral("--orders: expected an integer from 0 to %1, got '%2'")
                 .arg(kMaxOrders)
                 .arg(parser.value(orders)));
        return Outcome::UsageError;
    }
    m_orders = int(number);

    if (parser.isSet(now)) {
        m_today = QDate::fromString(parser.value(now), QStringLiteral("yyyy-MM-dd"));
        if (!m_today.isValid() || parser.value(now).size() != 10) {
            fail(QStringLiteral("--now: expected a date as yyyy-MM-dd (for example 2026-03-04), "
                                "got '%1'")
                     .arg(parser.value(now)));
            return Outcome::UsageError;
        }
    } else {
        m_today = QDateTime::currentDateTimeUtc().date();
    }

    m_rateLimit = !parser.isSet(noRateLimit);
    if (!parseRateWindow(parser.value(rateShort), &m_short)) {
        fail(QStringLiteral("--rate-short: expected N/SECONDS with N from 1 to 1000000 and "
                            "SECONDS from 1 to 86400 (for example 100/5), got '%1'")
                 .arg(parser.value(rateShort)));
        return Outcome::UsageError;
    }
    if (!parseRateWindow(parser.value(rateLong), &m_long)) {
        fail(QStringLiteral("--rate-long: expected N/SECONDS with N from 1 to 1000000 and "
                            "SECONDS from 1 to 86400 (for example 1000/180), got '%1'")
                 .arg(parser.value(rateLong)));
        return Outcome::UsageError;
    }

    if (!parseUnsigned(parser.value(latency), kMaxLatencyMs, &number)) {
        fail(QStringLiteral("--latency-ms: expected an integer from 0 to %1, got '%2'")
                 .arg(kMaxLatencyMs)
                 .arg(parser.value(latency)));
        return Outcome::UsageError;
    }
    m_latencyMs = int(number);

    m_logPath = parser.value(logRequests);
    if (parser.isSet(logRequests) && m_logPath.isEmpty()) {
        fail(QStringLiteral("--log-requests: expected a file path, got an empty value"));
        return Outcome::UsageError;
    }
    return Outcome::Run;
}
