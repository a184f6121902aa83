#include "security/CredentialStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "certdesk.security.credentials", QtInfoMsg)

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service) {}

CredentialStore::Result CredentialStore::explain(int keychainError, const QString &detail) {
    Result r;
    switch (keychainError) {
    case QKeychain::NoError:
        r.status = Status::Ok;
        return r;
    case QKeychain::EntryNotFound:
        r.status = Status::NotFound;
        r.message = tr("No API key is stored for this profile yet.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = Status::Denied;
        r.message = tr("The keychain refused access to the API key. Unlock your keychain (or "
                       "allow CertDesk when your desktop asks) and try again.");
        return r;
    default:
        break;
    }
    // QtKeychain with libsecret reports a missing service as OtherError with D-Bus's words.
    const bool noService =
        keychainError == QKeychain::NoBackendAvailable ||
        detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("Cannot autolaunch D-Bus")) ||
        detail.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS")) ||
        detail.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("No such file or directory"));
    if (noService) {
        r.status = Status::NoKeychain;
        r.message = tr("No keychain is available on this desktop, so CertDesk cannot keep the "
                       "API key. CertDesk stores keys only in the system keychain. On Linux, "
                       "install and start a Secret Service (for example: apt install "
                       "gnome-keyring, or use KWallet) inside your desktop session, then sign "
                       "in again. The sandbox works without a keychain. (%1)")
                        .arg(detail);
        return r;
    }
    r.status = Status::Failed;
    r.message = tr("The keychain reported a problem: %1").arg(detail);
    return r;
}

void CredentialStore::readKey(const QString &entry, Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Result r = explain(job->error(), job->errorString());
        if (r.ok())
            r.key = job->textData();
        qCDebug(lcCredentials) << "read" << job->key() << "->" << int(r.status);
        done(r);
    });
    job->start();
}

void CredentialStore::writeKey(const QString &entry, const QString &key, Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const Result r = explain(job->error(), job->errorString());
        qCDebug(lcCredentials) << "write" << job->key() << "->" << int(r.status);
        done(r);
    });
    job->start();
}

void CredentialStore::removeKey(const QString &entry, Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        Result r = explain(job->error(), job->errorString());
        if (r.status == Status::NotFound)
            r = Result{Status::Ok, {}, {}}; // removing what is not there is done
        qCDebug(lcCredentials) << "remove" << job->key() << "->" << int(r.status);
        done(r);
    });
    job->start();
}

CredentialStore::Result CredentialStore::waitFor(const std::function<void(Callback)> &start) {
    QEventLoop loop;
    Result result;
    bool finished = false;
    start([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

CredentialStore::Result CredentialStore::readKeyAndWait(const QString &entry) {
    return waitFor([&](Callback done) { readKey(entry, std::move(done)); });
}

CredentialStore::Result CredentialStore::writeKeyAndWait(const QString &entry, const QString &key) {
    return waitFor([&](Callback done) { writeKey(entry, key, std::move(done)); });
}

CredentialStore::Result CredentialStore::removeKeyAndWait(const QString &entry) {
    return waitFor([&](Callback done) { removeKey(entry, std::move(done)); });
}
