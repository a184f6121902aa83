// certdesk-sandbox over loopback: the process, its command line and every route of the first
// slice, checked with a plain QNetworkAccessManager (no client code involved).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QByteArray kKey = QByteArrayLiteral("tst-sandbox-key");
const QStringList kCommonArgs = {QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                                 QStringLiteral("--key"), QString::fromLatin1(kKey)};
constexpr int kWaitMs = 20000;

struct Response {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const {
        return json()
            .value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// One certdesk-sandbox child process; stopped (SIGTERM) when destroyed.
struct Sandbox {
    QProcess process;
    QUrl baseUrl; // http://127.0.0.1:PORT/services/v2/
    QByteArray firstLine;

    ~Sandbox() {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(5000);
        }
    }

    QUrl api(const QString &path, const QString &query = QString()) const {
        QUrl url = baseUrl.resolved(QUrl(path));
        if (!query.isEmpty())
            url.setQuery(query);
        return url;
    }
    QUrl faults() const { return baseUrl.resolved(QUrl(QStringLiteral("/__sandbox/faults"))); }
};

QString sandboxProgram() {
    QString dir = qEnvironmentVariable("CERTDESK_BIN_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
    return QDir(dir).filePath(QStringLiteral("certdesk-sandbox"));
}

} // namespace

class tst_SandboxServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void announcesListeningUrl();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void rejectsMissingOrWrongKey_data();
    void rejectsMissingOrWrongKey();
    void unknownRouteAndWrongMethod();
    void userMe();
    void listPagesThroughAllOrders();
    void listRejectsBadParameters_data();
    void listRejectsBadParameters();
    void listFiltersByStatus();
    void listSearches();
    void listSortsByValidTill();
    void listFiltersByProductOrganizationContainer();
    void listFiltersByValidTill_data();
    void listFiltersByValidTill();
    void emptyPageOmitsOrders();
    void orderInfo();
    void orderInfoNotFound_data();
    void orderInfoNotFound();
    void statusChanges();
    void sameSeedGivesSameBytes();
    void rateLimitRejectsPastShortWindow();
    void faultFailNextThenRecovers();
    void faultCloseNextDropsConnection();
    void httpsWithGeneratedCa();

private:
    bool start(Sandbox *sandbox, const QStringList &arguments);
    Response send(const QByteArray &verb, const QUrl &url, const QByteArray &key = kKey,
                  const QByteArray &body = QByteArray(), const QSslConfiguration *ssl = nullptr);
    Response get(const QUrl &url, const QByteArray &key = kKey) { return send("GET", url, key); }

    QNetworkAccessManager m_nam;
    Sandbox m_shared; // --orders 2500, no rate limit: the read-only tests share it
};

bool tst_SandboxServer::start(Sandbox *sandbox, const QStringList &arguments) {
    sandbox->process.setProgram(sandboxProgram());
    sandbox->process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} +
                                  arguments);
    sandbox->process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy output(&sandbox->process, &QProcess::readyReadStandardOutput);
    sandbox->process.start(QIODevice::ReadOnly);
    if (!sandbox->process.waitForStarted(kWaitMs)) {
        qWarning() << "cannot start" << sandbox->process.program()
                   << sandbox->process.errorString();
        return false;
    }
    while (!sandbox->process.canReadLine()) {
        if (sandbox->process.state() != QProcess::Running || !output.wait(kWaitMs)) {
            qWarning() << "no listening line; stderr:" << sandbox->process.readAllStandardError();
            return false;
        }
    }
    sandbox->firstLine = sandbox->process.readLine().trimmed();
    const QByteArray prefix = QByteArrayLiteral("listening on ");
    if (!sandbox->firstLine.startsWith(prefix))
        return false;
    sandbox->baseUrl = QUrl(QString::fromLatin1(sandbox->firstLine.mid(prefix.size())));
    return sandbox->baseUrl.isValid();
}

Response tst_SandboxServer::send(const QByteArray &verb, const QUrl &url, const QByteArray &key,
                                 const QByteArray &body, const QSslConfiguration *ssl) {
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-DC-DEVKEY"), key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (ssl)
        request.setSslConfiguration(*ssl);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    if (!reply->isFinished() && !finished.wait(kWaitMs)) {
        reply->abort();
        response.error = QNetworkReply::TimeoutError;
    } else {
        response.error = reply->error();
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
    response.body = reply->readAll();
    reply->deleteLater();
    return response;
}

void tst_SandboxServer::initTestCase() {
    // Loopback only: never let an environment proxy see these requests.
    m_nam.setProxy(QNetworkProxy::NoProxy);
    QVERIFY2(QFile::exists(sandboxProgram()), qPrintable(sandboxProgram()));
    QVERIFY(start(&m_shared,
                  kCommonArgs + QStringList{QStringLiteral("--orders"), QStringLiteral("2500"),
                                            QStringLiteral("--no-rate-limit")}));
}

void tst_SandboxServer::announcesListeningUrl() {
    const QRegularExpression pattern(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/services/v2/$"));
    const auto match = pattern.match(QString::fromLatin1(m_shared.firstLine));
    QVERIFY2(match.hasMatch(), m_shared.firstLine.constData());
    QVERIFY(match.captured(1).toInt() > 0);
}

void tst_SandboxServer::usageErrorsExitWithTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("flag");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("abc")}
                          << QStringLiteral("--port");
    QTest::newRow("orders") << QStringList{QStringLiteral("--orders"), QStringLiteral("200001")}
                            << QStringLiteral("--orders");
    QTest::newRow("tls without dir")
        << QStringList{QStringLiteral("--tls")} << QStringLiteral("--state-dir");
    QTest::newRow("rate") << QStringList{QStringLiteral("--rate-short"), QStringLiteral("5")}
                          << QStringLiteral("--rate-short");
    QTest::newRow("now") << QStringList{QStringLiteral("--now"), QStringLiteral("2026-02-30")}
                         << QStringLiteral("--now");
    QTest::newRow("key") << QStringList{QStringLiteral("--key"), QStringLiteral("has space")}
                         << QStringLiteral("--key");
}

void tst_SandboxServer::usageErrorsExitWithTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, flag);
    QProcess process;
    process.start(sandboxProgram(), arguments);
    QVERIFY(process.waitForFinished(kWaitMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains(flag.toLatin1()), err.constData());
    QVERIFY(!err.contains("has space")); // keys are never echoed
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void tst_SandboxServer::rejectsMissingOrWrongKey_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong") << QByteArrayLiteral("not-a-registered-key");
    QTest::newRow("demo key not registered when --key given")
        << QByteArrayLiteral("demo-admin-key");
}

void tst_SandboxServer::rejectsMissingOrWrongKey() {
    QFETCH(QByteArray, key);
    const Response r = get(m_shared.api(QStringLiteral("user/me")), key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.errorCode(), QStringLiteral("access_denied|access_denied_invalid_key"));
    QVERIFY(!r.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void tst_SandboxServer::unknownRouteAndWrongMethod() {
    Response r = get(m_shared.api(QStringLiteral("no/such/route")));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(r.errorCode(), QStringLiteral("not_found|route"));

    r = send("POST", m_shared.api(QStringLiteral("user/me")), kKey, QByteArrayLiteral("{}"));
    QCOMPARE(r.status, 405);
    QCOMPARE(r.errorCode(), QStringLiteral("method_not_allowed"));
}

void tst_SandboxServer::userMe() {
    const Response r = get(m_shared.api(QStringLiteral("user/me")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject me = r.json();
    QCOMPARE(me.value(QStringLiteral("id")).toInt(), 1001);
    QCOMPARE(me.value(QStringLiteral("username")).toString(), QStringLiteral("ada.admin"));
    QCOMPARE(me.value(QStringLiteral("account_id")).toInt(), 5150001);
    QCOMPARE(me.value(QStringLiteral("email")).toString(), QStringLiteral("ada.admin@example.com"));
    QCOMPARE(me.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject container = me.value(QStringLiteral("container")).toObject();
    QCOMPARE(container.value(QStringLiteral("id")).toInt(), 100);
    QCOMPARE(container.value(QStringLiteral("parent_id")).toInt(), 0);
    QCOMPARE(container.value(QStringLiteral("is_active")).toBool(), true);
    const QJsonArray roles = me.value(QStringLiteral("access_roles")).toArray();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.at(0).toObject(),
             (QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), "Administrator"}}));
}

void tst_SandboxServer::listPagesThroughAllOrders() {
    QSet<int> ids;
    const int expectedSizes[] = {1000, 1000, 500};
    for (int page = 0; page < 3; ++page) {
        const Response r = get(m_shared.api(QStringLiteral("order/certificate"),
                                            QStringLiteral("offset=%1").arg(page * 1000)));
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        const QJsonObject pageInfo = json.value(QStringLiteral("page")).toObject();
        QCOMPARE(pageInfo.value(QStringLiteral("total")).toInt(), 2500);
        QCOMPARE(pageInfo.value(QStringLiteral("limit")).toInt(), 1000);
        QCOMPARE(pageInfo.value(QStringLiteral("offset")).toInt(), page * 1000);
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        QCOMPARE(orders.size(), expectedSizes[page]);
        for (const auto &value : orders)
            ids.insert(value.toObject().value(QStringLiteral("id")).toInt());
    }
    QCOMPARE(ids.size(), 2500);
    QVERIFY(ids.contains(100001));
    QVERIFY(ids.contains(102500));

    // Default order is by id, ascending.
    const Response small =
        get(m_shared.api(QStringLiteral("order/certificate"), QStringLiteral("limit=2&offset=10")));
    const QJsonArray two = small.json().value(QStringLiteral("orders")).toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0).toObject().value(QStringLiteral("id")).toInt(), 100011);
    QCOMPARE(two.at(1).toObject().value(QStringLiteral("id")).toInt(), 100012);
}

void tst_SandboxServer::listRejectsBadParameters_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001")
                                << QStringLiteral("invalid_value|limit");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("invalid_value|limit");
    QTest::newRow("limit text") << QStringLiteral("limit=ten")
                                << QStringLiteral("invalid_value|limit");
    QTest::newRow("offset negative")
        << QStringLiteral("offset=-1") << QStringLiteral("invalid_value|offset");
    QTest::newRow("status") << QStringLiteral("filters[status]=bogus")
                            << QStringLiteral("invalid_value|filters[status]");
    QTest::newRow("sort") << QStringLiteral("sort=price") << QStringLiteral("invalid_value|sort");
    QTest::newRow("product") << QStringLiteral("filters[product_name_id]=ssl_nope")
                             << QStringLiteral("invalid_value|filters[product_name_id]");
    QTest::newRow("organization") << QStringLiteral("filters[organization_id]=abc")
                                  << QStringLiteral("invalid_value|filters[organization_id]");
    QTest::newRow("container") << QStringLiteral("filters[container_id]=-4")
                               << QStringLiteral("invalid_value|filters[container_id]");
    QTest::newRow("valid_till text") << QStringLiteral("filters[valid_till]=soon")
                                     << QStringLiteral("invalid_value|filters[valid_till]");
    QTest::newRow("valid_till reversed")
        << QStringLiteral("filters[valid_till]=2027-02-01...2027-01-01")
        << QStringLiteral("invalid_value|filters[valid_till]");
}

void tst_SandboxServer::listRejectsBadParameters() {
    QFETCH(QString, query);
    QFETCH(QString, code);
    const Response r = get(m_shared.api(QStringLiteral("order/certificate"), query));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void tst_SandboxServer::listFiltersByStatus() {
    int sum = 0;
    // The documented filter values (certcentral-docs.md 3.2): issued also matches expired
    // orders, and expired is no filter value of its own.
    const Response expiredFilter = get(m_shared.api(QStringLiteral("order/certificate"),
                                                    QStringLiteral("filters[status]=expired")));
    QCOMPARE(expiredFilter.status, 400);
    QCOMPARE(expiredFilter.errorCode(), QStringLiteral("invalid_value|filters[status]"));
    const QStringList statuses = {
        QStringLiteral("pending"),       QStringLiteral("issued"),
        QStringLiteral("revoked"),       QStringLiteral("rejected"),
        QStringLiteral("canceled"),      QStringLiteral("reissue_pending"),
        QStringLiteral("waiting_pickup")};
    int expiredSeen = 0;
    for (const QString &status : statuses) {
        const Response r = get(m_shared.api(QStringLiteral("order/certificate"),
                                            QStringLiteral("filters[status]=") + status));
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        const int total =
            json.value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt();
        QVERIFY2(total > 0, qPrintable(status));
        sum += total;
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        for (const auto &value : orders) {
            const QJsonObject order = value.toObject();
            const QString orderStatus = order.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("issued") && orderStatus == QLatin1String("expired"))
                ++expiredSeen;
            else
                QCOMPARE(orderStatus, status);
            const QJsonObject cert = order.value(QStringLiteral("certificate")).toObject();
            const bool noValidity =
                status == QLatin1String("pending") || status == QLatin1String("rejected") ||
                status == QLatin1String("canceled") || status == QLatin1String("waiting_pickup");
            QCOMPARE(cert.contains(QStringLiteral("valid_till")), !noValidity);
            QCOMPARE(cert.contains(QStringLiteral("days_remaining")), !noValidity);
            if (orderStatus == QLatin1String("expired")) {
                QVERIFY(cert.value(QStringLiteral("valid_till")).toString() <
                        QStringLiteral("2026-03-04"));
                QCOMPARE(cert.value(QStringLiteral("days_remaining")).toInt(-1), 0);
            }
            const QString product = order.value(QStringLiteral("product_name_id")).toString();
            const bool dv = product.contains(QLatin1String("_dv_"));
            QCOMPARE(order.contains(QStringLiteral("organization")), !dv);
        }
    }
    QCOMPARE(sum, 2500);
    QVERIFY(expiredSeen > 0);
}

void tst_SandboxServer::listSearches() {
    // Take a real name from the data, then search for part of it in upper case.
    const Response first = get(m_shared.api(QStringLiteral("order/certificate"),
                                            QStringLiteral("filters[status]=issued&limit=50")));
    QString needle;
    const QJsonArray candidates = first.json().value(QStringLiteral("orders")).toArray();
    for (const auto &value : candidates) {
        const QString name = value.toObject()
                                 .value(QStringLiteral("certificate"))
                                 .toObject()
                                 .value(QStringLiteral("common_name"))
                                 .toString();
        if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1Char('*'))) {
            // Part of a name (its first letter left off), in upper case: no name is exactly that.
            needle = name.mid(1).toUpper();
            break;
        }
    }
    QVERIFY(!needle.isEmpty());

    // A leading %25 makes the search "contains" (certcentral-docs.md 4).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters[search]"), QStringLiteral("%25") + needle);
    const Response r = get(m_shared.api(QStringLiteral("order/certificate"), query.toString()));
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    const int total =
        json.value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt();
    QVERIFY(total > 0);
    QVERIFY(total < 2500);
    const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
    for (const auto &value : orders) {
        const QJsonObject cert = value.toObject().value(QStringLiteral("certificate")).toObject();
        QStringList names = cert.value(QStringLiteral("dns_names")).toVariant().toStringList();
        names << cert.value(QStringLiteral("common_name")).toString();
        QVERIFY2(names.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive),
                 qPrintable(names.join(QLatin1Char(' '))));
    }

    // Without %25 the search is exact: part of a name finds nothing, the whole name finds it.
    const QString whole = orders.at(0)
                              .toObject()
                              .value(QStringLiteral("certificate"))
                              .toObject()
                              .value(QStringLiteral("common_name"))
                              .toString();
    QUrlQuery part;
    part.addQueryItem(QStringLiteral("filters[search]"), needle);
    QVERIFY(whole.compare(needle, Qt::CaseInsensitive) != 0);
    QCOMPARE(get(m_shared.api(QStringLiteral("order/certificate"), part.toString()))
                 .json()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    QUrlQuery exact;
    exact.addQueryItem(QStringLiteral("filters[search]"), whole.toUpper());
    const QJsonArray same = get(m_shared.api(QStringLiteral("order/certificate"), exact.toString()))
                                .json()
                                .value(QStringLiteral("orders"))
                                .toArray();
    QVERIFY(!same.isEmpty());
    for (const auto &value : same)
        QCOMPARE(value.toObject()
                     .value(QStringLiteral("certificate"))
                     .toObject()
                     .value(QStringLiteral("common_name"))
                     .toString(),
                 whole);
}

void tst_SandboxServer::listSortsByValidTill() {
    for (const bool descending : {false, true}) {
        const Response r = get(m_shared.api(
            QStringLiteral("order/certificate"),
            QStringLiteral("sort=%1valid_till").arg(descending ? QStringLiteral("-") : QString())));
        QCOMPARE(r.status, 200);
        const QJsonArray orders = r.json().value(QStringLiteral("orders")).toArray();
        QCOMPARE(orders.size(), 1000);
        QString previous;
        int previousId = 0;
        for (const auto &value : orders) {
            const QJsonObject order = value.toObject();
            const QString till = order.value(QStringLiteral("certificate"))
                                     .toObject()
                                     .value(QStringLiteral("valid_till"))
                                     .toString();
            QVERIFY(!till.isEmpty()); // orders without an end date come last
            const int id = order.value(QStringLiteral("id")).toInt();
            if (!previous.isEmpty()) {
                QVERIFY(descending ? till <= previous : till >= previous);
                if (till == previous)
                    QVERIFY(id > previousId); // ties by ascending id
            }
            previous = till;
            previousId = id;
        }
    }
}

void tst_SandboxServer::listFiltersByProductOrganizationContainer() {
    // Take the values from an OV order, then ask for each filter and all of them together.
    const Response first = get(m_shared.api(QStringLiteral("order/certificate"),
                                            QStringLiteral("filters[status]=issued&limit=200")));
    QJsonObject sample;
    const QJsonArray candidates = first.json().value(QStringLiteral("orders")).toArray();
    for (const auto &value : candidates)
        if (value.toObject().contains(QStringLiteral("organization")))
            sample = value.toObject();
    QVERIFY(!sample.isEmpty());
    const QString product = sample.value(QStringLiteral("product_name_id")).toString();
    const int organization =
        sample.value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toInt();
    const int container =
        sample.value(QStringLiteral("container")).toObject().value(QStringLiteral("id")).toInt();

    QStringList problems;
    const auto check = [this, &problems](const QString &query, const QString &key,
                                         const QString &inner, const QVariant &expected) {
        const Response r = get(m_shared.api(QStringLiteral("order/certificate"), query));
        const QJsonObject json = r.json();
        const int total =
            json.value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt();
        if (r.status != 200 || total <= 0 || total >= 2500)
            problems
                << QStringLiteral("%1: status %2, total %3").arg(query).arg(r.status).arg(total);
        const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
        for (const auto &value : orders) {
            QJsonValue field = value.toObject().value(key);
            if (!inner.isEmpty())
                field = field.toObject().value(inner);
            if (field.toVariant().toString() != expected.toString())
                problems << QStringLiteral("%1: order %2 has %3")
                                .arg(query)
                                .arg(value.toObject().value(QStringLiteral("id")).toInt())
                                .arg(field.toVariant().toString());
        }
        return total;
    };
    const int byProduct = check(QStringLiteral("filters[product_name_id]=") + product,
                                QStringLiteral("product_name_id"), QString(), product);
    const int byOrganization =
        check(QStringLiteral("filters[organization_id]=%1").arg(organization),
              QStringLiteral("organization"), QStringLiteral("id"), organization);
    const int byContainer = check(QStringLiteral("filters[container_id]=%1").arg(container),
                                  QStringLiteral("container"), QStringLiteral("id"), container);
    const int all = check(QStringLiteral("filters[product_name_id]=%1&filters[organization_id]=%2&"
                                         "filters[container_id]=%3&filters[status]=issued")
                              .arg(product)
                              .arg(organization)
                              .arg(container),
                          QStringLiteral("product_name_id"), QString(), product);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(all <= qMin(byProduct, qMin(byOrganization, byContainer)));

    // An id that exists nowhere matches nothing (it is not an error).
    const Response none = get(m_shared.api(QStringLiteral("order/certificate"),
                                           QStringLiteral("filters[organization_id]=999999")));
    QCOMPARE(none.status, 200);
    QCOMPARE(
        none.json().value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt(),
        0);
}

void tst_SandboxServer::listFiltersByValidTill_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("from"); // inclusive, empty: open
    QTest::addColumn<QString>("to");
    QTest::newRow("range") << QStringLiteral("2027-01-01...2027-01-31")
                           << QStringLiteral("2027-01-01") << QStringLiteral("2027-01-31");
    QTest::newRow("after") << QStringLiteral(">2027-06-30") << QStringLiteral("2027-07-01")
                           << QString();
    QTest::newRow("before") << QStringLiteral("<2026-12-01") << QString()
                            << QStringLiteral("2026-11-30");
    QTest::newRow("day") << QStringLiteral("2027-01-15") << QStringLiteral("2027-01-15")
                         << QStringLiteral("2027-01-15");
}

void tst_SandboxServer::listFiltersByValidTill() {
    QFETCH(QString, filter);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filters[valid_till]"),
                       QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    const Response r = get(m_shared.api(QStringLiteral("order/certificate"), query.toString()));
    QCOMPARE(r.status, 200);
    const QJsonObject json = r.json();
    const int total =
        json.value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt();
    QVERIFY(total > 0);
    QVERIFY(total < 2500);
    const QJsonArray orders = json.value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), qMin(total, 1000));
    for (const auto &value : orders) {
        const QString till = value.toObject()
                                 .value(QStringLiteral("certificate"))
                                 .toObject()
                                 .value(QStringLiteral("valid_till"))
                                 .toString();
        QVERIFY(!till.isEmpty()); // orders that show no end date never match
        if (!from.isEmpty())
            QVERIFY2(till >= from, qPrintable(till));
        if (!to.isEmpty())
            QVERIFY2(till <= to, qPrintable(till));
    }
}

void tst_SandboxServer::emptyPageOmitsOrders() {
    Response r =
        get(m_shared.api(QStringLiteral("order/certificate"), QStringLiteral("offset=2500")));
    QCOMPARE(r.status, 200);
    QJsonObject json = r.json();
    QVERIFY(!json.contains(QStringLiteral("orders")));
    QCOMPARE(json.value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt(),
             2500);

    r = get(m_shared.api(QStringLiteral("order/certificate"),
                         QStringLiteral("filters[search]=no-such-name-anywhere")));
    json = r.json();
    QCOMPARE(json.keys(), QStringList{QStringLiteral("page")});
    QCOMPARE(json.value(QStringLiteral("page")).toObject(),
             (QJsonObject{{QStringLiteral("total"), 0},
                          {QStringLiteral("limit"), 1000},
                          {QStringLiteral("offset"), 0}}));
}

void tst_SandboxServer::orderInfo() {
    const Response list = get(m_shared.api(
        QStringLiteral("order/certificate"),
        QStringLiteral("filters[status]=issued&filters[search]=%25example.com&limit=1")));
    const QJsonObject summary =
        list.json().value(QStringLiteral("orders")).toArray().at(0).toObject();
    const int id = summary.value(QStringLiteral("id")).toInt();
    QVERIFY(id > 100000);

    const Response r = get(m_shared.api(QStringLiteral("order/certificate/%1").arg(id)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json"));
    const QJsonObject info = r.json();
    QCOMPARE(info.value(QStringLiteral("id")).toInt(), id);
    // filters[status]=issued also finds expired orders.
    const QString status = info.value(QStringLiteral("status")).toString();
    QVERIFY2(status == QLatin1String("issued") || status == QLatin1String("expired"),
             qPrintable(status));
    const QJsonObject cert = info.value(QStringLiteral("certificate")).toObject();
    QCOMPARE(cert.value(QStringLiteral("common_name")), summary.value(QStringLiteral("certificate"))
                                                            .toObject()
                                                            .value(QStringLiteral("common_name")));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{32}$"))
                .match(cert.value(QStringLiteral("serial_number")).toString())
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{40}$"))
                .match(cert.value(QStringLiteral("thumbprint")).toString())
                .hasMatch());
    QVERIFY(cert.contains(QStringLiteral("valid_from")));
    QVERIFY(cert.contains(QStringLiteral("date_created")));
    QVERIFY(cert.contains(QStringLiteral("key_size")));
    QCOMPARE(cert.value(QStringLiteral("server_platform"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             -1);
    const int years = info.value(QStringLiteral("order_validity"))
                          .toObject()
                          .value(QStringLiteral("years"))
                          .toInt();
    QVERIFY(years >= 1 && years <= 3);
    QVERIFY(!info.value(QStringLiteral("product"))
                 .toObject()
                 .value(QStringLiteral("validation_type"))
                 .toString()
                 .isEmpty());
    QCOMPARE(info.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInt(),
             1001);
    const QJsonArray requests = info.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));
    QCOMPARE(info.value(QStringLiteral("payment_method")).toString(), QStringLiteral("balance"));
    QVERIFY(info.value(QStringLiteral("price")).toString().contains(QLatin1Char('.')));
}

void tst_SandboxServer::orderInfoNotFound_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown") << QStringLiteral("999999");
    QTest::newRow("past the last") << QStringLiteral("102501");
    QTest::newRow("not a number") << QStringLiteral("abc");
}

void tst_SandboxServer::orderInfoNotFound() {
    QFETCH(QString, id);
    const Response r = get(m_shared.api(QStringLiteral("order/certificate/") + id));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found|order"));
}

void tst_SandboxServer::statusChanges() {
    Response r = get(m_shared.api(QStringLiteral("order/certificate/status-changes"),
                                  QStringLiteral("minutes=10080")));
    QCOMPARE(r.status, 200);
    const QJsonArray changed = r.json().value(QStringLiteral("orders")).toArray();
    QVERIFY(!changed.isEmpty()); // about 1% of 2500 orders changed in the last week
    QVERIFY(changed.size() < 250);
    const QJsonObject entry = changed.at(0).toObject();
    QVERIFY(entry.value(QStringLiteral("order_id")).toInt() > 100000);
    QVERIFY(entry.value(QStringLiteral("certificate_id")).toInt() > 200000);
    QVERIFY(!entry.value(QStringLiteral("status")).toString().isEmpty());

    r = get(m_shared.api(QStringLiteral("order/certificate/status-changes"),
                         QStringLiteral("minutes=10081")));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("time_frame_too_long"));

    for (const QString &bad :
         {QStringLiteral("minutes=0"), QStringLiteral("minutes=abc"), QString()}) {
        r = get(m_shared.api(QStringLiteral("order/certificate/status-changes"), bad));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|minutes"));
    }
}

void tst_SandboxServer::sameSeedGivesSameBytes() {
    const QStringList args =
        kCommonArgs + QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                  QStringLiteral("--orders"), QStringLiteral("300")};
    Sandbox a;
    Sandbox b;
    Sandbox other;
    QVERIFY(start(&a, args));
    QVERIFY(start(&b, args));
    QVERIFY(start(&other,
                  kCommonArgs + QStringList{QStringLiteral("--seed"), QStringLiteral("8"),
                                            QStringLiteral("--orders"), QStringLiteral("300")}));
    const QString list = QStringLiteral("order/certificate");
    const QString info = QStringLiteral("order/certificate/100123");
    const Response listA = get(a.api(list, QStringLiteral("sort=-date_created")));
    const Response listB = get(b.api(list, QStringLiteral("sort=-date_created")));
    QCOMPARE(listA.status, 200);
    QVERIFY(listA.body.size() > 10000);
    QCOMPARE(listA.body, listB.body);
    QCOMPARE(get(a.api(info)).body, get(b.api(info)).body);
    QVERIFY(get(other.api(list, QStringLiteral("sort=-date_created"))).body != listA.body);
}

void tst_SandboxServer::rateLimitRejectsPastShortWindow() {
    Sandbox sandbox;
    QVERIFY(start(&sandbox, kCommonArgs + QStringList{QStringLiteral("--rate-short"),
                                                      QStringLiteral("5/60")}));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(get(sandbox.api(QStringLiteral("user/me"))).status, 200);
    const Response r = get(sandbox.api(QStringLiteral("user/me")));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), QStringLiteral("request_limit_exceeded"));
    QCOMPARE(r.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString(),
             QStringLiteral("Service unavailable, please limit request volume"));
}

void tst_SandboxServer::faultFailNextThenRecovers() {
    Sandbox sandbox;
    QVERIFY(start(&sandbox, kCommonArgs));
    Response r = send("POST", sandbox.faults(), QByteArray(),
                      QByteArrayLiteral(R"({"fail_next": {"status": 503, "count": 2}})"));
    QCOMPARE(r.status, 204);
    r = get(sandbox.faults(), QByteArray());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()
                 .value(QStringLiteral("fail_next"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);

    for (int i = 0; i < 2; ++i) {
        r = get(sandbox.api(QStringLiteral("user/me")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("service_unavailable"));
    }
    QCOMPARE(get(sandbox.api(QStringLiteral("user/me"))).status, 200);

    // A bad setting is refused and changes nothing.
    r = send("POST", sandbox.faults(), QByteArray(),
             QByteArrayLiteral(R"({"fail_next": {"status": 418}})"));
    QCOMPARE(r.status, 400);
    QCOMPARE(get(sandbox.api(QStringLiteral("user/me"))).status, 200);
    QCOMPARE(send("DELETE", sandbox.faults(), QByteArray()).status, 204);
}

void tst_SandboxServer::faultCloseNextDropsConnection() {
    Sandbox sandbox;
    QVERIFY(start(&sandbox, kCommonArgs));
    // QNetworkAccessManager silently resends an idempotent request once when a reused
    // connection closes before any reply, so arm enough closes to see the failure.
    QCOMPARE(send("POST", sandbox.faults(), QByteArray(), QByteArrayLiteral(R"({"close_next": 3})"))
                 .status,
             204);
    const Response r = get(sandbox.api(QStringLiteral("user/me")));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(send("DELETE", sandbox.faults(), QByteArray()).status, 204);
    QCOMPARE(get(sandbox.api(QStringLiteral("user/me"))).status, 200);
}

void tst_SandboxServer::httpsWithGeneratedCa() {
    QTemporaryDir state;
    QVERIFY(state.isValid());
    const QString dir = state.filePath(QStringLiteral("tls"));
    Sandbox sandbox;
    QVERIFY(start(&sandbox, kCommonArgs + QStringList{QStringLiteral("--tls"),
                                                      QStringLiteral("--state-dir"), dir}));
    QCOMPARE(sandbox.baseUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(sandbox.baseUrl.host(), QStringLiteral("127.0.0.1"));
    for (const char *name : {"ca.pem", "server.pem", "server-key.pem"})
        QVERIFY2(QFile::exists(QDir(dir).filePath(QLatin1String(name))), name);
    QCOMPARE(QFile::permissions(QDir(dir).filePath(QStringLiteral("server-key.pem"))) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // Without the sandbox CA the handshake must fail: verification is really on. This runs
    // first because QNetworkAccessManager reuses an established connection whatever the
    // configuration of a later request.
    const QSslConfiguration systemOnly = QSslConfiguration::defaultConfiguration();
    Response r =
        send("GET", sandbox.api(QStringLiteral("user/me")), kKey, QByteArray(), &systemOnly);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    m_nam.clearConnectionCache();

    const QList<QSslCertificate> ca =
        QSslCertificate::fromPath(QDir(dir).filePath(QStringLiteral("ca.pem")));
    QCOMPARE(ca.size(), 1);
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(ca);
    r = send("GET", sandbox.api(QStringLiteral("user/me")), kKey, QByteArray(), &trusting);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toInt(), 1001);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
