#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// Hides secrets before anything is written to the request log: card numbers (all but the last
// four digits), CVVs, API keys and fields named like secrets, anywhere in a JSON body or query.
class SandboxRedactor {
public:
    static constexpr const char *kMask = "[redacted]";

    explicit SandboxRedactor(QList<QByteArray> apiKeys = {});

    // The body as logged: redacted JSON when it parses, else the redacted text.
    QJsonValue body(const QByteArray &raw) const;
    QString query(const QString &query) const;
    QJsonValue json(const QJsonValue &value, const QString &key = QString()) const;
    QString text(const QString &text) const;

    // "************0002"
    static QString maskCardNumber(const QString &number);

private:
    static bool isSecretField(const QString &key);
    QList<QByteArray> m_keys;
};
