#include "SandboxOptions.h"

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
        QStringLiteral("Register an API key as KEY or KEY:ROLE (repeatable; users 1001, 1002, "
                       "...). ROLE is admin (default), manager, finance_manager, user, "
                       "limited_user or view_only. Without --key the six demo keys are "
                       "registered."),
        QStringLiteral("KEY[:ROLE]"));
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
        QStringLiteral("Write one JSON line per request (method, path, query, redacted body, "
                       "status) to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption stateFile(
        QStringLiteral("state-file"),
        QStringLiteral("Keep the account in FILE (JSON, written atomically) between runs."),
        QStringLiteral("FILE"));
    const QCommandLineOption autoComplete(
        QStringLiteral("auto-complete"),
        QStringLiteral("Complete DCV and organization validation at once, so approved orders "
                       "issue immediately."));
    const QCommandLineOption uniqueAltIds(
        QStringLiteral("unique-alternative-order-ids"),
        QStringLiteral("Refuse orders whose alternative_order_id is already used."));
    const QCommandLineOption fault429(QStringLiteral("fault-429-every"),
                                      QStringLiteral("Answer every Nth API request with 429."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption fault503(
        QStringLiteral("fault-503-window"),
        QStringLiteral("Answer 503 during the first DURATION_MS of every EVERY_MS."),
        QStringLiteral("EVERY_MS/DURATION_MS"));
    const QCommandLineOption faultClose(
        QStringLiteral("fault-close-every"),
        QStringLiteral("Close the connection without a reply on every Nth API request."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultHeaders(
        QStringLiteral("fault-close-after-headers-every"),
        QStringLiteral("Close every Nth reply after its headers, before the body."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultTruncate(
        QStringLiteral("fault-truncate-every"),
        QStringLiteral("Close every Nth reply half-way through its body."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption faultMalformed(
        QStringLiteral("fault-malformed-json-every"),
        QStringLiteral("Send every Nth JSON reply cut in half (invalid JSON)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultLose(
        QStringLiteral("fault-lose-reply-every"),
        QStringLiteral("Apply every Nth write, then close without a reply."), QStringLiteral("N"),
        QStringLiteral("0"));

    parser.addOptions({help,         version,       port,           tls,         stateDir,
                       key,          seed,          orders,         now,         rateShort,
                       rateLong,     noRateLimit,   latency,        logRequests, stateFile,
                       autoComplete, uniqueAltIds,  fault429,       fault503,    faultClose,
                       faultHeaders, faultTruncate, faultMalformed, faultLose});
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
         {&port, &stateDir, &seed, &orders, &now, &rateShort, &rateLong, &latency, &logRequests,
          &stateFile, &fault429, &fault503, &faultClose, &faultHeaders, &faultTruncate,
          &faultMalformed, &faultLose}) {
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
        if (!parseKey(keyValues.at(i), int(i + 1)))
            return Outcome::UsageError;
    }
    m_demoKeys = m_keys.isEmpty();
    if (m_demoKeys)
        m_keys = SandboxAccount::demoKeys();

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
    m_stateFile = parser.value(stateFile);
    if (parser.isSet(stateFile) && m_stateFile.isEmpty()) {
        fail(QStringLiteral("--state-file: expected a file path, got an empty value"));
        return Outcome::UsageError;
    }
    m_autoComplete = parser.isSet(autoComplete);
    m_uniqueAlternativeOrderIds = parser.isSet(uniqueAltIds);

    m_faults = SandboxFaults::Settings();
    m_faults.latencyMs = m_latencyMs;
    struct Every {
        const QCommandLineOption *option;
        int *target;
    };
    const Every periodic[] = {{&fault429, &m_faults.rateLimitEvery},
                              {&faultClose, &m_faults.closeEvery},
                              {&faultHeaders, &m_faults.closeAfterHeadersEvery},
                              {&faultTruncate, &m_faults.truncateBodyEvery},
                              {&faultMalformed, &m_faults.malformedJsonEvery},
                              {&faultLose, &m_faults.loseReplyEvery}};
    for (const Every &e : periodic) {
        if (!parseUnsigned(parser.value(*e.option), SandboxFaults::kMaxCount, &number)) {
            fail(QStringLiteral("--%1: expected an integer from 0 to %2, got '%3'")
                     .arg(e.option->names().constLast())
                     .arg(SandboxFaults::kMaxCount)
                     .arg(parser.value(*e.option)));
            return Outcome::UsageError;
        }
        *e.target = int(number);
    }
    if (parser.isSet(fault503)) {
        const QString text = parser.value(fault503);
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        quint64 every = 0;
        quint64 duration = 0;
        if (slash < 0 || !parseUnsigned(text.left(slash), SandboxFaults::kMaxMs, &every) ||
            !parseUnsigned(text.mid(slash + 1), SandboxFaults::kMaxMs, &duration) || duration < 1 ||
            duration > every) {
            fail(QStringLiteral("--fault-503-window: expected EVERY_MS/DURATION_MS with "
                                "1 <= DURATION_MS <= EVERY_MS <= %1 (for example 60000/5000), "
                                "got '%2'")
                     .arg(SandboxFaults::kMaxMs)
                     .arg(text));
            return Outcome::UsageError;
        }
        m_faults.unavailableEveryMs = int(every);
        m_faults.unavailableForMs = int(duration);
    }
    return Outcome::Run;
}
