#include "ResultSpy.h"
#include "TestCertificates.h"
#include "api/AccountEndpoints.h"
#include "api/CertCentralClient.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

// The client against a TLS server whose certificate the test made: trusted and right, expired,
// for another name, or from an unknown CA. Each failure names its problem.
class tst_TlsErrorText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void describes_data();
    void describes();

private:
    TestCertificates::Pair m_ca;
    TestCertificates::Pair m_otherCa;
};

namespace {
// Answers every TLS connection with a minimal user/me reply.
class TinyHttpsServer : public QSslServer {
public:
    explicit TinyHttpsServer(const TestCertificates::Pair &pair) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(pair.certificatePem, QSsl::Pem));
        config.setPrivateKey(QSslKey(pair.keyPem, QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(config);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = R"({"id":1,"first_name":"T","email":"t@example.com"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};
} // namespace

void tst_TlsErrorText::initTestCase() {
    m_ca = TestCertificates::makeCa(QStringLiteral("CertDesk Test CA"));
    m_otherCa = TestCertificates::makeCa(QStringLiteral("Somebody Else's CA"));
    QVERIFY(!m_ca.isNull());
    QVERIFY(!m_otherCa.isNull());
}

void tst_TlsErrorText::describes_data() {
    QTest::addColumn<int>("issuer"); // 0: trusted CA, 1: unknown CA
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<int>("startDays");
    QTest::addColumn<int>("endDays");
    QTest::addColumn<QString>("mentions"); // empty: must succeed
    const QStringList loopback{QStringLiteral("127.0.0.1")};
    QTest::newRow("good") << 0 << QStringList{"localhost"} << loopback << -1 << 30 << "";
    QTest::newRow("expired") << 0 << QStringList{"localhost"} << loopback << -60 << -2
                             << "expired on";
    QTest::newRow("not yet valid")
        << 0 << QStringList{"localhost"} << loopback << 5 << 60 << "not valid before";
    QTest::newRow("other name") << 0 << QStringList{"api.example.com"} << QStringList{} << -1 << 30
                                << "is for api.example.com, not for 127.0.0.1";
    QTest::newRow("unknown CA") << 1 << QStringList{"localhost"} << loopback << -1 << 30
                                << "not signed by a certificate authority this computer trusts";
}

void tst_TlsErrorText::describes() {
    QFETCH(int, issuer);
    QFETCH(QStringList, dnsNames);
    QFETCH(QStringList, ips);
    QFETCH(int, startDays);
    QFETCH(int, endDays);
    QFETCH(QString, mentions);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TestCertificates::Pair server =
        TestCertificates::makeServer(issuer == 0 ? m_ca : m_otherCa, dnsNames, ips,
                                     now.addDays(startDays), now.addDays(endDays));
    QVERIFY(!server.isNull());
    TinyHttpsServer https(server);
    QVERIFY(https.listen(QHostAddress::LocalHost));

    CertCentralClient client;
    client.setBaseUrl(
        QUrl(QStringLiteral("https://127.0.0.1:%1/services/v2/").arg(https.serverPort())));
    client.setApiKey(QStringLiteral("any-key-1234"));
    client.setExtraCaCertificates({QSslCertificate(m_ca.certificatePem, QSsl::Pem)});
    client.setRetryPolicy(RetryPolicy::none());
    auto *call = client.call(AccountEndpoints::me());
    ResultSpy<UserInfo> received(call);
    QSignalSpy failed(call, &ApiCall::failed);
    QVERIFY(QSignalSpy(call, &ApiCall::finished).wait(10000));
    if (mentions.isEmpty()) {
        QCOMPARE(received.count(), 1);
        return;
    }
    QCOMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    QVERIFY(!error.isRetryable());
}

QTEST_GUILESS_MAIN(tst_TlsErrorText)
#include "tst_tlserrortext.moc"
