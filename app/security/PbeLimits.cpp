#include "security/PbeLimits.h"

#include <QLocale>

#include <openssl/asn1.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace {
// An ASN1_INTEGER as a count; -1 when it is missing, negative or too large for a long.
long countOf(const ASN1_INTEGER *value) {
    if (!value)
        return -1;
    int64_t n = 0;
    if (ASN1_INTEGER_get_int64(&n, value) != 1 || n < 0 || n > LONG_MAX) {
        ERR_clear_error();
        return -1;
    }
    return long(n);
}

QString tooManyIterations(long count) {
    return count < 0
               ? PbeLimits::tr("The file's password protection has an unreadable iteration count.")
               : PbeLimits::tr("The file asks for %1 rounds to derive its key from the passphrase; "
                               "CertDesk allows at most %2 (a file made to keep the computer "
                               "busy is not opened).")
                     .arg(QLocale().toString(qlonglong(count)),
                          QLocale().toString(qlonglong(PbeLimits::kMaxIterations)));
}

QString pbkdf2Problem(const X509_ALGOR *keyfunc) {
    std::unique_ptr<PBKDF2PARAM, decltype(&PBKDF2PARAM_free)> params(
        static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), keyfunc->parameter)),
        &PBKDF2PARAM_free);
    if (!params) {
        ERR_clear_error();
        return QString(); // unreadable: OpenSSL refuses it when it decrypts
    }
    const long count = countOf(params->iter);
    return count < 0 || count > PbeLimits::kMaxIterations ? tooManyIterations(count) : QString();
}

QString scryptProblem(const X509_ALGOR *keyfunc) {
    std::unique_ptr<SCRYPT_PARAMS, decltype(&SCRYPT_PARAMS_free)> params(
        static_cast<SCRYPT_PARAMS *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), keyfunc->parameter)),
        &SCRYPT_PARAMS_free);
    if (!params) {
        ERR_clear_error();
        return QString();
    }
    const long n = countOf(params->costParameter);
    const long r = countOf(params->blockSize);
    const long p = countOf(params->parallelizationParameter);
    // Each factor is bounded before multiplying, so the product cannot overflow.
    const bool ok = n > 0 && r > 0 && p > 0 && quint64(n) <= PbeLimits::kMaxScryptWork &&
                    quint64(r) <= PbeLimits::kMaxScryptWork &&
                    quint64(p) <= PbeLimits::kMaxScryptWork &&
                    quint64(n) * quint64(r) <= PbeLimits::kMaxScryptWork &&
                    quint64(n) * quint64(r) * quint64(p) <= PbeLimits::kMaxScryptWork;
    if (ok)
        return QString();
    return PbeLimits::tr("The file asks scrypt for N = %1, r = %2, p = %3 to derive its key; "
                         "CertDesk allows N x r x p up to %4 (a file made to keep the computer "
                         "busy is not opened).")
        .arg(QLocale().toString(qlonglong(n)), QLocale().toString(qlonglong(r)),
             QLocale().toString(qlonglong(p)),
             QLocale().toString(qulonglong(PbeLimits::kMaxScryptWork)));
}
} // namespace

QString PbeLimits::problem(const X509_ALGOR *algorithm) {
    if (!algorithm || !algorithm->algorithm)
        return QString();
    const int nid = OBJ_obj2nid(algorithm->algorithm);
    if (nid == NID_pbes2) {
        std::unique_ptr<PBE2PARAM, decltype(&PBE2PARAM_free)> params(
            static_cast<PBE2PARAM *>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)),
            &PBE2PARAM_free);
        if (!params || !params->keyfunc || !params->keyfunc->algorithm) {
            ERR_clear_error();
            return QString();
        }
        const int kdf = OBJ_obj2nid(params->keyfunc->algorithm);
        if (kdf == NID_id_pbkdf2)
            return pbkdf2Problem(params->keyfunc);
        if (kdf == NID_id_scrypt)
            return scryptProblem(params->keyfunc);
        return QString();
    }
    // PKCS#5 v1 and the PKCS#12 algorithms (pbeWithSHAAnd3-KeyTripleDES-CBC and friends) carry
    // a salt and an iteration count.
    switch (nid) {
    case NID_pbeWithMD2AndDES_CBC:
    case NID_pbeWithMD5AndDES_CBC:
    case NID_pbeWithSHA1AndRC2_CBC:
    case NID_pbeWithSHA1AndDES_CBC:
    case NID_pbeWithMD2AndRC2_CBC:
    case NID_pbeWithMD5AndRC2_CBC:
    case NID_pbe_WithSHA1And128BitRC4:
    case NID_pbe_WithSHA1And40BitRC4:
    case NID_pbe_WithSHA1And3_Key_TripleDES_CBC:
    case NID_pbe_WithSHA1And2_Key_TripleDES_CBC:
    case NID_pbe_WithSHA1And128BitRC2_CBC:
    case NID_pbe_WithSHA1And40BitRC2_CBC: {
        std::unique_ptr<PBEPARAM, decltype(&PBEPARAM_free)> params(
            static_cast<PBEPARAM *>(
                ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)),
            &PBEPARAM_free);
        if (!params) {
            ERR_clear_error();
            return QString();
        }
        const long count = countOf(params->iter);
        return count < 0 || count > kMaxIterations ? tooManyIterations(count) : QString();
    }
    default:
        return QString();
    }
}

QString PbeLimits::problemInPem(const QByteArray &pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
            ERR_clear_error(); // the end of the text, or a block that is not PEM
            return QString();
        }
        QString problemFound;
        if (qstrcmp(name, PEM_STRING_PKCS8) == 0) {
            const unsigned char *p = data;
            X509_SIG *sig = d2i_X509_SIG(nullptr, &p, length);
            if (sig) {
                const X509_ALGOR *algorithm = nullptr;
                X509_SIG_get0(sig, &algorithm, nullptr);
                problemFound = problem(algorithm);
                X509_SIG_free(sig);
            } else {
                ERR_clear_error();
            }
        }
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        if (!problemFound.isEmpty())
            return problemFound;
    }
}

namespace {
QString bagsProblem(const STACK_OF(PKCS12_SAFEBAG) * bags, int depth) {
    for (int i = 0; bags && i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int type = PKCS12_SAFEBAG_get_nid(bag);
        if (type == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *algorithm = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
            const QString found = PbeLimits::problem(algorithm);
            if (!found.isEmpty())
                return found;
        } else if (type == NID_safeContentsBag && depth < 8) {
            const QString found = bagsProblem(PKCS12_SAFEBAG_get0_safes(bag), depth + 1);
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}
} // namespace

QString PbeLimits::problemInPkcs12(PKCS12 *p12, const QByteArray &passphrase) {
    std::unique_ptr<STACK_OF(PKCS7), void (*)(STACK_OF(PKCS7) *)> safes(
        PKCS12_unpack_authsafes(p12),
        [](STACK_OF(PKCS7) * s) { sk_PKCS7_pop_free(s, PKCS7_free); });
    if (!safes) {
        ERR_clear_error();
        return QString(); // PKCS12_parse reports a damaged file
    }
    const auto freeBags = [](STACK_OF(PKCS12_SAFEBAG) * b) {
        sk_PKCS12_SAFEBAG_pop_free(b, PKCS12_SAFEBAG_free);
    };
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *safe = sk_PKCS7_value(safes.get(), i);
        const int type = OBJ_obj2nid(safe->type);
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), decltype(freeBags)> bags(nullptr, freeBags);
        if (type == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(safe));
        } else if (type == NID_pkcs7_encrypted) {
            const X509_ALGOR *algorithm = safe->d.encrypted && safe->d.encrypted->enc_data
                                              ? safe->d.encrypted->enc_data->algorithm
                                              : nullptr;
            const QString found = problem(algorithm);
            if (!found.isEmpty())
                return found;
            bags.reset(
                PKCS12_unpack_p7encdata(safe, passphrase.constData(), int(passphrase.size())));
            if (!bags && passphrase.isEmpty()) { // files made with "no password" use either
                ERR_clear_error();
                bags.reset(PKCS12_unpack_p7encdata(safe, nullptr, 0));
            }
        }
        if (!bags) {
            ERR_clear_error();
            continue;
        }
        const QString found = bagsProblem(bags.get(), 0);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}
