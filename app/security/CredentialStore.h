#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

// API keys in the OS keychain through QtKeychain (Secret Service, Keychain, Credential
// Manager), never anywhere else: the insecure fallback is off. Calls are asynchronous; each
// answer arrives on the caller's thread, in the callback, while this object lives.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,   // no entry under that name
        NoKeychain, // no keychain service could be reached on this desktop
        Denied,     // the user or the system refused access
        Failed,     // anything else, with the keychain's own words in message
    };
    struct Result {
        Status status = Status::Failed;
        QString key;     // only for a successful read
        QString message; // for the user; empty on success
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr,
                             const QString &service = QStringLiteral("CertDesk"));

    void readKey(const QString &entry, Callback done);
    void writeKey(const QString &entry, const QString &key, Callback done);
    void removeKey(const QString &entry, Callback done);

    // Blocking forms for the command line: they run a local event loop until the answer.
    Result readKeyAndWait(const QString &entry);
    Result writeKeyAndWait(const QString &entry, const QString &key);
    Result removeKeyAndWait(const QString &entry);

    // Turns QtKeychain's error code and text into a status and a message that says what is
    // missing and how to fix it.
    static Result explain(int keychainError, const QString &detail);

private:
    Result waitFor(const std::function<void(Callback)> &start);
    QString m_service;
};
