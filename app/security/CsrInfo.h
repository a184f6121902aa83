#pragma once

#include "core/KeySpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// What a pasted or opened CSR holds, read with OpenSSL: its names, its key and whether its
// signature is valid (a CSR signed by another key, or altered, is refused by CertCentral).
struct CsrInfo {
    Q_DECLARE_TR_FUNCTIONS(CsrInfo)

public:
    QString commonName;
    QStringList subjectAltNames; // DNS names, as written
    KeySpec key;
    bool signatureValid = false;
    QByteArray publicKeyDer;
    QByteArray pem; // normalised: BEGIN/END lines, no stray text around

    // Accepts PEM with or without the BEGIN/END lines (CertCentral does too). False, with a
    // message, for anything that is not a certificate request.
    static bool parse(const QByteArray &text, CsrInfo *out, QString *error);
    // Every problem for an order: signature, key type and size (RSA 3072+ for code signing),
    // and names that differ from the order's (missing from the CSR, or only in it).
    QStringList problems(const QString &orderCommonName, const QStringList &orderNames,
                         bool codeSigning) const;
    QStringList allNames() const;
};
