// certdesk-sandbox robustness features: the fault kinds of /__sandbox/faults and their
// command-line flags, the redacted request log, and --state-file persistence across restarts.

#include "SandboxHarness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sbx::Response;

namespace {

const QByteArray kAdmin = QByteArrayLiteral("demo-admin-key");
const QStringList kArgs = {QStringLiteral("--now"),           QStringLiteral("2026-03-04"),
                           QStringLiteral("--orders"),        QStringLiteral("50"),
                           QStringLiteral("--no-rate-limit"), QStringLiteral("--auto-complete")};

// Content-Length of a raw reply and the bytes of body that came after the headers.
QPair<int, QByteArray> splitReply(const QByteArray &raw) {
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return {-1, QByteArray()};
    int length = -1;
    for (const QByteArray &line : raw.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toInt();
    }
    return {length, raw.mid(end + 4)};
}

QJsonObject dvOrder(const QString &csr, const QString &alternativeId = QString()) {
    QJsonObject body{
        {"certificate", QJsonObject{{"common_name", "faults.example.com"}, {"csr", csr}}},
        {"order_validity", QJsonObject{{"years", 1}}},
        {"dcv_method", "email"},
        {"skip_approval", true}};
    if (!alternativeId.isEmpty())
        body.insert(QStringLiteral("alternative_order_id"), alternativeId);
    return body;
}

} // namespace

class tst_SandboxFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void settingsRoundTrip();
    void rateLimitEveryNth();
    void rateLimitFlag();
    void unavailableForAWhile();
    void unavailableWindowFlag();
    void badFaultFlagsAreUsageErrors_data();
    void badFaultFlagsAreUsageErrors();
    void closedAfterHeaders();
    void truncatedBody();
    void malformedJson();
    void lostReplyAfterTheWriteCommitted();

    void requestLogRedactsSecrets();
    void stateFileSurvivesARestart();
    void unreadableStateFileStopsTheStart();

private:
    Response me() { return m_http.get(m_sb.api(QStringLiteral("user/me")), kAdmin); }
    int arm(const QJsonObject &settings) {
        return m_http
            .send("POST", m_sb.control(QStringLiteral("faults")), QByteArray(),
                  QJsonDocument(settings).toJson(QJsonDocument::Compact))
            .status;
    }

    sbx::Sandbox m_sb;
    sbx::Http m_http;
    sbx::Csr m_csr;
};

void tst_SandboxFaults::initTestCase() {
    QVERIFY(m_sb.start(kArgs));
    m_csr = sbx::makeCsr(2048);
}

void tst_SandboxFaults::cleanup() {
    m_http.send("DELETE", m_sb.control(QStringLiteral("faults")), QByteArray());
    m_http.clearConnections();
}

void tst_SandboxFaults::settingsRoundTrip() {
    QCOMPARE(arm({{"rate_limit_every", 7},
                  {"malformed_json_next", 2},
                  {"unavailable_window", QJsonObject{{"every_ms", 60000}, {"duration_ms", 1}}}}),
             204);
    Response r = m_http.get(m_sb.control(QStringLiteral("faults")), QByteArray());
    QCOMPARE(r.status, 200);
    QJsonObject settings = r.json();
    QCOMPARE(settings.value(QStringLiteral("rate_limit_every")).toInt(), 7);
    QCOMPARE(settings.value(QStringLiteral("malformed_json_next")).toInt(), 2);
    QCOMPARE(
        settings.value(QStringLiteral("unavailable_window")).toObject().value("every_ms").toInt(),
        60000);
    for (const char *key :
         {"latency_ms", "fail_next", "close_next", "close_after_headers_next", "truncate_body_next",
          "lose_reply_next", "close_every", "truncate_body_every", "malformed_json_every",
          "lose_reply_every", "unavailable_for_ms"})
        QVERIFY2(settings.contains(QLatin1String(key)), key);
    // Bad settings change nothing.
    r = m_http.send("POST", m_sb.control(QStringLiteral("faults")), QByteArray(),
                    R"({"rate_limit_every": 1, "bogus": 1})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|bogus"));
    r = m_http.send("POST", m_sb.control(QStringLiteral("faults")), QByteArray(),
                    R"({"unavailable_window": {"every_ms": 10, "duration_ms": 20}})");
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|unavailable_window"));
    QCOMPARE(m_http.get(m_sb.control(QStringLiteral("faults")), QByteArray())
                 .json()
                 .value(QStringLiteral("rate_limit_every"))
                 .toInt(),
             7);
    QCOMPARE(m_http.send("DELETE", m_sb.control(QStringLiteral("faults")), QByteArray()).status,
             204);
    settings = m_http.get(m_sb.control(QStringLiteral("faults")), QByteArray()).json();
    QCOMPARE(settings.value(QStringLiteral("rate_limit_every")).toInt(), 0);
    QVERIFY(settings.value(QStringLiteral("unavailable_window")).isNull());
}

void tst_SandboxFaults::rateLimitEveryNth() {
    QCOMPARE(arm({{"rate_limit_every", 3}}), 204);
    QCOMPARE(me().status, 200);
    QCOMPARE(me().status, 200);
    const Response third = me();
    QCOMPARE(third.status, 429);
    QCOMPARE(third.errorCode(), QStringLiteral("request_limit_exceeded"));
    QCOMPARE(me().status, 200);
}

void tst_SandboxFaults::rateLimitFlag() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start(kArgs +
                          QStringList{QStringLiteral("--fault-429-every"), QStringLiteral("2")}));
    QCOMPARE(m_http.get(sandbox.api(QStringLiteral("user/me")), kAdmin).status, 200);
    QCOMPARE(m_http.get(sandbox.api(QStringLiteral("user/me")), kAdmin).status, 429);
    // DELETE goes back to the flag's setting, not to nothing.
    m_http.send("DELETE", sandbox.control(QStringLiteral("faults")), QByteArray());
    QCOMPARE(m_http.get(sandbox.control(QStringLiteral("faults")), QByteArray())
                 .json()
                 .value(QStringLiteral("rate_limit_every"))
                 .toInt(),
             2);
}

void tst_SandboxFaults::unavailableForAWhile() {
    QCOMPARE(arm({{"unavailable_for_ms", 400}}), 204);
    const Response r = me();
    QCOMPARE(r.status, 503);
    QCOMPARE(r.errorCode(), QStringLiteral("service_unavailable"));
    QTRY_COMPARE_WITH_TIMEOUT(me().status, 200, 5000);
}

void tst_SandboxFaults::unavailableWindowFlag() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start(
        kArgs + QStringList{QStringLiteral("--fault-503-window"), QStringLiteral("60000/60000")}));
    QCOMPARE(m_http.get(sandbox.api(QStringLiteral("user/me")), kAdmin).status, 503);
    // The controls stay reachable during the window.
    QCOMPARE(m_http
                 .send("POST", sandbox.control(QStringLiteral("faults")), QByteArray(),
                       R"({"unavailable_window": null})")
                 .status,
             204);
    QCOMPARE(m_http.get(sandbox.api(QStringLiteral("user/me")), kAdmin).status, 200);
}

void tst_SandboxFaults::badFaultFlagsAreUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::newRow("503 window") << QStringList{QStringLiteral("--fault-503-window"),
                                               QStringLiteral("5/10")}
                                << QStringLiteral("--fault-503-window");
    QTest::newRow("429 every") << QStringList{QStringLiteral("--fault-429-every"),
                                              QStringLiteral("x")}
                               << QStringLiteral("--fault-429-every");
    QTest::newRow("state file") << QStringList{QStringLiteral("--state-file"), QString()}
                                << QStringLiteral("--state-file");
}

void tst_SandboxFaults::badFaultFlagsAreUsageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QProcess process;
    process.start(sbx::sandboxProgram(), arguments);
    QVERIFY(process.waitForFinished(sbx::kWaitMs));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains(flag.toLatin1()));
}

void tst_SandboxFaults::closedAfterHeaders() {
    QCOMPARE(arm({{"close_after_headers_next", 1}}), 204);
    const QByteArray raw = sbx::rawExchange(m_sb.api(QStringLiteral("user/me")), "GET", kAdmin);
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.constData());
    const auto [length, body] = splitReply(raw);
    QVERIFY(length > 0);
    QVERIFY(body.isEmpty());
    QCOMPARE(me().status, 200);
}

void tst_SandboxFaults::truncatedBody() {
    QCOMPARE(arm({{"truncate_body_next", 1}}), 204);
    const QByteArray raw = sbx::rawExchange(
        m_sb.api(QStringLiteral("order/certificate"), QStringLiteral("limit=20")), "GET", kAdmin);
    QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.left(200).constData());
    const auto [length, body] = splitReply(raw);
    QVERIFY(!body.isEmpty());
    QVERIFY(body.size() < length);
    QVERIFY(QJsonDocument::fromJson(body).isNull());
}

void tst_SandboxFaults::malformedJson() {
    QCOMPARE(arm({{"malformed_json_next", 1}}), 204);
    Response r = m_http.get(
        m_sb.api(QStringLiteral("order/certificate"), QStringLiteral("limit=5")), kAdmin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    r = me();
    QCOMPARE(r.json().value(QStringLiteral("id")).toInt(), 1001);
}

void tst_SandboxFaults::lostReplyAfterTheWriteCommitted() {
    QCOMPARE(arm({{"lose_reply_next", 1}}), 204);
    // Reads do not use up the fault.
    QCOMPARE(me().status, 200);
    const QString alternative = QStringLiteral("attempt7f3a");
    const QByteArray raw = sbx::rawExchange(
        m_sb.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), "POST", kAdmin,
        QJsonDocument(dvOrder(m_csr.pemString(), alternative)).toJson(QJsonDocument::Compact));
    QVERIFY2(raw.isEmpty(), raw.constData()); // closed without a single byte
    // The order exists all the same: the client finds it by its alternative order id.
    const Response found =
        m_http.get(m_sb.api(QStringLiteral("order/alternate/") + alternative), kAdmin);
    QCOMPARE(found.status, 200);
    const QJsonArray orders = found.json().value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("issued"));
    // Refused writes changed nothing, so their replies are never withheld.
    QCOMPARE(arm({{"lose_reply_next", 1}}), 204);
    const QByteArray refused = sbx::rawExchange(
        m_sb.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), "POST", kAdmin, "{}");
    QVERIFY2(refused.startsWith("HTTP/1.1 400"), refused.constData());
}

void tst_SandboxFaults::requestLogRedactsSecrets() {
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("requests.jsonl"));
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start(kArgs + QStringList{QStringLiteral("--log-requests"), logPath}));
    QJsonObject body = dvOrder(m_csr.pemString());
    body.insert(QStringLiteral("payment_method"), QStringLiteral("card"));
    body.insert(QStringLiteral("credit_card"), QJsonObject{{"number", "4242424242424242"},
                                                           {"expiration_month", 12},
                                                           {"expiration_year", 2030},
                                                           {"cvv", 4321},
                                                           {"cardholder_name", "Ada Admin"}});
    body.insert(QStringLiteral("billing_address"), QJsonObject{{"address", "1 Main Street"},
                                                               {"city", "Lehi"},
                                                               {"state", "Utah"},
                                                               {"zip", "84043"},
                                                               {"country", "us"}});
    body.insert(QStringLiteral("comments"),
                QStringLiteral("card 5555 5555 5555 4444, key demo-admin-key"));
    QCOMPARE(
        m_http.post(sandbox.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), kAdmin, body)
            .status,
        201);
    QCOMPARE(m_http
                 .get(sandbox.api(QStringLiteral("order/certificate"), QStringLiteral("limit=2")),
                      kAdmin)
                 .status,
             200);
    QFile file(logPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    QVERIFY(!log.contains("4242424242424242"));
    QVERIFY(!log.contains("5555 5555 5555 4444"));
    QVERIFY(!log.contains("4321"));
    QVERIFY(!log.contains("demo-admin-key"));
    const QList<QByteArray> lines = log.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject post = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(post.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(post.value(QStringLiteral("path")).toString(),
             QStringLiteral("/services/v2/order/certificate/ssl_dv_geotrust"));
    QCOMPARE(post.value(QStringLiteral("status")).toInt(), 201);
    const QJsonObject logged = post.value(QStringLiteral("body")).toObject();
    QCOMPARE(logged.value(QStringLiteral("credit_card")).toObject().value("number").toString(),
             QStringLiteral("************4242"));
    QCOMPARE(logged.value(QStringLiteral("credit_card")).toObject().value("cvv").toString(),
             QStringLiteral("[redacted]"));
    // Everything else is kept, so tests can assert what a client sent.
    QCOMPARE(logged.value(QStringLiteral("certificate")).toObject().value("common_name").toString(),
             QStringLiteral("faults.example.com"));
    const QJsonObject get = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(get.value(QStringLiteral("query")).toString(), QStringLiteral("limit=2"));
    QVERIFY(!get.contains(QStringLiteral("body")));
}

void tst_SandboxFaults::stateFileSurvivesARestart() {
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("account.json"));
    const QStringList args = kArgs + QStringList{QStringLiteral("--state-file"), state};
    int orderId = 0;
    QByteArray der;
    QString balance;
    {
        sbx::Sandbox first;
        QVERIFY(first.start(args));
        QVERIFY(QFile::exists(state)); // written at start-up
        const Response created =
            m_http.post(first.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), kAdmin,
                        dvOrder(m_csr.pemString(), QStringLiteral("persisted1")));
        QCOMPARE(created.status, 201);
        orderId = created.json().value(QStringLiteral("id")).toInt();
        der = m_http
                  .get(first.api(QStringLiteral("certificate/%1/download/format/pem_nointermediate")
                                     .arg(created.json().value("certificate_id").toInt())),
                       kAdmin)
                  .body;
        QCOMPARE(
            m_http
                .post(first.api(QStringLiteral("domain")), kAdmin,
                      {{"name", "persisted.example"}, {"organization", QJsonObject{{"id", 3001}}}})
                .status,
            201);
        balance = m_http.get(first.api(QStringLiteral("finance/balance")), kAdmin)
                      .json()
                      .value(QStringLiteral("balance"))
                      .toString();
        // Saved shortly after the write (and again on the way out).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile f(state);
                return f.open(QIODevice::ReadOnly) && f.readAll().contains("persisted1");
            }(),
            5000);
    }
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("certdesk-sandbox-state"));
    QCOMPARE(QFile::permissions(state) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    sbx::Sandbox second;
    QVERIFY(second.start(args));
    const Response info =
        m_http.get(second.api(QStringLiteral("order/certificate/%1").arg(orderId)), kAdmin);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("alternative_order_id")).toString(),
             QStringLiteral("persisted1"));
    QCOMPARE(info.json().value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    const Response again = m_http.get(
        second.api(
            QStringLiteral("certificate/download/order/%1/format/pem_nointermediate").arg(orderId)),
        kAdmin);
    QCOMPARE(again.body, der);
    QCOMPARE(m_http
                 .get(second.api(QStringLiteral("domain"),
                                 QStringLiteral("filters[search]=%25persisted")),
                      kAdmin)
                 .json()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value("total")
                 .toInt(),
             1);
    QCOMPARE(m_http.get(second.api(QStringLiteral("finance/balance")), kAdmin)
                 .json()
                 .value(QStringLiteral("balance"))
                 .toString(),
             balance);
    // New ids continue after the saved ones.
    const Response next =
        m_http.post(second.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), kAdmin,
                    dvOrder(m_csr.pemString()));
    QCOMPARE(next.json().value(QStringLiteral("id")).toInt(), orderId + 1);
}

void tst_SandboxFaults::unreadableStateFileStopsTheStart() {
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("broken.json"));
    QFile file(state);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    QProcess process;
    process.start(sbx::sandboxProgram(), {QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--state-file"), state});
    QVERIFY(process.waitForFinished(sbx::kWaitMs));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("--state-file"));
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
