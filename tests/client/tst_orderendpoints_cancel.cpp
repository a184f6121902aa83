#include "LifecycleHarness.h"
#include "api/OrderEndpoints.h"

#include <QtTest>

// OrderEndpoints::cancel against a real sandbox: a pending order canceled with its note (the body
// checked in the request log), an issued order refused, a view-only key refused.
class tst_OrderEndpoints_Cancel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelsAPendingOrder();
    void issuedOrderIsRefused();
    void viewOnlyKeyIsRefused();

private:
    bool cancel(CertCentralClient *client, qint64 orderId, ApiError *error) {
        OrderCancellation c;
        c.orderId = orderId;
        c.note = QStringLiteral("ordered by mistake");
        qint64 canceled = 0;
        const bool ok = life::run(client, OrderEndpoints::cancel(c), &canceled, error);
        return ok && canceled == orderId;
    }
    life::Fixture m_f;
};

void tst_OrderEndpoints_Cancel::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

void tst_OrderEndpoints_Cancel::cancelsAPendingOrder() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cancel.example.net"), {}, false);
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("pending"));
    ApiError error;
    QVERIFY2(cancel(m_f.client.get(), orderId, &error), qPrintable(error.message()));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("canceled"));
    const QList<QJsonObject> sent =
        m_f.logged("PUT", QStringLiteral("order/certificate/%1/status").arg(orderId));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).value("status").toInt(), 204);
    QCOMPARE(sent.at(0).value("body").toObject(),
             (QJsonObject{{"status", "canceled"}, {"note", "ordered by mistake"}}));
}

void tst_OrderEndpoints_Cancel::issuedOrderIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("cancel-issued.example.com"), {});
    ApiError error;
    QVERIFY(!cancel(m_f.client.get(), orderId, &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(error.hasCode(QStringLiteral("invalid_order_status")));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("issued"));
}

void tst_OrderEndpoints_Cancel::viewOnlyKeyIsRefused() {
    const qint64 orderId =
        m_f.placeDvOrder(QStringLiteral("cancel-viewonly.example.net"), {}, false);
    ApiError error;
    QVERIFY(!cancel(m_f.viewOnly.get(), orderId, &error));
    QCOMPARE(error.httpStatus(), 403);
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(tst_OrderEndpoints_Cancel)
#include "tst_orderendpoints_cancel.moc"
