// Certificates and private keys read from files and replies: the PEM chain of a download
// (Pkcs12Bundle::splitPem, commonName, keyMatches against a key of our own) and a private key
// file (PrivateKey::fromPem with the empty passphrase, as PrivateKeyFinder first tries).
#include "FuzzInput.h"
#include "security/Pkcs12Bundle.h"
#include "security/PrivateKey.h"

#include <cstdlib>

namespace {
const PrivateKey &ownKey() {
    static const PrivateKey key = [] {
        PrivateKey k;
        QString error;
        if (!PrivateKey::generate(KeySpec{KeySpec::Algorithm::Ec, 256}, &k, &error))
            std::abort();
        return k;
    }();
    return key;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    QString error;
    switch (in.selector % 2) {
    case 0: {
        const QList<QByteArray> certificates = Pkcs12Bundle::splitPem(in.body);
        (void)Pkcs12Bundle::commonName(in.body);
        (void)Pkcs12Bundle::keyMatches(ownKey(), in.body, &error);
        for (const QByteArray &pem : certificates)
            (void)Pkcs12Bundle::commonName(pem);
        break;
    }
    case 1: {
        PrivateKey key;
        if (PrivateKey::fromPem(in.body, QByteArray(), &key, &error)) {
            (void)key.spec().description();
            (void)key.publicKeyDer();
            (void)key.toPem(QByteArray());
        }
        break;
    }
    }
    return 0;
}
