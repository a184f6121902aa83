#include "sandbox/SandboxOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>

namespace {

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

// One flag of the command line, in the order --help lists them. names is '|'-separated;
// valueName is empty for a switch, defaultValue empty when there is none.
struct OptionSpec {
    const char *names;
    const char *description;
    const char *valueName;
    const char *defaultValue;
};

const OptionSpec kOptionSpecs[] = {
    {"h|help", "Show this help and exit.", "", ""},
    {"version", "Show the version and exit.", "", ""},
    {"port", "TCP port on 127.0.0.1 (0 picks a free port).", "N", "0"},
    {"tls", "Serve HTTPS with a generated CA (needs --state-dir).", "", ""},
    {"state-dir", "Folder for ca.pem, server.pem and server-key.pem (created if missing).", "DIR",
     ""},
    {"key",
     "Register an API key as KEY or KEY:ROLE (repeatable; users 1001, 1002, ...). ROLE is admin "
     "(default), manager, finance_manager, user, limited_user or view_only. Without --key the "
     "six demo keys are registered.",
     "KEY[:ROLE]", ""},
    {"seed", "Seed for the generated account data.", "N", "1"},
    {"orders", "Number of seeded orders (0 to 200000).", "COUNT", "500"},
    {"now", "Fix today's date (yyyy-MM-dd, UTC); default: the current UTC date.", "DATE", ""},
    {"rate-short", "Short rate-limit window per key, N requests per SECONDS.", "N/SECONDS",
     "100/5"},
    {"rate-long", "Long rate-limit window per key, N requests per SECONDS.", "N/SECONDS",
     "1000/180"},
    {"no-rate-limit", "Turn rate limiting off.", "", ""},
    {"latency-ms", "Delay every API reply (0 to 60000 ms).", "N", "0"},
    {"log-requests",
     "Write one JSON line per request (method, path, query, redacted body, status) to FILE.",
     "FILE", ""},
    {"state-file", "Keep the account in FILE (JSON, written atomically) between runs.", "FILE", ""},
    {"auto-complete",
     "Complete DCV and organization validation at once, so approved orders issue immediately.", "",
     ""},
    {"unique-alternative-order-ids", "Refuse orders whose alternative_order_id is already used.",
     "", ""},
    {"fault-429-every", "Answer every Nth API request with 429.", "N", "0"},
    {"fault-503-window", "Answer 503 during the first DURATION_MS of every EVERY_MS.",
     "EVERY_MS/DURATION_MS", ""},
    {"fault-close-every", "Close the connection without a reply on every Nth API request.", "N",
     "0"},
    {"fault-close-after-headers-every", "Close every Nth reply after its headers, before the body.",
     "N", "0"},
    {"fault-truncate-every", "Close every Nth reply half-way through its body.", "N", "0"},
    {"fault-malformed-json-every", "Send every Nth JSON reply cut in half (invalid JSON).", "N",
     "0"},
    {"fault-lose-reply-every", "Apply every Nth write, then close without a reply.", "N", "0"},
};

QList<QCommandLineOption> commandLineOptions() {
    QList<QCommandLineOption> options;
    for (const OptionSpec &spec : kOptionSpecs)
        options.append(QCommandLineOption(QString::fromUtf8(spec.names).split(QLatin1Char('|')),
                                          QString::fromUtf8(spec.description),
                                          QString::fromUtf8(spec.valueName),
                                          QString::fromUtf8(spec.defaultValue)));
    return options;
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

bool SandboxOptions::parseKey(const QString &value, int position) {
    // KEY or KEY:ROLE. The text after the last ':' must then be a role; a key that itself
    // contains ':' is given as KEY:admin.
    QByteArray key = value.toUtf8();
    SandboxAccount::Role role = SandboxAccount::Role::Admin;
    const qsizetype colon = key.lastIndexOf(':');
    if (colon >= 0) {
        const auto parsed = SandboxAccount::roleFromName(QString::fromUtf8(key.mid(colon + 1)));
        // The role part is never echoed either: it may be part of a secret.
        if (!parsed)
            return fail(QStringLiteral("--key: key number %1 ends in ':' followed by something "
                                       "that is not a role; roles are %2 (write KEY:admin for "
                                       "a key that contains ':')")
                            .arg(position)
                            .arg(SandboxAccount::roleNames().join(QStringLiteral(", "))));
        role = *parsed;
        key = key.left(colon);
    }
    // The key itself is never echoed: the message names its position only.
    if (!isValidKey(key))
        return fail(QStringLiteral("--key: key number %1 is invalid; keys are 1 to %2 printable "
                                   "ASCII characters without spaces")
                        .arg(position)
                        .arg(kMaxKeyLength));
    for (const auto &existing : m_keys) {
        if (existing.first == key)
            return true;
    }
    m_keys.append({key, role});
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
    parser.addOptions(commandLineOptions());
    m_helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return Outcome::UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        return Outcome::ShowHelp;
    if (parser.isSet(QStringLiteral("version")))
        return Outcome::ShowVersion;
    if (!parser.positionalArguments().isEmpty()) {
        fail(QStringLiteral("unexpected argument '%1'; every setting is a --flag")
                 .arg(parser.positionalArguments().constFirst()));
        return Outcome::UsageError;
    }
    const bool ok = checkSingleValued(parser) && readServing(parser) && readKeys(parser) &&
                    readData(parser) && readRateLimits(parser) && readOutputs(parser) &&
                    readFaults(parser);
    return ok ? Outcome::Run : Outcome::UsageError;
}

bool SandboxOptions::checkSingleValued(const QCommandLineParser &parser) {
    // Every single-valued flag may appear once; a repeated one is almost always a typo.
    for (const char *name :
         {"port", "state-dir", "seed", "orders", "now", "rate-short", "rate-long", "latency-ms",
          "log-requests", "state-file", "fault-429-every", "fault-503-window", "fault-close-every",
          "fault-close-after-headers-every", "fault-truncate-every", "fault-malformed-json-every",
          "fault-lose-reply-every"}) {
        if (parser.values(QLatin1String(name)).size() > 1)
            return fail(QStringLiteral("--%1: given more than once").arg(QLatin1String(name)));
    }
    return true;
}

bool SandboxOptions::readServing(const QCommandLineParser &parser) {
    const QString port = parser.value(QStringLiteral("port"));
    quint64 number = 0;
    if (!parseUnsigned(port, 65535, &number))
        return fail(
            QStringLiteral("--port: expected an integer from 0 to 65535, got '%1'").arg(port));
    m_port = quint16(number);

    m_tls = parser.isSet(QStringLiteral("tls"));
    m_stateDir = parser.value(QStringLiteral("state-dir"));
    if (parser.isSet(QStringLiteral("state-dir")) && m_stateDir.isEmpty())
        return fail(QStringLiteral("--state-dir: expected a folder path, got an empty value"));
    if (m_tls && m_stateDir.isEmpty())
        return fail(QStringLiteral("--tls: requires --state-dir DIR, where the CA and server "
                                   "certificate are written"));
    return true;
}

bool SandboxOptions::readKeys(const QCommandLineParser &parser) {
    m_keys.clear();
    const QStringList keyValues = parser.values(QStringLiteral("key"));
    for (qsizetype i = 0; i < keyValues.size(); ++i) {
        if (!parseKey(keyValues.at(i), int(i + 1)))
            return false;
    }
    m_demoKeys = m_keys.isEmpty();
    if (m_demoKeys)
        m_keys = SandboxAccount::demoKeys();
    return true;
}

bool SandboxOptions::readData(const QCommandLineParser &parser) {
    const QString seed = parser.value(QStringLiteral("seed"));
    quint64 number = 0;
    if (!parseUnsigned(seed, 4294967295ULL, &number))
        return fail(
            QStringLiteral("--seed: expected an integer from 0 to 4294967295, got '%1'").arg(seed));
    m_seed = quint32(number);

    const QString orders = parser.value(QStringLiteral("orders"));
    if (!parseUnsigned(orders, kMaxOrders, &number))
        return fail(QStringLiteral("--orders: expected an integer from 0 to %1, got '%2'")
                        .arg(kMaxOrders)
                        .arg(orders));
    m_orders = int(number);

    if (!parser.isSet(QStringLiteral("now"))) {
        m_today = QDateTime::currentDateTimeUtc().date();
        return true;
    }
    const QString now = parser.value(QStringLiteral("now"));
    m_today = QDate::fromString(now, QStringLiteral("yyyy-MM-dd"));
    if (!m_today.isValid() || now.size() != 10)
        return fail(QStringLiteral("--now: expected a date as yyyy-MM-dd (for example 2026-03-04), "
                                   "got '%1'")
                        .arg(now));
    return true;
}

bool SandboxOptions::readRateLimits(const QCommandLineParser &parser) {
    m_rateLimit = !parser.isSet(QStringLiteral("no-rate-limit"));
    const QString rateShort = parser.value(QStringLiteral("rate-short"));
    if (!parseRateWindow(rateShort, &m_short))
        return fail(QStringLiteral("--rate-short: expected N/SECONDS with N from 1 to 1000000 and "
                                   "SECONDS from 1 to 86400 (for example 100/5), got '%1'")
                        .arg(rateShort));
    const QString rateLong = parser.value(QStringLiteral("rate-long"));
    if (!parseRateWindow(rateLong, &m_long))
        return fail(QStringLiteral("--rate-long: expected N/SECONDS with N from 1 to 1000000 and "
                                   "SECONDS from 1 to 86400 (for example 1000/180), got '%1'")
                        .arg(rateLong));

    const QString latency = parser.value(QStringLiteral("latency-ms"));
    quint64 number = 0;
    if (!parseUnsigned(latency, kMaxLatencyMs, &number))
        return fail(QStringLiteral("--latency-ms: expected an integer from 0 to %1, got '%2'")
                        .arg(kMaxLatencyMs)
                        .arg(latency));
    m_latencyMs = int(number);
    return true;
}

bool SandboxOptions::readOutputs(const QCommandLineParser &parser) {
    m_logPath = parser.value(QStringLiteral("log-requests"));
    if (parser.isSet(QStringLiteral("log-requests")) && m_logPath.isEmpty())
        return fail(QStringLiteral("--log-requests: expected a file path, got an empty value"));
    m_stateFile = parser.value(QStringLiteral("state-file"));
    if (parser.isSet(QStringLiteral("state-file")) && m_stateFile.isEmpty())
        return fail(QStringLiteral("--state-file: expected a file path, got an empty value"));
    m_autoComplete = parser.isSet(QStringLiteral("auto-complete"));
    m_uniqueAlternativeOrderIds = parser.isSet(QStringLiteral("unique-alternative-order-ids"));
    return true;
}

bool SandboxOptions::readFaults(const QCommandLineParser &parser) {
    m_faults = SandboxFaults::Settings();
    m_faults.latencyMs = m_latencyMs;
    struct Every {
        const char *name;
        int *target;
    };
    const Every periodic[] = {{"fault-429-every", &m_faults.rateLimitEvery},
                              {"fault-close-every", &m_faults.closeEvery},
                              {"fault-close-after-headers-every", &m_faults.closeAfterHeadersEvery},
                              {"fault-truncate-every", &m_faults.truncateBodyEvery},
                              {"fault-malformed-json-every", &m_faults.malformedJsonEvery},
                              {"fault-lose-reply-every", &m_faults.loseReplyEvery}};
    for (const Every &e : periodic) {
        const QString value = parser.value(QLatin1String(e.name));
        quint64 number = 0;
        if (!parseUnsigned(value, SandboxFaults::kMaxCount, &number))
            return fail(QStringLiteral("--%1: expected an integer from 0 to %2, got '%3'")
                            .arg(QLatin1String(e.name))
                            .arg(SandboxFaults::kMaxCount)
                            .arg(value));
        *e.target = int(number);
    }
    if (!parser.isSet(QStringLiteral("fault-503-window")))
        return true;
    const QString text = parser.value(QStringLiteral("fault-503-window"));
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    quint64 every = 0;
    quint64 duration = 0;
    if (slash < 0 || !parseUnsigned(text.left(slash), SandboxFaults::kMaxMs, &every) ||
        !parseUnsigned(text.mid(slash + 1), SandboxFaults::kMaxMs, &duration) || duration < 1 ||
        duration > every)
        return fail(QStringLiteral("--fault-503-window: expected EVERY_MS/DURATION_MS with "
                                   "1 <= DURATION_MS <= EVERY_MS <= %1 (for example 60000/5000), "
                                   "got '%2'")
                        .arg(SandboxFaults::kMaxMs)
                        .arg(text));
    m_faults.unavailableEveryMs = int(every);
    m_faults.unavailableForMs = int(duration);
    return true;
}
