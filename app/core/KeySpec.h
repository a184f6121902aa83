#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The kind of private key to make: RSA 2048/3072/4096 or ECDSA P-256/P-384. Written
// "rsa:3072" or "ec:p256" on the command line and in settings.
struct KeySpec {
    Q_DECLARE_TR_FUNCTIONS(KeySpec)

public:
    enum class Algorithm { Rsa, Ec };
    Algorithm algorithm = Algorithm::Rsa;
    int bits = 2048; // RSA modulus size, or the curve size (256, 384)

    static QStringList names(); // rsa:2048 rsa:3072 rsa:4096 ec:p256 ec:p384
    // False, with a message naming what is allowed, for anything else.
    static bool parse(const QString &text, KeySpec *out, QString *error);
    QString name() const;
    QString description() const; // "RSA 3072 bits", "ECDSA P-256"
    // Code signing needs RSA 3072 or more (CA/Browser Forum code-signing requirements).
    QString problemForCodeSigning() const;
};
