#include "CertCentralClient.h"
#include "CertificateDownloadCall.h"
#include "OrderInfoCall.h"
#include "OrderListJob.h"
#include "TestSandbox.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QtTest>

// Downloads from a real sandbox: the files are real certificates, the one on the order.
class tst_CertificateDownloadCall : public QObject {
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

void tst_CertificateDownloadCall::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("200")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    OrderListJob *job = m_client->listOrders(OrderQuery());
    connect(job, &OrderListJob::pageLoaded, this,
            [this](const QList<Order> &page, qint64, qint64) { m_orders += page; });
    QVERIFY(QSignalSpy(job, &OrderListJob::finished).wait(20000));
    QCOMPARE(m_orders.size(), 200);
}

Order tst_CertificateDownloadCall::orderWithStatus(const QString &status) {
    for (const Order &o : std::as_const(m_orders)) {
        if (o.status == status && o.certificateId > 0) {
            OrderInfoCall *call = m_client->orderInfo(o.id);
            QSignalSpy received(call, &OrderInfoCall::received);
            QSignalSpy(call, &OrderInfoCall::finished).wait(10000);
            return received.isEmpty() ? Order() : received.first().first().value<Order>();
        }
    }
    return {};
}

void tst_CertificateDownloadCall::formats_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("certificates");
    QTest::newRow("pem_all") << "pem_all" << 3;
    QTest::newRow("pem_noroot") << "pem_noroot" << 2;
    QTest::newRow("pem_nointermediate") << "pem_nointermediate" << 1;
    QTest::newRow("der, made locally") << "der" << 1;
    QTest::newRow("p7b") << "p7b" << 0;
}

void tst_CertificateDownloadCall::formats() {
    QFETCH(QString, format);
    QFETCH(int, certificates);
    const Order order = orderWithStatus(QStringLiteral("issued"));
    QVERIFY(order.id > 0);
    QVERIFY(!order.serialNumber.isEmpty());
    CertificateDownloadCall *call = m_client->downloadCertificate(order.certificateId, format);
    QSignalSpy received(call, &CertificateDownloadCall::received);
    QSignalSpy failed(call, &CertificateDownloadCall::failed);
    QVERIFY(QSignalSpy(call, &CertificateDownloadCall::finished).wait(20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? ""
                              : qPrintable(failed.first().first().value<ApiError>().message()));
    const QByteArray data = received.first().first().toByteArray();
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
    QCOMPARE(CertificateDownloadCall::apiFormat(format) == QLatin1String("der"), false);
}

void tst_CertificateDownloadCall::notIssuedIsRefused() {
    Order pending;
    for (const Order &o : std::as_const(m_orders))
        if (o.status == QLatin1String("pending") && o.certificateId > 0)
            pending = o;
    QVERIFY(pending.id > 0);
    CertificateDownloadCall *call =
        m_client->downloadCertificate(pending.certificateId, QStringLiteral("pem"));
    QSignalSpy failed(call, &CertificateDownloadCall::failed);
    QVERIFY(QSignalSpy(call, &CertificateDownloadCall::finished).wait(10000));
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.code(), QStringLiteral("certificate_not_issued"));
}

QTEST_GUILESS_MAIN(tst_CertificateDownloadCall)
#include "tst_certificatedownloadcall.moc"
