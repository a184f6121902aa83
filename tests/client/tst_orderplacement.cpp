#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/AccountEndpoints.h"
#include "api/CertCentralClient.h"
#include "security/CsrBuilder.h"
#include "security/PrivateKey.h"
#include "services/OrderPlacement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

// One click, one order, however the network fails: OrderPlacement against a real sandbox with
// its lost-reply and closed-connection faults, and a real CSR made with OpenSSL.
class tst_OrderPlacement : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void placesAnOrder();
    void lostReplyFindsTheOrderInsteadOfSendingAgain();
    void closedBeforeTheServerActedOffersToSendAgain();
    void refusalIsFinal();
    void lookupFailureLeavesItUnknown();
    void validation_data();
    void validation();

private:
    NewOrder dvOrder(const QString &name) const;
    int ordersWithAlternativeId(const QString &id);
    void openKeptAliveConnection();
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QByteArray m_csr;
};

void tst_OrderPlacement::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 100;
    fast.maxAttempts = 2;
    m_client->setRetryPolicy(fast);
    KeySpec spec;
    QString error;
    QVERIFY(KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error));
    PrivateKey key;
    QVERIFY(PrivateKey::generate(spec, &key, &error));
    QVERIFY(CsrBuilder::build(key, QStringLiteral("once.example.com"), {}, &m_csr, &error));
}

void tst_OrderPlacement::init() {
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
}

NewOrder tst_OrderPlacement::dvOrder(const QString &name) const {
    NewOrder o;
    o.productNameId = QStringLiteral("ssl_dv_geotrust");
    o.commonName = name;
    o.csr = m_csr;
    o.dcvMethod = QStringLiteral("dns-txt-token");
    o.skipApproval = true;
    return o;
}

int tst_OrderPlacement::ordersWithAlternativeId(const QString &id) {
    QByteArray body;
    const int status = SandboxControl::get(
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/alternate/") + id)),
        TestSandbox::testKey().toUtf8(), &body);
    if (status != 200)
        return -1;
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("page"))
        .toObject()
        .value(QStringLiteral("total"))
        .toInt();
}

void tst_OrderPlacement::openKeptAliveConnection() {
    // Qt resent writes on kept-alive connections: make sure there is one.
    ResultSpy<UserInfo> me(m_client->call(AccountEndpoints::me()));
    QVERIFY(me.wait(10000));
}

void tst_OrderPlacement::placesAnOrder() {
    OrderPlacement placement(m_client.get());
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    QVERIFY(placement.place(dvOrder(QStringLiteral("once.example.com"))));
    QCOMPARE(placement.state(), OrderPlacement::State::Sending);
    QVERIFY(!placement.place(dvOrder(QStringLiteral("twice.example.com")))); // one at a time
    QVERIFY(placed.wait(10000));
    QCOMPARE(placed.at(0).at(1).toBool(), false);
    const auto order = placed.at(0).at(0).value<PlacedOrder>();
    QVERIFY(order.orderId > 0);
    QVERIFY(!order.dcvRandomValue.isEmpty()); // dns-txt-token
    QVERIFY(placement.alternativeOrderId().startsWith(QLatin1String("certdesk")));
    // Letters and digits only, as CertCentral asks.
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{1,64}$"))
                .match(placement.alternativeOrderId())
                .hasMatch());
    QCOMPARE(ordersWithAlternativeId(placement.alternativeOrderId()), 1);
    QVERIFY(!placement.place(dvOrder(QStringLiteral("once.example.com")))); // placed is final
}

void tst_OrderPlacement::lostReplyFindsTheOrderInsteadOfSendingAgain() {
    openKeptAliveConnection();
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("lose_reply_next"), 1}}));
    OrderPlacement placement(m_client.get());
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    QSignalSpy states(&placement, &OrderPlacement::stateChanged);
    QVERIFY(placement.place(dvOrder(QStringLiteral("lost.example.com"))));
    QVERIFY(placed.wait(15000));
    QCOMPARE(placed.at(0).at(1).toBool(), true); // recovered by the lookup
    QVERIFY(placed.at(0).at(0).value<PlacedOrder>().orderId > 0);
    QCOMPARE(states.at(states.size() - 2).at(0).value<OrderPlacement::State>(),
             OrderPlacement::State::Checking);
    QCOMPARE(placement.attempts(), 1);
    // Exactly one order for this click.
    QCOMPARE(ordersWithAlternativeId(placement.alternativeOrderId()), 1);
}

void tst_OrderPlacement::closedBeforeTheServerActedOffersToSendAgain() {
    openKeptAliveConnection();
    QVERIFY(SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("close_next"), 1}}));
    OrderPlacement placement(m_client.get());
    QSignalSpy notPlaced(&placement, &OrderPlacement::notPlaced);
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    QVERIFY(placement.place(dvOrder(QStringLiteral("closed.example.com"))));
    QVERIFY(notPlaced.wait(15000));
    const QString first = placement.alternativeOrderId();
    QCOMPARE(ordersWithAlternativeId(first), 0);
    QVERIFY(placement.canSendAgain());
    QVERIFY(notPlaced.at(0).at(0).value<ApiError>().isOutcomeUnknown());
    QVERIFY(placement.sendAgain());
    QVERIFY(placed.wait(15000));
    QCOMPARE(placed.at(0).at(1).toBool(), false);
    QVERIFY(placement.alternativeOrderId() != first); // a new attempt, a new id
    QCOMPARE(ordersWithAlternativeId(placement.alternativeOrderId()), 1);
    QCOMPARE(placement.attempts(), 2);
}

void tst_OrderPlacement::refusalIsFinal() {
    OrderPlacement placement(m_client.get());
    QSignalSpy notPlaced(&placement, &OrderPlacement::notPlaced);
    NewOrder order = dvOrder(QStringLiteral("refused.example.com"));
    order.csr = "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----";
    QVERIFY(placement.place(order));
    QVERIFY(notPlaced.wait(10000));
    const auto error = notPlaced.at(0).at(0).value<ApiError>();
    QVERIFY2(error.hasCode(QStringLiteral("invalid_csr")), qPrintable(error.message()));
    QVERIFY(!placement.canSendAgain()); // fix the order, then place it again
    QCOMPARE(ordersWithAlternativeId(placement.alternativeOrderId()), 0);
}

void tst_OrderPlacement::lookupFailureLeavesItUnknown() {
    // Every reply comes too late for this client: the order's and the lookups'.
    CertCentralClient slow;
    slow.setBaseUrl(m_sandbox.baseUrl());
    slow.setApiKey(TestSandbox::testKey());
    slow.setTimeoutMs(300);
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 50;
    fast.maxAttempts = 2;
    slow.setRetryPolicy(fast);
    QVERIFY(
        SandboxControl(m_sandbox.faultsUrl()).setFaults({{QStringLiteral("latency_ms"), 1500}}));
    OrderPlacement placement(&slow);
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    QSignalSpy unknown(&placement, &OrderPlacement::unknown);
    QVERIFY(placement.place(dvOrder(QStringLiteral("unknown.example.com"))));
    QVERIFY(unknown.wait(20000));
    QCOMPARE(placement.state(), OrderPlacement::State::Unknown);
    QVERIFY(unknown.at(0).at(0).value<ApiError>().isOutcomeUnknown());
    QVERIFY(!placement.canSendAgain()); // never resend while it is not known
    QVERIFY(!placement.place(dvOrder(QStringLiteral("unknown.example.com"))));
    // The network is back: checking again finds the order the slow reply never told about.
    QVERIFY(SandboxControl(m_sandbox.faultsUrl()).clearFaults());
    QVERIFY(placement.checkAgain());
    QVERIFY(placed.wait(10000));
    QCOMPARE(placed.at(0).at(1).toBool(), true);
    QCOMPARE(ordersWithAlternativeId(placement.alternativeOrderId()), 1);
}

void tst_OrderPlacement::validation_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("fine") << ""
                          << "";
    QTest::newRow("wildcard on a single-name product") << "cn=*.example.com"
                                                       << "certificate.common_name";
    QTest::newRow("ip address") << "cn=192.0.2.7"
                                << "certificate.common_name";
    QTest::newRow("no csr") << "csr="
                            << "certificate.csr";
    QTest::newRow("four years") << "years=4"
                                << "order_validity.years";
    QTest::newRow("http for a wildcard") << "wildcard"
                                         << "dcv_method";
    QTest::newRow("unknown method") << "dcv=dns"
                                    << "dcv_method";
    QTest::newRow("ov without organization") << "ov"
                                             << "organization.id";
    QTest::newRow("bad alternative id") << "alt=a b"
                                        << "alternative_order_id";
}

void tst_OrderPlacement::validation() {
    QFETCH(QString, change);
    QFETCH(QString, field);
    NewOrder o = dvOrder(QStringLiteral("shop.example.com"));
    if (change.startsWith(QLatin1String("cn=")))
        o.commonName = change.mid(3);
    else if (change == QLatin1String("csr="))
        o.csr.clear();
    else if (change == QLatin1String("years=4"))
        o.validityYears = 4;
    else if (change == QLatin1String("wildcard")) {
        o.wildcardProduct = true;
        o.commonName = QStringLiteral("*.example.com");
        o.dcvMethod = QStringLiteral("http-token");
    } else if (change == QLatin1String("dcv=dns"))
        o.dcvMethod = QStringLiteral("dns");
    else if (change == QLatin1String("ov"))
        o.organizationRequired = true;
    else if (change == QLatin1String("alt=a b"))
        o.alternativeOrderId = QStringLiteral("a b");
    QString actual;
    const QString problem = o.validate(&actual);
    QCOMPARE(actual, field);
    QCOMPARE(problem.isEmpty(), field.isEmpty());
}

QTEST_GUILESS_MAIN(tst_OrderPlacement)
#include "tst_orderplacement.moc"
