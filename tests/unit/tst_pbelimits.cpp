#include "security/PbeLimits.h"

#include <QtTest>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <memory>

// The cost written in a password-protected file is read before any key is derived: PBKDF2's
// iteration count, scrypt's N x r x p and PKCS#5 v1 / PKCS#12 iteration counts. The
// algorithms are made by OpenSSL's own functions, which do not run the key derivation.
class tst_PbeLimits : public QObject {
    Q_OBJECT
private slots:
    void pbkdf2_data();
    void pbkdf2();
    void scrypt_data();
    void scrypt();
    void pkcs12Pbe_data();
    void pkcs12Pbe();
    void otherAlgorithmsPass();
    void pemWithoutEncryptedKeysPasses();
};

namespace {
using Algorithm = std::unique_ptr<X509_ALGOR, decltype(&X509_ALGOR_free)>;
const unsigned char kSalt[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
} // namespace

void tst_PbeLimits::pbkdf2_data() {
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("OpenSSL's default") << 2048 << true;
    QTest::newRow("at the limit") << int(PbeLimits::kMaxIterations) << true;
    QTest::newRow("one past the limit") << int(PbeLimits::kMaxIterations) + 1 << false;
    QTest::newRow("the largest count") << INT_MAX << false;
}

void tst_PbeLimits::pbkdf2() {
    QFETCH(int, iterations);
    QFETCH(bool, allowed);
    Algorithm algorithm(PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), iterations,
                                          const_cast<unsigned char *>(kSalt), sizeof kSalt, nullptr,
                                          NID_hmacWithSHA256),
                        &X509_ALGOR_free);
    QVERIFY(algorithm);
    const QString problem = PbeLimits::problem(algorithm.get());
    QCOMPARE(problem.isEmpty(), allowed);
    if (!allowed) {
        QVERIFY2(problem.contains(QLocale().toString(qlonglong(iterations))), qPrintable(problem));
        QVERIFY2(problem.contains(QLocale().toString(qlonglong(PbeLimits::kMaxIterations))),
                 qPrintable(problem));
    }
}

void tst_PbeLimits::scrypt_data() {
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint64>("r");
    QTest::addColumn<quint64>("p");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("OpenSSL's default") << quint64(16384) << quint64(8) << quint64(1) << true;
    QTest::newRow("at the limit") << quint64(16384) << quint64(8) << quint64(128) << true;
    QTest::newRow("p one past the limit") << quint64(16384) << quint64(8) << quint64(129) << false;
    QTest::newRow("a large p") << quint64(1024) << quint64(8) << quint64(16384) << false;
}

void tst_PbeLimits::scrypt() {
    QFETCH(quint64, n);
    QFETCH(quint64, r);
    QFETCH(quint64, p);
    QFETCH(bool, allowed);
    Algorithm algorithm(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), kSalt, sizeof kSalt, nullptr, n, r, p),
        &X509_ALGOR_free);
    QVERIFY(algorithm);
    const QString problem = PbeLimits::problem(algorithm.get());
    QCOMPARE(problem.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(problem.contains(QLatin1String("scrypt")), qPrintable(problem));
}

void tst_PbeLimits::pkcs12Pbe_data() {
    QTest::addColumn<int>("nid");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("3DES, default") << int(NID_pbe_WithSHA1And3_Key_TripleDES_CBC) << 2048 << true;
    QTest::newRow("3DES, past the limit") << int(NID_pbe_WithSHA1And3_Key_TripleDES_CBC)
                                          << int(PbeLimits::kMaxIterations) + 1 << false;
    QTest::newRow("RC2-40, past the limit")
        << int(NID_pbe_WithSHA1And40BitRC2_CBC) << int(PbeLimits::kMaxIterations) * 2 << false;
    QTest::newRow("PKCS#5 v1 DES, past the limit")
        << int(NID_pbeWithSHA1AndDES_CBC) << INT_MAX << false;
}

void tst_PbeLimits::pkcs12Pbe() {
    QFETCH(int, nid);
    QFETCH(int, iterations);
    QFETCH(bool, allowed);
    Algorithm algorithm(PKCS5_pbe_set(nid, iterations, kSalt, 8), &X509_ALGOR_free);
    QVERIFY(algorithm);
    QCOMPARE(PbeLimits::problem(algorithm.get()).isEmpty(), allowed);
}

void tst_PbeLimits::otherAlgorithmsPass() {
    QVERIFY(PbeLimits::problem(nullptr).isEmpty());
    Algorithm sha256(X509_ALGOR_new(), &X509_ALGOR_free);
    QVERIFY(X509_ALGOR_set0(sha256.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1);
    QVERIFY(PbeLimits::problem(sha256.get()).isEmpty());
}

void tst_PbeLimits::pemWithoutEncryptedKeysPasses() {
    QVERIFY(PbeLimits::problemInPem(QByteArray()).isEmpty());
    QVERIFY(PbeLimits::problemInPem("not PEM at all").isEmpty());
    QVERIFY(PbeLimits::problemInPem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                                    "-----END ENCRYPTED PRIVATE KEY-----\n")
                .isEmpty()); // damaged: OpenSSL's own reader refuses it
}

QTEST_GUILESS_MAIN(tst_PbeLimits)
#include "tst_pbelimits.moc"
