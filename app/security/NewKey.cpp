#include "security/NewKey.h"

#include "security/CsrBuilder.h"
#include "security/KeyFileWriter.h"
#include "security/PrivateKey.h"

bool NewKey::make(const KeySpec &spec, const QStringList &names, const QString &keyFile,
                  const QByteArray &passphrase, QByteArray *csr, QString *error) {
    PrivateKey key;
    QByteArray made;
    if (!PrivateKey::generate(spec, &key, error) ||
        !CsrBuilder::build(key, names.value(0), names.mid(1), &made, error) ||
        !KeyFileWriter::write(keyFile, key.toPem(passphrase), error))
        return false;
    *csr = made;
    return true;
}
