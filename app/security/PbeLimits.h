#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct X509_algor_st;
struct PKCS12_st;

// How much work a password-protected key or PKCS#12 file may ask for before CertDesk derives
// its key. The cost is written in the file (PBKDF2's iteration count, scrypt's N, r and p), so
// a file made to keep the computer busy for hours would otherwise freeze the key finder, the
// CSR check or the PKCS#12 import. Checked before any key derivation runs.
class PbeLimits {
    Q_DECLARE_TR_FUNCTIONS(PbeLimits)

public:
    // PBKDF2 and PKCS#12/PKCS#5 v1 iterations: the same bound as a PKCS#12 file's MAC.
    // OpenSSL writes 2,048; the largest counts recommended today are in the hundreds of
    // thousands.
    static constexpr long kMaxIterations = 1000000;
    // scrypt's work, N x r x p: 128 times OpenSSL's default (16,384 x 8 x 1). Its memory
    // (128 x N x r bytes) is bounded by OpenSSL itself (32 MiB).
    static constexpr quint64 kMaxScryptWork = quint64(1) << 24;

    // Empty when the algorithm is not password-based or asks for an ordinary amount of work;
    // else a sentence saying what the file asks for and what CertDesk allows.
    static QString problem(const X509_algor_st *algorithm);
    // Every "ENCRYPTED PRIVATE KEY" block of a PEM text.
    static QString problemInPem(const QByteArray &pem);
    // A PKCS#12 file's encrypted safes and every shrouded key bag. A safe is decrypted (with
    // its own cost checked first) only to look at the key bags inside it.
    static QString problemInPkcs12(PKCS12_st *p12, const QByteArray &passphrase);
};
