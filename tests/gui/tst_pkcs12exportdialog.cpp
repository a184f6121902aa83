#include "ResultSpy.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "core/KeySpec.h"
#include "core/NewOrder.h"
#include "security/CsrBuilder.h"
#include "security/KeyFileWriter.h"
#include "security/Pkcs12Bundle.h"
#include "security/PrivateKey.h"
#include "services/OrderPlacement.h"
#include "ui/orders/Pkcs12ExportDialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Save as PKCS#12 against a sandbox that issues at once: the dialog finds the order's key among
// other files in a folder, refuses a short passphrase and a wrong key passphrase where they
// were typed, and writes a file that opens with its passphrase and holds that key and chain.
class tst_Pkcs12ExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void findsTheKeyAndWritesTheBundle();

private:
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QTemporaryDir m_dir;
};

void tst_Pkcs12ExportDialog::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("10"),
                              QStringLiteral("--auto-complete")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

void tst_Pkcs12ExportDialog::findsTheKeyAndWritesTheBundle() {
    // The order's key, encrypted, in a folder with another key beside it.
    KeySpec spec;
    QString error;
    QVERIFY(KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error));
    PrivateKey key;
    PrivateKey other;
    QVERIFY(PrivateKey::generate(spec, &key, &error));
    QVERIFY(PrivateKey::generate(spec, &other, &error));
    const QString keys = m_dir.filePath(QStringLiteral("keys"));
    QVERIFY(QDir().mkpath(keys));
    QVERIFY(KeyFileWriter::write(keys + QStringLiteral("/other.key"), other.toPem({}), &error));
    QVERIFY(KeyFileWriter::write(keys + QStringLiteral("/p12.example.com.key"),
                                 key.toPem("key pass 1"), &error));
    NewOrder order;
    order.productNameId = QStringLiteral("ssl_dv_geotrust");
    order.commonName = QStringLiteral("p12.example.com");
    QVERIFY(CsrBuilder::build(key, order.commonName, {}, &order.csr, &error));
    order.dcvMethod = QStringLiteral("dns-txt-token");
    order.skipApproval = true;
    OrderPlacement placement(m_client.get());
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    placement.place(order);
    QVERIFY(placed.wait(15000));
    const qint64 orderId = placed.at(0).at(0).value<PlacedOrder>().orderId;
    Order info;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ResultSpy<Order> got(m_client->call(OrderEndpoints::info(orderId)));
            got.wait(5000);
            info = got.isEmpty() ? Order() : got.result();
            return info.status == QLatin1String("issued");
        }(),
        10000);

    Pkcs12ExportDialog dialog(m_client.get(), info.certificateId, info.commonName);
    dialog.show();
    const QString output = m_dir.filePath(QStringLiteral("p12.example.com.p12"));
    const auto set = [&dialog](const char *name, const QString &text) {
        dialog.findChild<QLineEdit *>(QLatin1String(name))->setText(text);
    };
    set("keyFolder", keys);
    set("outputFile", output);
    set("bundlePassphrase", QStringLiteral("short"));
    set("bundlePassphraseAgain", QStringLiteral("short"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("savePkcs12"));
    save->click();
    QVERIFY(dialog.statusText().contains(QLatin1String("at least 8")));
    set("bundlePassphrase", QStringLiteral("bundle pass 1"));
    set("bundlePassphraseAgain", QStringLiteral("bundle pass 1"));
    // The key file is encrypted and no passphrase was given: said, nothing written.
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QLatin1String("p12.example.com.key")),
                             10000);
    QVERIFY(!QFile::exists(output));
    set("keyPassphrase", QStringLiteral("key pass 1"));
    QSignalSpy saved(&dialog, &Pkcs12ExportDialog::saved);
    save->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(dialog.statusText().contains(QLatin1String("p12.example.com.key")));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/pkcs12-export.png"));
    QCOMPARE(QFile::permissions(output) &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    Pkcs12Bundle bundle;
    QVERIFY2(Pkcs12Bundle::readFile(output, "bundle pass 1", &bundle, &error), qPrintable(error));
    QCOMPARE(bundle.key.publicKeyDer(), key.publicKeyDer());
    QVERIFY(!bundle.chainPem.isEmpty());
    QCOMPARE(bundle.friendlyName, QStringLiteral("p12.example.com"));
}

QTEST_MAIN(tst_Pkcs12ExportDialog)
#include "tst_pkcs12exportdialog.moc"
