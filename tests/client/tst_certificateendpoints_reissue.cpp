#include "LifecycleHarness.h"
#include "api/AccountEndpoints.h"
#include "api/CertificateEndpoints.h"

#include <QtTest>

// CertificateEndpoints::reissue against a real sandbox: the body it sends (checked in the sandbox's
// request log), approval skipped or pending, refusals, a view-only key, and a lost reply that is
// not sent again.
class tst_CertificateEndpoints_Reissue : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reissueWithDcvScope();
    void reissueWaitsForApproval();
    void pendingOrderIsRefused();
    void viewOnlyKeyIsRefused();
    void lostReplyIsNotSentAgain();

private:
    ReissueRequest requestFor(qint64 orderId, const QString &cn, const QStringList &sans) const;
    life::Fixture m_f;
};

void tst_CertificateEndpoints_Reissue::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

ReissueRequest tst_CertificateEndpoints_Reissue::requestFor(qint64 orderId, const QString &cn,
                                                            const QStringList &sans) const {
    ReissueRequest r;
    r.orderId = orderId;
    r.commonName = cn;
    r.dnsNames = sans;
    r.csr = life::Fixture::csr(cn, sans);
    return r;
}

void tst_CertificateEndpoints_Reissue::reissueWithDcvScope() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("reissue.example.com"),
                                            {QStringLiteral("www.reissue.example.com")});
    QVERIFY(orderId > 0);
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("issued"));
    ReissueRequest r = requestFor(orderId, QStringLiteral("reissue.example.com"), {});
    r.dcvScope = QStringLiteral("base_domain");
    r.dcvMethod = QStringLiteral("dns-cname-token");
    r.comments = QStringLiteral("new key");
    r.skipApproval = true;
    QCOMPARE(r.removedNames({QStringLiteral("reissue.example.com"),
                             QStringLiteral("www.reissue.example.com")}),
             QStringList{QStringLiteral("www.reissue.example.com")});
    LifecycleResult result;
    ApiError error;
    QVERIFY2(life::run(m_f.client.get(), CertificateEndpoints::reissue(r), &result, &error),
             qPrintable(error.message()));
    QCOMPARE(result.orderId, orderId);
    QCOMPARE(result.status, QStringLiteral("approved"));
    QVERIFY(result.certificateId > 0);
    QVERIFY(!result.dcvRandomValue.isEmpty()); // a token method, the new name scope to prove

    const QList<QJsonObject> sent =
        m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).value("status").toInt(), 201);
    const QJsonObject body = sent.at(0).value("body").toObject();
    QCOMPARE(body.value("certificate_dcv_scope").toString(), QStringLiteral("base_domain"));
    QCOMPARE(body.value("dcv_method").toString(), QStringLiteral("dns-cname-token"));
    QCOMPARE(body.value("skip_approval").toBool(), true);
    QCOMPARE(body.value("comments").toString(), QStringLiteral("new key"));
    QCOMPARE(body.value("certificate").toObject().value("common_name").toString(),
             QStringLiteral("reissue.example.com"));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("reissue_pending"));
}

void tst_CertificateEndpoints_Reissue::reissueWaitsForApproval() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("approve.example.com"), {});
    QVERIFY(orderId > 0);
    LifecycleResult result;
    ApiError error;
    QVERIFY2(life::run(m_f.client.get(),
                       CertificateEndpoints::reissue(
                           requestFor(orderId, QStringLiteral("approve.example.com"), {})),
                       &result, &error),
             qPrintable(error.message()));
    QVERIFY(result.waitsForApproval());
    QVERIFY(result.requestId > 0);
    QCOMPARE(result.certificateId, 0);
}

void tst_CertificateEndpoints_Reissue::pendingOrderIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("pending.example.net"), {}, false);
    QVERIFY(orderId > 0);
    LifecycleResult result;
    ApiError error;
    QVERIFY(!life::run(m_f.client.get(),
                       CertificateEndpoints::reissue(
                           requestFor(orderId, QStringLiteral("pending.example.net"), {})),
                       &result, &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.hasCode(QStringLiteral("invalid_order_status")), qPrintable(error.message()));
}

void tst_CertificateEndpoints_Reissue::viewOnlyKeyIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("viewonly.example.com"), {});
    LifecycleResult result;
    ApiError error;
    QVERIFY(!life::run(m_f.viewOnly.get(),
                       CertificateEndpoints::reissue(
                           requestFor(orderId, QStringLiteral("viewonly.example.com"), {})),
                       &result, &error));
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY2(error.hasCode(QStringLiteral("access_denied|missing_permission")) ||
                 error.hasCode(QStringLiteral("missing_permission")),
             qPrintable(error.message()));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("issued"));
}

void tst_CertificateEndpoints_Reissue::lostReplyIsNotSentAgain() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("lost.example.com"), {});
    QVERIFY(orderId > 0);
    // Qt resent writes on kept-alive connections: make sure there is one.
    ResultSpy<UserInfo> me(m_f.client->call(AccountEndpoints::me()));
    QVERIFY(me.wait(10000));
    QVERIFY(SandboxControl(m_f.sandbox.faultsUrl()).setFaults({{"lose_reply_next", 1}}));
    LifecycleResult result;
    ApiError error;
    QVERIFY(!life::run(
        m_f.client.get(),
        CertificateEndpoints::reissue(requestFor(orderId, QStringLiteral("lost.example.com"), {})),
        &result, &error));
    QVERIFY2(error.isOutcomeUnknown(), qPrintable(error.message()));
    QVERIFY(SandboxControl(m_f.sandbox.faultsUrl()).clearFaults());
    // Applied once by the sandbox, never sent a second time.
    QCOMPARE(m_f.logged("POST", QStringLiteral("order/certificate/%1/reissue").arg(orderId)).size(),
             1);
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("reissue_pending"));
}

QTEST_GUILESS_MAIN(tst_CertificateEndpoints_Reissue)
#include "tst_certificateendpoints_reissue.moc"
