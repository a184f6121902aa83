#include "LifecycleHarness.h"
#include "api/CertificateEndpoints.h"

#include <QtTest>

// CertificateEndpoints::revoke against a real sandbox: by certificate id, by serial number and for
// a whole order; with and without a key-compromise date (refused before the issue time, accepted at
// now); approval pending or skipped; a pending reissue refused; a view-only key refused.
class tst_CertificateEndpoints_Revoke : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void byCertificateIdWaitsForApproval();
    void bySerialNumberAtOnce();
    void wholeOrderWithCompromiseDate();
    void compromiseDateBeforeIssueIsRefused();
    void pendingReissueIsRefused();
    void viewOnlyKeyIsRefused();

private:
    bool revoke(CertCentralClient *client, const RevokeRequest &r, LifecycleResult *result,
                ApiError *error) {
        return life::run(client, CertificateEndpoints::revoke(r), result, error);
    }
    life::Fixture m_f;
};

void tst_CertificateEndpoints_Revoke::initTestCase() {
    QVERIFY2(m_f.start(), qPrintable(m_f.sandbox.errorString()));
}

void tst_CertificateEndpoints_Revoke::byCertificateIdWaitsForApproval() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-id.example.com"), {});
    const Order order = m_f.orderInfo(orderId);
    QCOMPARE(order.status, QStringLiteral("issued"));
    RevokeRequest r;
    r.certificateId = order.certificateId;
    r.reason = QStringLiteral("superseded");
    r.comments = QStringLiteral("replaced");
    LifecycleResult result;
    ApiError error;
    QVERIFY2(revoke(m_f.client.get(), r, &result, &error), qPrintable(error.message()));
    QVERIFY(result.waitsForApproval());
    QVERIFY(result.requestId > 0);
    QCOMPARE(result.certificateId, order.certificateId);
    const QList<QJsonObject> sent =
        m_f.logged("PUT", QStringLiteral("certificate/%1/revoke").arg(order.certificateId));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).value("body").toObject(), (QJsonObject{{"revocation_reason", "superseded"},
                                                               {"skip_approval", false},
                                                               {"comments", "replaced"}}));
    // A second request while the first waits is refused.
    QVERIFY(!revoke(m_f.client.get(), r, &result, &error));
    QVERIFY(error.hasCode(QStringLiteral("revoke_request_pending")));
}

void tst_CertificateEndpoints_Revoke::bySerialNumberAtOnce() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-serial.example.com"), {});
    const Order order = m_f.orderInfo(orderId);
    QVERIFY(!order.serialNumber.isEmpty());
    RevokeRequest r;
    r.scope = RevokeRequest::Scope::SerialNumber;
    r.serialNumber = order.serialNumber.toLower();
    r.reason = QStringLiteral("cessationOfOperation");
    r.skipApproval = true;
    LifecycleResult result;
    ApiError error;
    QVERIFY2(revoke(m_f.client.get(), r, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.status, QStringLiteral("revoked"));
    QCOMPARE(
        m_f.logged("PUT", QStringLiteral("certificate/%1/revoke").arg(order.serialNumber)).size(),
        1);
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("revoked"));
}

void tst_CertificateEndpoints_Revoke::wholeOrderWithCompromiseDate() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-order.example.com"), {});
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("issued"));
    RevokeRequest r;
    r.scope = RevokeRequest::Scope::Order;
    r.orderId = orderId;
    r.reason = QStringLiteral("keyCompromise");
    r.comments = QStringLiteral("Laptop stolen");
    // Now is after the issue time; sent in UTC whatever zone it was given in.
    r.compromisedAt = m_f.now().toOffsetFromUtc(2 * 3600);
    r.skipApproval = true;
    QVERIFY(r.validate().isEmpty());
    LifecycleResult result;
    ApiError error;
    QVERIFY2(revoke(m_f.client.get(), r, &result, &error), qPrintable(error.message()));
    QCOMPARE(result.status, QStringLiteral("revoked"));
    const QList<QJsonObject> sent =
        m_f.logged("PUT", QStringLiteral("order/certificate/%1/revoke").arg(orderId));
    QCOMPARE(sent.size(), 1);
    // The documented body only: the date is the first line of comments, no revocation_date.
    const QJsonObject body = sent.at(0).value("body").toObject();
    QCOMPARE(body.keys(), (QStringList{"comments", "revocation_reason", "skip_approval"}));
    QCOMPARE(body.value("revocation_reason").toString(), QStringLiteral("keyCompromise"));
    const QStringList lines = body.value("comments").toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Key compromise date: ")),
             qPrintable(lines.at(0)));
    const QString date = lines.at(0).mid(int(qstrlen("Key compromise date: ")));
    QVERIFY2(date.endsWith(QLatin1Char('Z')), qPrintable(date));
    const QDateTime sentAt = QDateTime::fromString(date, Qt::ISODate);
    QVERIFY(sentAt.isValid());
    QVERIFY(qAbs(sentAt.secsTo(m_f.now())) < 30); // the same instant, written in UTC
    QCOMPARE(lines.at(1), QStringLiteral("Laptop stolen"));
    QCOMPARE(m_f.orderInfo(orderId).status, QStringLiteral("revoked"));
}

void tst_CertificateEndpoints_Revoke::compromiseDateBeforeIssueIsRefused() {
    // The sandbox's clock starts at 12:00:00 UTC on --now: every certificate is issued after.
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-early.example.com"), {});
    const Order order = m_f.orderInfo(orderId);
    RevokeRequest r;
    r.certificateId = order.certificateId;
    r.reason = QStringLiteral("keyCompromise");
    r.compromisedAt = QDateTime(QDate(2026, 11, 22), QTime(11, 59, 59), Qt::UTC);
    // CertCentral has no field for the date and cannot check it: CertDesk checks it before
    // sending when the issue date is known.
    r.earliestAllowed = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    QString field;
    QVERIFY(!r.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("key_compromise_date"));
    // Without keyCompromise the date is refused.
    r.reason = QStringLiteral("superseded");
    r.compromisedAt = m_f.now();
    QVERIFY(!r.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("key_compromise_date"));
    QVERIFY(m_f.logged("PUT", QStringLiteral("certificate/%1/revoke").arg(order.certificateId))
                .isEmpty());
}

void tst_CertificateEndpoints_Revoke::pendingReissueIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-reissue.example.com"), {});
    ReissueRequest reissue;
    reissue.orderId = orderId;
    reissue.commonName = QStringLiteral("revoke-reissue.example.com");
    reissue.csr = life::Fixture::csr(reissue.commonName);
    LifecycleResult result;
    ApiError error;
    QVERIFY(life::run(m_f.client.get(), CertificateEndpoints::reissue(reissue), &result, &error));
    QVERIFY(result.waitsForApproval());
    RevokeRequest r;
    r.scope = RevokeRequest::Scope::Order;
    r.orderId = orderId;
    QVERIFY(!revoke(m_f.client.get(), r, &result, &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.hasCode(QStringLiteral("invalid_order_status")), qPrintable(error.message()));
}

void tst_CertificateEndpoints_Revoke::viewOnlyKeyIsRefused() {
    const qint64 orderId = m_f.placeDvOrder(QStringLiteral("revoke-viewonly.example.com"), {});
    RevokeRequest r;
    r.certificateId = m_f.orderInfo(orderId).certificateId;
    LifecycleResult result;
    ApiError error;
    QVERIFY(!revoke(m_f.viewOnly.get(), r, &result, &error));
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY(error.hasCode(QStringLiteral("access_denied|missing_permission")));
}

QTEST_GUILESS_MAIN(tst_CertificateEndpoints_Revoke)
#include "tst_certificateendpoints_revoke.moc"
