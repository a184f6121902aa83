#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What a person must do to prove control of a domain with a random value, in words, for the
// DCV method in use (the reference's DCV rules: a TXT record at the name, or fileauth.txt under
// /.well-known/pki-validation/).
class DcvInstructions {
    Q_DECLARE_TR_FUNCTIONS(DcvInstructions)

public:
    // Plain text with the record or file to create; empty for e-mail DCV.
    static QString describe(const QString &domain, const QString &method,
                            const QString &randomValue, const QDateTime &expires);
    // Where the value goes: the TXT host or the file's URL.
    static QString location(const QString &domain, const QString &method);
};
