#pragma once

#include "sandbox/SandboxReply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Reads fields of a JSON request body with the checks the API documents, remembering the first
// problem as a 400 reply: "missing_param|certificate.csr" for a required field that is absent
// or empty, "invalid_value|order_validity.years" for a wrong type or range. After the first
// problem every further read returns an empty value, so handlers can read everything and check
// ok() once.
class SandboxBodyReader {
public:
    enum Need { Optional, Required };

    explicit SandboxBodyReader(const QJsonObject &object, const QString &prefix = QString());

    bool ok() const { return !m_state->failed; }
    const SandboxReply &error() const { return m_state->reply; }
    const QJsonObject &json() const { return m_object; }
    // False for a child reader whose object was absent.
    bool present() const { return m_present; }

    // Present and not null.
    bool has(const QString &key) const;
    QString path(const QString &key) const;

    // Strings: a non-string is invalid; an empty string counts as missing.
    QString string(const QString &key, Need need = Optional, int maxLength = 0);
    // One of the allowed values, compared exactly.
    QString oneOf(const QString &key, const QStringList &allowed, Need need = Optional);
    // Whole numbers; digit strings are accepted too (ids are typed string in places).
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, Need need = Optional);
    // true/false, and 0/1 as the seeds sometimes send (disable_ct: 0).
    std::optional<bool> boolean(const QString &key, Need need = Optional);
    QJsonArray array(const QString &key, Need need = Optional, int maxItems = 0);
    QStringList stringList(const QString &key, Need need = Optional, int maxItems = 0);
    // A nested object; when absent and optional the child reader has present() false.
    SandboxBodyReader child(const QString &key, Need need = Optional);
    // The object at array index i, for arrays of objects (path "key[i]").
    SandboxBodyReader element(const QString &key, const QJsonArray &array, int index);

    void missing(const QString &key);
    void invalid(const QString &key, const QString &message);
    // Any other 400 with its own code; only the first problem is kept.
    void fail(int status, const QString &code, const QString &message);

private:
    struct State {
        bool failed = false;
        SandboxReply reply;
    };
    SandboxBodyReader(const QJsonObject &object, const QString &prefix,
                      std::shared_ptr<State> state, bool present);

    QJsonObject m_object;
    QString m_prefix;
    std::shared_ptr<State> m_state;
    bool m_present = true;
};
