#include "services/Connection.h"

#include "api/CertCentralClient.h"
#include "core/Profile.h"
#include "security/SecretRedactor.h"

QList<QSslCertificate> Connection::profileCas(const Profile &profile) {
    if (profile.caPem.isEmpty())
        return {};
    return QSslCertificate::fromData(profile.caPem.toLatin1(), QSsl::Pem);
}

Connection Connection::forProfile(const Profile &profile, const QString &key) {
    Connection c;
    c.url = profile.effectiveUrl();
    c.key = key;
    c.extraCas = profileCas(profile);
    return c;
}

void Connection::apply(CertCentralClient *client) const {
    if (!key.isEmpty())
        SecretRedactor::instance().addSecret(key);
    client->setBaseUrl(url);
    client->setApiKey(key);
    client->setExtraCaCertificates(extraCas);
    if (timeoutMs > 0)
        client->setTimeoutMs(timeoutMs);
}
