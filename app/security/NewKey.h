#pragma once

#include "core/KeySpec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// A new private key and its CSR, as the order wizard, the reissue and duplicate wizards and
// certdesk-cli make them: the key generated (KeySpec), the CSR built for the names, and the key
// saved encrypted with the passphrase, owner-only, never over an existing file. One function so
// the desktop program and the command line cannot make them differently.
class NewKey {
public:
    // names: the common name first. On failure *error says what went wrong and no CSR is given;
    // a key file is written only when everything before it succeeded.
    static bool make(const KeySpec &spec, const QStringList &names, const QString &keyFile,
                     const QByteArray &passphrase, QByteArray *csr, QString *error);
};
