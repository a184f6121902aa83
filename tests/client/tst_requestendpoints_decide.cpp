#include "LifecycleHarness.h"
#include "api/RequestEndpoints.h"
#include "api/RequestListJob.h"

#include <QtTest>

// The approval queue against a real sandbox with one key per role: a manager approves (the
// order goes on and issues) and rejects (the order is rejected); a standard user is refused
// with the permission error; a request already decided gives a refusal that says who decided
// it; the list filters by status and type.
class tst_RequestEndpoints_Decide : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsPendingRequestsByType();
    void managerApprovesAndTheOrderIssues();
    void managerRejectsAndTheOrderIsRejected();
    void standardUserIsRefused();
    void alreadyDecidedSaysByWhom();
    void unknownRequestIsNotFound();

private:
    static QString managerKey() { return QStringLiteral("manager-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    // A DV order placed by the standard user: pending, with a pending new_request.
    bool placeUserOrder(const QString &commonName, qint64 *orderId, qint64 *requestId);
    bool decide(CertCentralClient *client, qint64 requestId, bool approve, const QString &comment,
                ApiError *error);
    QString orderStatus(qint64 orderId);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_admin;
    std::unique_ptr<CertCentralClient> m_manager;
    std::unique_ptr<CertCentralClient> m_user;
};

static std::unique_ptr<CertCentralClient> makeClient(const QUrl &url, const QString &key) {
    auto c = std::make_unique<CertCentralClient>();
    c->setBaseUrl(url);
    c->setApiKey(key);
    return c;
}

void tst_RequestEndpoints_Decide::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("30"),
                              QStringLiteral("--auto-complete"), QStringLiteral("--key"),
                              managerKey() + QStringLiteral(":manager"), QStringLiteral("--key"),
                              userKey() + QStringLiteral(":user")}),
             qPrintable(m_sandbox.errorString()));
    m_admin = makeClient(m_sandbox.baseUrl(), TestSandbox::testKey());
    m_manager = makeClient(m_sandbox.baseUrl(), managerKey());
    m_user = makeClient(m_sandbox.baseUrl(), userKey());
}

bool tst_RequestEndpoints_Decide::placeUserOrder(const QString &commonName, qint64 *orderId,
                                                 qint64 *requestId) {
    const QJsonObject body{
        {"certificate", QJsonObject{{"common_name", commonName},
                                    {"csr", QString::fromLatin1(life::Fixture::csr(commonName))},
                                    {"signature_hash", "sha256"}}},
        {"dcv_method", "dns-txt-token"},
        {"order_validity", QJsonObject{{"years", 1}}},
        {"skip_approval", true}}; // ignored for a standard user
    QByteArray reply;
    const int status = SandboxControl::request(
        "POST",
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/certificate/ssl_dv_geotrust"))),
        userKey().toLatin1(), QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
    const QJsonObject o = QJsonDocument::fromJson(reply).object();
    *orderId = o.value(QStringLiteral("id")).toInteger();
    *requestId =
        o.value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInteger();
    if (status != 201 || *orderId <= 0 || *requestId <= 0) {
        qWarning() << status << reply;
        return false;
    }
    return true;
}

bool tst_RequestEndpoints_Decide::decide(CertCentralClient *client, qint64 requestId, bool approve,
                                         const QString &comment, ApiError *error) {
    RequestDecision d;
    d.requestId = requestId;
    d.outcome = approve ? RequestDecision::Outcome::Approve : RequestDecision::Outcome::Reject;
    d.comment = comment;
    qint64 decided = 0;
    return life::run(client, RequestEndpoints::decide(d), &decided, error) && decided == requestId;
}

QString tst_RequestEndpoints_Decide::orderStatus(qint64 orderId) {
    ResultSpy<Order> received(m_admin->call(OrderEndpoints::info(orderId)));
    if (!received.wait(10000))
        return {};
    return received.result().status;
}

void tst_RequestEndpoints_Decide::listsPendingRequestsByType() {
    qint64 orderId = 0;
    qint64 requestId = 0;
    QVERIFY(placeUserOrder(QStringLiteral("list.example.com"), &orderId, &requestId));
    RequestFilter filter;
    filter.status = QStringLiteral("pending");
    filter.type = QStringLiteral("new_request");
    RequestListJob *job = m_manager->startList<RequestListJob>(filter);
    QList<ApprovalRequest> all;
    connect(job, &RequestListJob::pageLoaded, this,
            [&all](const QList<ApprovalRequest> &page, qint64, qint64) { all += page; });
    QSignalSpy finished(job, &RequestListJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!all.isEmpty());
    bool found = false;
    for (const ApprovalRequest &r : std::as_const(all)) {
        QCOMPARE(r.status, QStringLiteral("pending"));
        QCOMPARE(r.type, QStringLiteral("new_request"));
        if (r.id == requestId) {
            found = true;
            QCOMPARE(r.orderId, orderId);
            QCOMPARE(r.commonName, QStringLiteral("list.example.com"));
            QCOMPARE(r.requester.displayName(), QStringLiteral("Cleo User"));
        }
    }
    QVERIFY(found);
    // GET request/{id} carries the CSR.
    ApprovalRequest info;
    ApiError error;
    QVERIFY2(life::run(m_manager.get(), RequestEndpoints::info(requestId), &info, &error),
             qPrintable(error.message()));
    QVERIFY(info.csr.contains(QLatin1String("BEGIN CERTIFICATE REQUEST")));
}

void tst_RequestEndpoints_Decide::managerApprovesAndTheOrderIssues() {
    qint64 orderId = 0;
    qint64 requestId = 0;
    QVERIFY(placeUserOrder(QStringLiteral("approve.example.com"), &orderId, &requestId));
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
    ApiError error;
    QVERIFY2(decide(m_manager.get(), requestId, true, QStringLiteral("fine"), &error),
             qPrintable(error.message()));
    // --auto-complete: an approved DV order completes DCV and issues at once.
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    ApprovalRequest after;
    QVERIFY(life::run(m_admin.get(), RequestEndpoints::info(requestId), &after, &error));
    QCOMPARE(after.status, QStringLiteral("approved"));
    QCOMPARE(after.processorComment, QStringLiteral("fine"));
    QCOMPARE(after.processor.displayName(), QStringLiteral("Ben Manager"));
}

void tst_RequestEndpoints_Decide::managerRejectsAndTheOrderIsRejected() {
    qint64 orderId = 0;
    qint64 requestId = 0;
    QVERIFY(placeUserOrder(QStringLiteral("reject.example.com"), &orderId, &requestId));
    ApiError error;
    QVERIFY2(decide(m_manager.get(), requestId, false, QStringLiteral("not ours"), &error),
             qPrintable(error.message()));
    QCOMPARE(orderStatus(orderId), QStringLiteral("rejected"));
}

void tst_RequestEndpoints_Decide::standardUserIsRefused() {
    qint64 orderId = 0;
    qint64 requestId = 0;
    QVERIFY(placeUserOrder(QStringLiteral("self-approve.example.com"), &orderId, &requestId));
    ApiError error;
    QVERIFY(!decide(m_user.get(), requestId, true, {}, &error));
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY(error.hasCode(QStringLiteral("access_denied|missing_permission")));
    QVERIFY2(error.message().contains(QLatin1String("role does not allow")),
             qPrintable(error.message()));
    QCOMPARE(orderStatus(orderId), QStringLiteral("pending"));
}

void tst_RequestEndpoints_Decide::alreadyDecidedSaysByWhom() {
    qint64 orderId = 0;
    qint64 requestId = 0;
    QVERIFY(placeUserOrder(QStringLiteral("twice.example.com"), &orderId, &requestId));
    ApiError error;
    QVERIFY(decide(m_manager.get(), requestId, true, QStringLiteral("first"), &error));
    QVERIFY(!decide(m_admin.get(), requestId, false, QStringLiteral("too late"), &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(RequestEndpoints::isAlreadyDecided(error));
    QVERIFY2(error.message().contains(QLatin1String("already decided")),
             qPrintable(error.message()));
    ApprovalRequest now;
    ApiError ignored;
    QVERIFY(life::run(m_admin.get(), RequestEndpoints::info(requestId), &now, &ignored));
    const QString message = RequestDecision::alreadyDecidedMessage(now);
    QVERIFY2(
        message.startsWith(
            QStringLiteral("Request %1 was already approved by Ben Manager on ").arg(requestId)),
        qPrintable(message));
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued")); // the rejection changed nothing
}

void tst_RequestEndpoints_Decide::unknownRequestIsNotFound() {
    ApiError error;
    QVERIFY(!decide(m_manager.get(), 999999, true, {}, &error));
    QCOMPARE(error.httpStatus(), 404);
    QVERIFY(error.hasCode(QStringLiteral("not_found")));
}

QTEST_GUILESS_MAIN(tst_RequestEndpoints_Decide)
#include "tst_requestendpoints_decide.moc"
