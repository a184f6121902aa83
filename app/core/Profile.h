#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

// A place to sign in to: a name, an API base URL and, for a sandbox or a private CA, a trusted
// CA certificate. The API key is not here: it lives in the keychain under keychainKey().
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Service { UnitedStates, Europe, Custom, Sandbox };

    QString id; // stable, generated once; survives renames
    QString name;
    Service service = Service::UnitedStates;
    QUrl baseUrl;  // for Custom (and filled for the others)
    QString caPem; // extra trusted CA in PEM (not a secret), may be empty
    bool isValid() const { return !id.isEmpty(); }

    // The base URL the profile talks to.
    QUrl effectiveUrl() const;
    // Entry name in the OS keychain: one per profile and URL, so a changed URL never reuses a
    // key meant for another server.
    QString keychainKey() const;

    static QString serviceName(Service service);
    static QString serviceId(Service service);
    static Service serviceFromId(const QString &id, bool *ok = nullptr);

    // Checks a profile name: not empty, at most 64 characters. Empty string when valid.
    static QString validateName(const QString &name);
    // https only, except on a loopback address (127.0.0.0/8, ::1, localhost). A path ending in
    // /services/v2/ is not required (some proxies differ) but host and scheme are.
    static QString validateUrl(const QUrl &url);
    // Trims spaces and line breaks pasted around a key; refuses an empty key and one with
    // spaces or control characters inside. Returns the problem, and the cleaned key in *clean.
    static QString validateApiKey(const QString &raw, QString *clean);
    static bool isLoopbackHost(const QString &host);
};

Q_DECLARE_METATYPE(Profile)
