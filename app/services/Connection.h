#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class CertCentralClient;
struct Profile;

// Where and how CertDesk talks to CertCentral: the base URL, the key, the extra CA a sandbox or
// custom profile trusts and the timeout. The desktop program's session, its sign-in test, its
// --api-url start, the command line and its profile check all configure their client here, so a
// profile means the same connection everywhere.
struct Connection {
    QUrl url;
    QString key;
    QList<QSslCertificate> extraCas;
    int timeoutMs = 0; // 0: the client's own default

    // A profile's URL and CA with the key read from the keychain.
    static Connection forProfile(const Profile &profile, const QString &key);
    // The CA certificates in a profile's PEM text (empty when there are none).
    static QList<QSslCertificate> profileCas(const Profile &profile);

    // Points the client here. The key is added to the log redactor first, so no log line can
    // show it from then on.
    void apply(CertCentralClient *client) const;
};
