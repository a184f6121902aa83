#include "LifecycleHarness.h"
#include "api/OrderEndpoints.h"

#include <QtTest>

// OrderEndpoints::dcv against a real sandbox: the random value, a check before and after the value
// is placed (the order issues), a change of method, e-mails sent again, and the refusals.
class tst_OrderEndpoints_Dcv : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void randomValueAndCheck();
    void changeMethodAndResendEmails();
    void issuedOrderIsRefused();

private:
    bool dcv(qint64 orderId, OrderDcvAction action, OrderDcvResult *result, ApiError *error,
             const QString &method = {}) {
        return life::run(m_f.client.get(), OrderEndpoints::dcv(orderId, action, method), result,
                         error);
    }
    life::Fixture m_f;
};

void tst_OrderEndpoints_Dcv::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

void tst_OrderEndpoints_Dcv::randomValueAndCheck() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("dcv.example.org"), {}, false);
    OrderDcvResult result;
    ApiError error;
    QVERIFY2(dcv(orderId, OrderDcvAction::RandomValue, &result, &error),
             qPrintable(error.message()));
    QVERIFY(!result.randomValue.isEmpty());
    QVERIFY(result.expires.isValid());
    // Not placed yet: CertCentral does not find it.
    QVERIFY(!dcv(orderId, OrderDcvAction::Check, &result, &error));
    QVERIFY2(error.hasCode(QStringLiteral("invalid_dns_txt")), qPrintable(error.message()));
    QCOMPARE(m_f.control("POST", QStringLiteral("/__sandbox/dcv/dcv.example.org")), 204);
    QVERIFY2(dcv(orderId, OrderDcvAction::Check, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.dcvStatus, QStringLiteral("valid"));
    QCOMPARE(result.orderStatus, QStringLiteral("issued"));
    QVERIFY(result.certificateId > 0);
    QCOMPARE(
        m_f.logged("PUT", QStringLiteral("order/certificate/%1/check-dcv").arg(orderId)).size(), 2);
}

void tst_OrderEndpoints_Dcv::changeMethodAndResendEmails() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("dcv-mail.example.org"), {}, false);
    OrderDcvResult result;
    ApiError error;
    // E-mails only go out for e-mail DCV.
    QVERIFY(!dcv(orderId, OrderDcvAction::ResendEmails, &result, &error));
    QVERIFY(error.hasCode(QStringLiteral("invalid_dcv_method")));
    QVERIFY2(dcv(orderId, OrderDcvAction::ChangeMethod, &result, &error, QStringLiteral("email")),
             qPrintable(error.message()));
    QVERIFY(result.randomValue.isEmpty()); // 204 for e-mail
    QCOMPARE(m_f.logged("PUT", QStringLiteral("order/certificate/%1/dcv-method").arg(orderId))
                 .at(0)
                 .value("body")
                 .toObject(),
             (QJsonObject{{"dcv_method", "email"}}));
    QVERIFY2(dcv(orderId, OrderDcvAction::ResendEmails, &result, &error),
             qPrintable(error.message()));
    // Back to a token method: the random value comes with the answer.
    QVERIFY(
        dcv(orderId, OrderDcvAction::ChangeMethod, &result, &error, QStringLiteral("http-token")));
    QVERIFY(!result.randomValue.isEmpty());
    QVERIFY(!dcv(orderId, OrderDcvAction::ChangeMethod, &result, &error, QStringLiteral("dns")));
    QCOMPARE(error.httpStatus(), 400);
}

void tst_OrderEndpoints_Dcv::issuedOrderIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("dcv-issued.example.com"), {});
    OrderDcvResult result;
    ApiError error;
    QVERIFY(!dcv(orderId, OrderDcvAction::RandomValue, &result, &error));
    QVERIFY(error.hasCode(QStringLiteral("invalid_order_status")));
}

QTEST_GUILESS_MAIN(tst_OrderEndpoints_Dcv)
#include "tst_orderendpoints_dcv.moc"
