#include "core/LifecycleResult.h"

#include <QtTest>

// LifecycleResult: the replies to reissue, duplicate and revoke, as the sandbox and the API
// reference give them.
class tst_LifecycleResult : public QObject {
    Q_OBJECT
private slots:
    void reissueWaitingForApproval();
    void reissueApproved();
    void reissueWithoutOrderId();
    void reissueRequestWithoutStatusIsNotApproved();
    void revokeRequest();
    void revokedAtOnce();
    void revokeWithoutRequestId();
};

void tst_LifecycleResult::reissueWaitingForApproval() {
    LifecycleResult r;
    QString error;
    QVERIFY(LifecycleResult::fromReissueReply(
        R"({"id":100001,"requests":[{"id":"77","status":"pending"}],"dcv_random_value":"abc"})", &r,
        &error));
    QCOMPARE(r.orderId, 100001);
    QCOMPARE(r.requestId, 77);
    QCOMPARE(r.status, QStringLiteral("pending"));
    QVERIFY(r.waitsForApproval());
    QCOMPARE(r.certificateId, 0);
    QCOMPARE(r.dcvRandomValue, QStringLiteral("abc"));
}

void tst_LifecycleResult::reissueApproved() {
    LifecycleResult r;
    QString error;
    QVERIFY(
        LifecycleResult::fromReissueReply(R"({"id":100001,"certificate_id":5001})", &r, &error));
    QCOMPARE(r.certificateId, 5001);
    QCOMPARE(r.status, QStringLiteral("approved"));
    QVERIFY(!r.waitsForApproval());
}

void tst_LifecycleResult::reissueRequestWithoutStatusIsNotApproved() {
    // The 201 body is not documented; a third-party shape has requests[{id}] without a status
    // (certcentral-docs.md 5.1): submitted, state unknown, never "approved".
    LifecycleResult r;
    QString error;
    QVERIFY(
        LifecycleResult::fromReissueReply(R"({"id":100001,"requests":[{"id":77}]})", &r, &error));
    QCOMPARE(r.requestId, 77);
    QCOMPARE(r.status, QStringLiteral("submitted"));
    QVERIFY(r.statusUnknown());
    QVERIFY(!r.waitsForApproval());
    // Neither a request nor a certificate: unknown too.
    QVERIFY(LifecycleResult::fromReissueReply(R"({"id":100001})", &r, &error));
    QCOMPARE(r.status, QStringLiteral("submitted"));
}

void tst_LifecycleResult::reissueWithoutOrderId() {
    LifecycleResult r;
    QString error;
    QVERIFY(!LifecycleResult::fromReissueReply(R"({"requests":[]})", &r, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!LifecycleResult::fromReissueReply("<html>", &r, &error));
}

void tst_LifecycleResult::revokeRequest() {
    LifecycleResult r;
    QString error;
    // The documented 201 (certcentral-docs.md 5.5).
    QVERIFY(LifecycleResult::fromRevokeReply(
        R"({"id":88,"date":"2026-11-22T12:00:00+00:00","type":"revoke","status":"pending",)"
        R"("requester":{"id":14,"first_name":"Jill","last_name":"Valentine",)"
        R"("email":"jill.valentine@digicert.com"},"comments":"Revoking cert"})",
        201, &r, &error));
    QCOMPARE(r.requestId, 88);
    QVERIFY(r.waitsForApproval());
    QCOMPARE(r.date, QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC));
}

void tst_LifecycleResult::revokedAtOnce() {
    LifecycleResult r;
    QString error;
    QVERIFY(LifecycleResult::fromRevokeReply(QByteArray(), 204, &r, &error));
    QCOMPARE(r.status, QStringLiteral("revoked"));
    QVERIFY(!r.waitsForApproval());
}

void tst_LifecycleResult::revokeWithoutRequestId() {
    LifecycleResult r;
    QString error;
    QVERIFY(!LifecycleResult::fromRevokeReply(R"({"status":"pending"})", 201, &r, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LifecycleResult)
#include "tst_lifecycleresult.moc"
