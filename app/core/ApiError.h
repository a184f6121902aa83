#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// What went wrong with one API call: the HTTP status, every {code, message} the API sent,
// and whether trying again can help.
class ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,      // no error
        Http,      // the server answered with a 4xx/5xx status
        Network,   // connection refused, reset, host not found...
        Tls,       // certificate or handshake problem
        Timeout,   // no complete answer in time
        Decode,    // a 2xx answer whose body could not be read
        Cancelled, // the user or the program stopped the call
        Usage,     // a bad value given to the client before anything was sent
    };

    struct Entry {
        QString code;    // "not_found|order": the part after '|' is a sub-code
        QString message; // as the API wrote it
        bool operator==(const Entry &other) const {
            return code == other.code && message == other.message;
        }
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QList<Entry> entries, QString detail = {});

    // Builds the error for an HTTP answer. Accepts {"errors":[...]}, {"errors":{...}},
    // "message" or "description", and bodies that are not JSON at all.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError network(const QString &detail);
    static ApiError tls(const QString &detail);
    static ApiError timeout(int msecs);
    static ApiError decode(const QString &detail);
    static ApiError cancelled();
    static ApiError usage(const QString &detail);
    // A write that was sent but whose answer never came (connection closed, timeout): the
    // server may or may not have carried it out. A network or timeout error, so flagged.
    static ApiError outcomeUnknown(const ApiError &cause);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QList<Entry> &entries() const { return m_entries; }
    QString detail() const { return m_detail; }
    // The first code, or an empty string.
    QString code() const;
    bool hasCode(const QString &codeOrPrefix) const;

    // Set for writes whose reply was lost: check before sending again.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    // Retrying the same request later may succeed (429, 5xx other than 501, network, timeout).
    bool isRetryable() const;
    // One sentence for a person, with every API message.
    QString message() const;
    // "403 access_denied|access_denied_invalid_key" or "network" for logs and the CLI.
    QString shortCode() const;

private:
    void httpLeadAndAdvice(QString *lead, QString *advice) const;
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QList<Entry> m_entries;
    QString m_detail;
    bool m_outcomeUnknown = false;
};

Q_DECLARE_METATYPE(ApiError)
