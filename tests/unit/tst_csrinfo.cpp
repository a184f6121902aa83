#include "security/CsrBuilder.h"
#include "security/CsrInfo.h"
#include "security/PrivateKey.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// CSRs made by CsrBuilder and read by CsrInfo, checked by OpenSSL's command line too; and the
// checks a pasted CSR gets before an order.
class tst_CsrInfo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void builtRequestReadsBack();
    void opensslVerifiesIt();
    void withoutBeginEndLines();
    void tamperedSignatureIsCaught();
    void problemsForAnOrder();
    void notARequest_data();
    void notARequest();

private:
    PrivateKey m_key;
    QByteArray m_pem;
};

void tst_CsrInfo::initTestCase() {
    KeySpec spec;
    QString error;
    QVERIFY(KeySpec::parse(QStringLiteral("rsa:2048"), &spec, &error));
    QVERIFY(PrivateKey::generate(spec, &m_key, &error));
    QVERIFY2(CsrBuilder::build(
                 m_key, QStringLiteral("shop.example.com"),
                 {QStringLiteral("www.shop.example.com"), QStringLiteral("shop.example.com")},
                 &m_pem, &error),
             qPrintable(error));
}

void tst_CsrInfo::builtRequestReadsBack() {
    CsrInfo info;
    QString error;
    QVERIFY2(CsrInfo::parse(m_pem, &info, &error), qPrintable(error));
    QCOMPARE(info.commonName, QStringLiteral("shop.example.com"));
    // The common name first, duplicates dropped.
    QCOMPARE(info.subjectAltNames, (QStringList{QStringLiteral("shop.example.com"),
                                                QStringLiteral("www.shop.example.com")}));
    QVERIFY(info.signatureValid);
    QCOMPARE(info.key.name(), QStringLiteral("rsa:2048"));
    QCOMPARE(info.publicKeyDer, m_key.publicKeyDer());
}

void tst_CsrInfo::opensslVerifiesIt() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csr"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_pem);
    f.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                   QStringLiteral("-verify"), QStringLiteral("-text")});
    QVERIFY(openssl.waitForFinished(20000));
    QCOMPARE(openssl.exitCode(), 0);
    const QByteArray text = openssl.readAllStandardOutput() + openssl.readAllStandardError();
    QVERIFY2(text.contains("verify OK") || text.contains("Certificate request self-signature "
                                                         "verify OK"),
             text.constData());
    QVERIFY(text.contains("DNS:www.shop.example.com"));
    QVERIFY(text.contains("sha256WithRSAEncryption"));
}

void tst_CsrInfo::withoutBeginEndLines() {
    QByteArray bare = m_pem;
    bare.replace("-----BEGIN CERTIFICATE REQUEST-----", "");
    bare.replace("-----END CERTIFICATE REQUEST-----", "");
    CsrInfo info;
    QString error;
    QVERIFY2(CsrInfo::parse("  " + bare + "\r\n", &info, &error), qPrintable(error));
    QCOMPARE(info.commonName, QStringLiteral("shop.example.com"));
    QVERIFY(info.pem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
}

void tst_CsrInfo::tamperedSignatureIsCaught() {
    // Flip one bit inside the signature (the last bytes of the DER).
    QByteArray body = m_pem;
    body.replace("-----BEGIN CERTIFICATE REQUEST-----", "");
    body.replace("-----END CERTIFICATE REQUEST-----", "");
    QByteArray der = QByteArray::fromBase64(body.simplified().replace(' ', QByteArray()));
    der[der.size() - 5] = char(der.at(der.size() - 5) ^ 0x01);
    CsrInfo info;
    QString error;
    QVERIFY(CsrInfo::parse(der.toBase64(), &info, &error));
    QVERIFY(!info.signatureValid);
    QVERIFY(info.problems(QStringLiteral("shop.example.com"),
                          {QStringLiteral("www.shop.example.com")}, false)
                .join(QLatin1Char(' '))
                .contains(QLatin1String("signature")));
}

void tst_CsrInfo::problemsForAnOrder() {
    CsrInfo info;
    QString error;
    QVERIFY(CsrInfo::parse(m_pem, &info, &error));
    QVERIFY(info.problems(QStringLiteral("SHOP.example.com"),
                          {QStringLiteral("www.shop.example.com")}, false)
                .isEmpty());
    const QStringList mismatch = info.problems(QStringLiteral("shop.example.com"),
                                               {QStringLiteral("api.shop.example.com")}, false);
    QCOMPARE(mismatch.size(), 2);
    QVERIFY(mismatch.at(0).contains(QLatin1String("api.shop.example.com")));
    QVERIFY(mismatch.at(1).contains(QLatin1String("www.shop.example.com")));
    const QStringList codeSigning = info.problems(QString(), {}, true);
    QCOMPARE(codeSigning.size(), 1);
    QVERIFY(codeSigning.first().contains(QLatin1String("3072")));
}

void tst_CsrInfo::notARequest_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("words") << QByteArray("please issue my certificate");
    QTest::newRow("a certificate") << QByteArray(
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----");
    QTest::newRow("bad base64") << QByteArray(
        "-----BEGIN CERTIFICATE REQUEST-----\n!!!!\n-----END CERTIFICATE REQUEST-----");
}

void tst_CsrInfo::notARequest() {
    QFETCH(QByteArray, text);
    CsrInfo info;
    QString error;
    QVERIFY(!CsrInfo::parse(text, &info, &error));
    QVERIFY(error.contains(QLatin1String("BEGIN CERTIFICATE REQUEST")));
}

QTEST_GUILESS_MAIN(tst_CsrInfo)
#include "tst_csrinfo.moc"
