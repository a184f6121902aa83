#pragma once

#include "security/PrivateKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Finds, in a folder, the local private key file that belongs to a certificate: every *.key and
// *.pem file is tried, unencrypted keys as they are and encrypted ones with the passphrase
// given. Files that hold a key but cannot be opened are reported, so the user knows why a key
// they expected was not found.
class PrivateKeyFinder {
    Q_DECLARE_TR_FUNCTIONS(PrivateKeyFinder)

public:
    struct Unreadable {
        QString path;
        QString reason;
    };
    struct Result {
        QString path; // the matching key file; empty when none matched
        PrivateKey key;
        QStringList otherKeys;        // keys that opened but belong to other certificates
        QList<Unreadable> unreadable; // key files that could not be opened, and why
        QString error;                // the folder or certificate itself could not be read
        bool found() const { return !path.isEmpty(); }
    };

    static Result find(const QString &folder, const QByteArray &certificatePem,
                       const QByteArray &passphrase);
};
