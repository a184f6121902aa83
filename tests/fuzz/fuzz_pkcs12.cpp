// PKCS#12 files (.p12, .pfx) opened by the user: Pkcs12Bundle::read with the empty
// passphrase and with the one the seeds were made with (tests/fuzz/corpus/fuzz_pkcs12).
#include "FuzzInput.h"
#include "security/Pkcs12Bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    const QByteArray passphrase =
        in.selector % 2 ? QByteArrayLiteral("fuzzing-pass") : QByteArray();
    Pkcs12Bundle bundle;
    QString error;
    if (Pkcs12Bundle::read(in.body, passphrase, &bundle, &error)) {
        (void)Pkcs12Bundle::commonName(bundle.certificatePem);
        (void)Pkcs12Bundle::keyMatches(bundle.key, bundle.certificatePem, &error);
        (void)bundle.key.spec();
    }
    return 0;
}
