#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a private key file readable by its owner only (0600 from the moment it exists) and
// never over an existing file: a key lost to an overwrite cannot be made again.
class KeyFileWriter {
    Q_DECLARE_TR_FUNCTIONS(KeyFileWriter)

public:
    static bool write(const QString &path, const QByteArray &pem, QString *error);
};
