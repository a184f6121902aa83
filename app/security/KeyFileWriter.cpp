#include "security/KeyFileWriter.h"

#include <QFile>
#include <QFileInfo>

bool KeyFileWriter::write(const QString &path, const QByteArray &pem, QString *error) {
    if (path.isEmpty()) {
        *error = tr("Choose where to save the private key.");
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists; CertDesk never overwrites a key file. Choose another "
                    "name.")
                     .arg(path);
        return false;
    }
    QFile file(path);
    // NewOnly: created here, with owner-only permissions, or not at all.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("The key could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(pem) != pem.size() || !file.flush()) {
        *error = tr("The key could not be saved to %1: %2").arg(path, file.errorString());
        file.close();
        file.remove();
        return false;
    }
    file.close();
    return true;
}
