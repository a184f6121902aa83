#include "core/ApiError.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

ApiError::Entry entryFrom(const QJsonValue &value) {
    if (value.isString())
        return {QString(), value.toString()};
    const QJsonObject o = value.toObject();
    QString message = JsonRead::string(o.value(QLatin1String("message")));
    if (message.isEmpty())
        message = JsonRead::string(o.value(QLatin1String("description")));
    return {JsonRead::string(o.value(QLatin1String("code"))), message};
}
} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QList<Entry> entries, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_entries(std::move(entries))
    , m_detail(std::move(detail)) {}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body) {
    QList<Entry> entries;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue errors = root.value(QLatin1String("errors"));
        if (errors.isArray()) {
            for (const QJsonValue &item : errors.toArray()) {
                Entry e = entryFrom(item);
                if (!e.code.isEmpty() || !e.message.isEmpty())
                    entries << e;
            }
        } else if (errors.isObject() || errors.isString()) {
            Entry e = entryFrom(errors);
            if (!e.code.isEmpty() || !e.message.isEmpty())
                entries << e;
        } else {
            Entry e = entryFrom(root);
            if (!e.code.isEmpty() || !e.message.isEmpty())
                entries << e;
        }
    }
    QString detail;
    if (entries.isEmpty() && !body.isEmpty() && !doc.isObject()) {
        // Not JSON (a proxy's HTML page, say): keep a short, printable excerpt.
        detail = QString::fromUtf8(body.left(200)).simplified();
    }
    return ApiError(Kind::Http, httpStatus, entries, detail);
}

ApiError ApiError::network(const QString &detail) {
    return ApiError(Kind::Network, 0, {}, detail);
}
ApiError ApiError::tls(const QString &detail) {
    return ApiError(Kind::Tls, 0, {}, detail);
}
ApiError ApiError::timeout(int msecs) {
    return ApiError(Kind::Timeout, 0, {},
                    tr("No complete answer within %1 seconds").arg(msecs / 1000.0, 0, 'g', 3));
}
ApiError ApiError::decode(const QString &detail) {
    return ApiError(Kind::Decode, 0, {}, detail);
}
ApiError ApiError::outcomeUnknown(const ApiError &cause) {
    ApiError e = cause;
    e.m_outcomeUnknown = true;
    return e;
}

ApiError ApiError::cancelled() {
    return ApiError(Kind::Cancelled, 0, {}, tr("Canceled"));
}
ApiError ApiError::usage(const QString &detail) {
    return ApiError(Kind::Usage, 0, {}, detail);
}

QString ApiError::code() const {
    return m_entries.isEmpty() ? QString() : m_entries.first().code;
}

bool ApiError::hasCode(const QString &codeOrPrefix) const {
    for (const Entry &e : m_entries) {
        if (e.code == codeOrPrefix || e.code.startsWith(codeOrPrefix + QLatin1Char('|')))
            return true;
    }
    return false;
}

bool ApiError::isRetryable() const {
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Decode: // a gateway's page or a cut body; ApiCall tries a read once more
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 ||
               m_httpStatus == 504 || m_httpStatus == 500;
    default:
        return false;
    }
}

QString ApiError::message() const {
    QString lead;
    QString advice;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_outcomeUnknown) {
            lead = tr("The connection closed before CertCentral answered");
            advice = tr("It is not known whether the request was carried out: check before "
                        "sending it again.");
            break;
        }
        lead = tr("CertCentral could not be reached");
        advice = tr("Check the address and the network connection, then try again.");
        break;
    case Kind::Tls:
        lead = tr("The secure connection to CertCentral failed");
        break;
    case Kind::Timeout:
        lead = tr("CertCentral did not answer in time");
        advice = m_outcomeUnknown
                     ? tr("It is not known whether the request was carried out: check before "
                          "sending it again.")
                     : tr("Try again; if it keeps happening, check the network or proxy.");
        break;
    case Kind::Decode:
        lead = tr("CertCentral sent an answer CertDesk could not read");
        if (m_outcomeUnknown)
            advice = tr("It is not known whether the request was carried out: check before "
                        "sending it again.");
        break;
    case Kind::Cancelled:
        return tr("Canceled");
    case Kind::Usage:
        return m_detail;
    case Kind::Http:
        httpLeadAndAdvice(&lead, &advice);
        break;
    }
    QStringList parts;
    for (const Entry &e : m_entries) {
        if (!e.message.isEmpty())
            parts << e.message;
        else if (!e.code.isEmpty())
            parts << e.code;
    }
    if (parts.isEmpty() && !m_detail.isEmpty())
        parts << m_detail;
    QString text = parts.isEmpty() ? lead + QLatin1Char('.')
                                   : lead + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (!advice.isEmpty())
        text += QLatin1Char(' ') + advice;
    return text;
}

// What CertCentral's refusal means for the user, by status and error code.
void ApiError::httpLeadAndAdvice(QString *lead, QString *advice) const {
    if (m_httpStatus == 403 && hasCode(QStringLiteral("access_denied|access_denied_invalid_key"))) {
        *lead = tr("CertCentral did not accept the API key (HTTP 403)");
        *advice = tr("Check that the whole key was copied and that it is still active in "
                     "CertCentral (Automation > API Keys).");
    } else if (m_httpStatus == 403 && hasCode(QStringLiteral("access_denied|missing_permission"))) {
        *lead = tr("Your CertCentral role does not allow this (HTTP 403)");
        *advice = tr("Ask an administrator to do it, or for a key with this permission.");
    } else if (hasCode(QStringLiteral("invalid_request_status"))) {
        *lead = tr("The request was already decided, by someone else or earlier (HTTP %1)")
                    .arg(m_httpStatus);
        *advice = tr("Refresh the list of requests to see the decision.");
    } else if (m_httpStatus == 402 || hasCode(QStringLiteral("card_declined"))) {
        *lead = tr("The card was declined (HTTP %1)").arg(m_httpStatus);
        *advice = tr("Nothing was charged. Use another card or the payment profile.");
    } else if (m_httpStatus == 403) {
        *lead = tr("CertCentral refused the request (HTTP 403)");
    } else if (m_httpStatus == 429) {
        *lead = tr("CertCentral asked CertDesk to slow down (HTTP 429)");
        *advice = tr("Wait a few seconds and try again.");
    } else if (m_httpStatus >= 500) {
        *lead = tr("CertCentral is unavailable (HTTP %1)").arg(m_httpStatus);
        *advice = tr("Try again in a few minutes.");
    } else {
        *lead = tr("CertCentral refused the request (HTTP %1)").arg(m_httpStatus);
    }
}

QString ApiError::shortCode() const {
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        QStringList codes;
        for (const Entry &e : m_entries)
            if (!e.code.isEmpty())
                codes << e.code;
        return codes.isEmpty() ? QString::number(m_httpStatus)
                               : QString::number(m_httpStatus) + QLatin1Char(' ') +
                                     codes.join(QStringLiteral(", "));
    }
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Usage:
        return QStringLiteral("usage");
    }
    return {};
}
