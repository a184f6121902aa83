#include "LifecycleHarness.h"
#include "api/CertificateEndpoints.h"

#include <QtTest>

// CertificateEndpoints::duplicate against a real sandbox: a custom end date sent at the root as
// yyyy-MM-dd and the sandbox's cut to 397 days; a name not on the order refused; a view-only key
// refused.
class tst_CertificateEndpoints_Duplicate : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void duplicateWithCustomDate();
    void nameNotOnTheOrderIsRefused();
    void viewOnlyKeyIsRefused();

private:
    DuplicateRequest requestFor(qint64 orderId, const QString &cn) const;
    life::Fixture m_f;
};

void tst_CertificateEndpoints_Duplicate::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

DuplicateRequest tst_CertificateEndpoints_Duplicate::requestFor(qint64 orderId,
                                                                const QString &cn) const {
    DuplicateRequest r;
    r.orderId = orderId;
    r.commonName = cn;
    r.csr = life::Fixture::csr(cn);
    r.skipApproval = true;
    return r;
}

void tst_CertificateEndpoints_Duplicate::duplicateWithCustomDate() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("duplicate.example.com"), {});
    QVERIFY(orderId > 0);
    const Order order = m_f.orderInfo(orderId);
    QCOMPARE(order.status, QStringLiteral("issued"));
    DuplicateRequest r = requestFor(orderId, QStringLiteral("duplicate.example.com"));
    r.customExpirationDate = m_f.now().date().addDays(90);
    r.orderNames = order.allNames();
    r.orderEnd = order.validTill;
    QString field;
    QVERIFY2(r.validate(&field, m_f.now().date()).isEmpty(), qPrintable(field));
    LifecycleResult result;
    ApiError error;
    QVERIFY2(life::run(m_f.client.get(), CertificateEndpoints::duplicate(r), &result, &error),
             qPrintable(error.message()));
    QCOMPARE(result.orderId, orderId);
    QVERIFY(result.certificateId > 0);
    const QList<QJsonObject> sent =
        m_f.logged("POST", QStringLiteral("order/certificate/%1/duplicate").arg(orderId));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).value("body").toObject().value("custom_expiration_date").toString(),
             r.customExpirationDate.toString(QStringLiteral("yyyy-MM-dd")));

    // The duplicate ends on the day asked for.
    QByteArray body;
    SandboxControl::get(m_f.sandbox.baseUrl().resolved(
                            QUrl(QStringLiteral("order/certificate/%1/duplicate").arg(orderId))),
                        TestSandbox::testKey().toLatin1(), &body);
    const QJsonArray list = QJsonDocument::fromJson(body).object().value("certificates").toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("id").toInteger(), result.certificateId);
    QCOMPARE(list.at(0).toObject().value("valid_till").toString(),
             r.customExpirationDate.toString(Qt::ISODate));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("issued")); // a duplicate leaves it
}

void tst_CertificateEndpoints_Duplicate::nameNotOnTheOrderIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("names.example.com"), {});
    LifecycleResult result;
    ApiError error;
    QVERIFY(!life::run(
        m_f.client.get(),
        CertificateEndpoints::duplicate(requestFor(orderId, QStringLiteral("other.example.com"))),
        &result, &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.message().contains(QLatin1String("not on the order")),
             qPrintable(error.message()));
    // The same check is made before sending.
    DuplicateRequest local = requestFor(orderId, QStringLiteral("other.example.com"));
    local.orderNames = {QStringLiteral("names.example.com")};
    QString field;
    QVERIFY(!local.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("certificate.common_name"));
}

void tst_CertificateEndpoints_Duplicate::viewOnlyKeyIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("dup-viewonly.example.com"), {});
    LifecycleResult result;
    ApiError error;
    QVERIFY(!life::run(m_f.viewOnly.get(),
                       CertificateEndpoints::duplicate(
                           requestFor(orderId, QStringLiteral("dup-viewonly.example.com"))),
                       &result, &error));
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY(error.hasCode(QStringLiteral("access_denied|missing_permission")));
}

QTEST_GUILESS_MAIN(tst_CertificateEndpoints_Duplicate)
#include "tst_certificateendpoints_duplicate.moc"
