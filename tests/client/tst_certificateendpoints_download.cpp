#include "ResultSpy.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/CertificateEndpoints.h"
#include "api/OrderEndpoints.h"
#include "api/OrderListJob.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

// Downloads from a real sandbox: the files are real certificates, the one on the order.
class tst_CertificateEndpoints_Download : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void notIssuedIsRefused();

private:
    Order orderWithStatus(const QString &status);
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QList<Order> m_orders;
};

void tst_CertificateEndpoints_Download::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("200")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    OrderListJob *job = m_client->startList<OrderListJob>(OrderQuery());
    connect(job, &OrderListJob::pageLoaded, this,
            [this](const QList<Order> &page, qint64, qint64) { m_orders += page; });
    QVERIFY(QSignalSpy(job, &OrderListJob::finished).wait(20000));
    QCOMPARE(m_orders.size(), 200);
}

Order tst_CertificateEndpoints_Download::orderWithStatus(const QString &status) {
    for (const Order &o : std::as_const(m_orders)) {
        if (o.status == status && o.certificateId > 0) {
            auto *call = m_client->call(OrderEndpoints::info(o.id));
            ResultSpy<Order> received(call);
            QSignalSpy(call, &ApiCall::finished).wait(10000);
            return received.isEmpty() ? Order() : received.result();
        }
    }
    return {};
}

void tst_CertificateEndpoints_Download::formats_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("certificates");
    QTest::newRow("pem_all") << "pem_all" << 3;
    QTest::newRow("pem_noroot") << "pem_noroot" << 2;
    QTest::newRow("pem_nointermediate") << "pem_nointermediate" << 1;
    QTest::newRow("der, made locally") << "der" << 1;
    QTest::newRow("p7b") << "p7b" << 0;
}

void tst_CertificateEndpoints_Download::formats() {
    QFETCH(QString, format);
    QFETCH(int, certificates);
    const Order order = orderWithStatus(QStringLiteral("issued"));
    QVERIFY(order.id > 0);
    QVERIFY(!order.serialNumber.isEmpty());
    auto *call = m_client->call(CertificateEndpoints::download(order.certificateId, format));
    ResultSpy<QByteArray, QString> received(call);
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? ""
                              : qPrintable(failed.first().first().value<ApiError>().message()));
    const QByteArray data = received.result();
    QList<QSslCertificate> certs;
    if (format == QLatin1String("der"))
        certs << QSslCertificate(data, QSsl::Der);
    else if (format.startsWith(QLatin1String("pem")))
        certs = QSslCertificate::fromData(data, QSsl::Pem);
    QCOMPARE(certs.size(), certificates);
    if (certificates > 0) {
        // The first certificate is the order's: its serial number and its names.
        const QString serial =
            QString::fromLatin1(certs.first().serialNumber()).remove(QLatin1Char(':')).toUpper();
        QCOMPARE(serial.rightJustified(order.serialNumber.size(), QLatin1Char('0')),
                 order.serialNumber.toUpper());
        QVERIFY(certs.first().subjectInfo(QSslCertificate::CommonName).contains(order.commonName));
    } else {
        // CertCentral's p7b is PEM-armoured PKCS#7, kept as it came.
        QVERIFY2(data.startsWith("-----BEGIN PKCS7-----"), data.left(40).constData());
    }
    // Only the Glossary's format_type values reach the server.
    QCOMPARE(CertificateEndpoints::apiFormat(format) == QLatin1String("der"), false);
}

void tst_CertificateEndpoints_Download::notIssuedIsRefused() {
    Order pending;
    for (const Order &o : std::as_const(m_orders))
        if (o.status == QLatin1String("pending") && o.certificateId > 0)
            pending = o;
    QVERIFY(pending.id > 0);
    auto *call = m_client->call(
        CertificateEndpoints::download(pending.certificateId, QStringLiteral("pem")));
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.code(), QStringLiteral("certificate_not_issued"));
}

QTEST_GUILESS_MAIN(tst_CertificateEndpoints_Download)
#include "tst_certificateendpoints_download.moc"
