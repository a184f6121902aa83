#include "security/PrivateKeyFinder.h"

#include "security/Pkcs12Bundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
// A PEM key is a few kilobytes; a bigger file is something else and not worth reading.
constexpr qint64 kMaxKeyFileSize = 256 * 1024;
} // namespace

PrivateKeyFinder::Result PrivateKeyFinder::find(const QString &folder,
                                                const QByteArray &certificatePem,
                                                const QByteArray &passphrase) {
    Result result;
    const QList<QByteArray> certs = Pkcs12Bundle::splitPem(certificatePem);
    if (certs.isEmpty()) {
        result.error = tr("The certificate could not be read, so no key can be matched to it.");
        return result;
    }
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists()) {
        result.error = tr("The folder %1 does not exist.").arg(folder);
        return result;
    }
    const QFileInfoList files = dir.entryInfoList(
        {QStringLiteral("*.key"), QStringLiteral("*.pem")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString path = info.filePath();
        if (info.size() > kMaxKeyFileSize) {
            if (info.suffix() == QLatin1String("key"))
                result.unreadable.append({path, tr("too large to be a private key")});
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.unreadable.append({path, file.errorString()});
            continue;
        }
        QByteArray text = file.readAll();
        file.close();
        // A .pem file is often a certificate or a chain: only files that hold a key count.
        if (!text.contains("PRIVATE KEY-----")) {
            if (info.suffix() == QLatin1String("key"))
                result.unreadable.append({path, tr("not a PEM private key")});
            text.fill('\0');
            continue;
        }
        PrivateKey key;
        QString problem;
        const bool read = PrivateKey::fromPem(text, passphrase, &key, &problem);
        const bool encrypted = text.contains("ENCRYPTED");
        text.fill('\0');
        if (!read) {
            result.unreadable.append(
                {path, encrypted ? (passphrase.isEmpty()
                                        ? tr("encrypted; a passphrase is needed to open it")
                                        : tr("encrypted; the passphrase does not open it"))
                                 : tr("not a private key OpenSSL can read")});
            continue;
        }
        QString mismatch;
        if (!Pkcs12Bundle::keyMatches(key, certs.first(), &mismatch)) {
            result.otherKeys.append(path);
            continue;
        }
        result.path = path;
        result.key = std::move(key);
        return result;
    }
    return result;
}
