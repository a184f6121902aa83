// certdesk-sandbox orders end to end: demo keys and roles, products and containers, placing DV,
// OV/EV and code-signing orders with the seed documents' example bodies, every documented order
// validation error, approvals, cancellation, alternative order ids and X.509 downloads checked
// against the CSR's key. Only a plain QNetworkAccessManager and OpenSSL; no client code.

#include "SandboxHarness.h"

#include <QCryptographicHash>
#include <QTest>

using sbx::Response;

namespace {

const QByteArray kAdmin = QByteArrayLiteral("demo-admin-key");
const QByteArray kManager = QByteArrayLiteral("demo-manager-key");
const QByteArray kFinance = QByteArrayLiteral("demo-finance-key");
const QByteArray kUser = QByteArrayLiteral("demo-user-key");
const QByteArray kLimited = QByteArrayLiteral("demo-limited-key");
const QByteArray kViewOnly = QByteArrayLiteral("demo-viewonly-key");
const QStringList kArgs = {QStringLiteral("--now"),           QStringLiteral("2026-03-04"),
                           QStringLiteral("--orders"),        QStringLiteral("300"),
                           QStringLiteral("--no-rate-limit"), QStringLiteral("--auto-complete")};

QJsonObject parse(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// The DV example of the "Order DV SSL" page (section 3.1), with a real CSR.
QJsonObject dvExample(const QString &csr) {
    QJsonObject body = parse(R"({
      "certificate": {"common_name": "example.com",
                      "dns_names": ["sub.example.com", "log.example.com"],
                      "csr": "<csr>", "server_platform": {"id": 2}},
      "custom_expiration_date": "", "comments": "Message for the approver.",
      "container": {"id": 100}, "custom_renewal_message": "Renew me.",
      "skip_approval": true, "disable_ct": 0, "order_validity": {"years": 1},
      "custom_fields": [{"metadata_id": 12, "value": "Invoice #12345"}],
      "payment_method": "balance", "dcv_method": "email",
      "dcv_emails": [
        {"dns_name": "example.com", "email_domain": "example.com", "email": "admin@example.com"},
        {"dns_name": "sub.example.com", "email_domain": "example.com", "email": "jim.smith@example.com"},
        {"dns_name": "log.example.com", "email_domain": "example.com", "email": "it@example.com"}],
      "locale": "en",
      "technical_contact": {"first_name": "Jim", "last_name": "Smith", "telephone": "555-555-5555",
                            "job_title": "IT Admin", "email": "jim.smith@example.com"}})");
    QJsonObject cert = body.value(QStringLiteral("certificate")).toObject();
    cert.insert(QStringLiteral("csr"), csr);
    body.insert(QStringLiteral("certificate"), cert);
    return body;
}

// The OV/EV example of the lifecycle page (section 3.2), its missing comma restored. The seed's
// container 93288 does not exist in the sandbox; EMEA (101) stands in.
QJsonObject ovExample(const QString &csr) {
    QJsonObject body = parse(R"({
      "certificate": {"common_name": "example.com", "dns_names": ["sub.example.com", "app.example.com"],
                      "csr": "<csr>", "server_platform": {"id": 45}, "signature_hash": "sha256",
                      "organization_units": ["Accounting department"]},
      "validity_years": 2, "comments": "Message for the approver",
      "disable_renewal_notifications": true, "locale": "en",
      "dcv_emails": [
        {"dns_name": "example.com", "email_domain": "example.com", "email": "hostname@example.com"},
        {"dns_name": "sub.example.com", "email_domain": "example.com", "email": "admin@example.com"},
        {"dns_name": "app.example.com", "email_domain": "example.com", "email": "admin@example.com"}],
      "payment_method": "balance",
      "organization": {"name": "Epigyne Unwieldiness llc", "assumed_name": "Epigyne Unwieldiness",
        "country": "us", "address": "932 Prospect Street", "address2": "Floor 08",
        "city": "Minneapolis", "state": "mn", "zip": "40849", "telephone": "666-186-6450",
        "container": {"id": 101},
        "organization_contact": {"first_name": "Gia", "last_name": "Booth",
          "job_title": "Clinical Laboratory Technician", "email": "gia.booth@inbox.com",
          "telephone": "666-186-6450", "telephone_extension": "736"}},
      "custom_fields": [{"metadata_id": 11, "value": "Invoice #00001"}]})");
    QJsonObject cert = body.value(QStringLiteral("certificate")).toObject();
    cert.insert(QStringLiteral("csr"), csr);
    body.insert(QStringLiteral("certificate"), cert);
    return body;
}

// The code-signing examples (section 3.3): organization 12345 and user 12345 become the
// sandbox's organization 3001 and user 1001.
QJsonObject codeSigningExample(const QString &method) {
    QJsonObject body = parse(R"({
      "certificate": {"signature_hash": "sha256"}, "order_validity": {"years": 1},
      "organization": {"id": 3001, "contacts": [{"contact_type": "verified_contact", "user_id": 1001}]},
      "skip_approval": true})");
    body.insert(QStringLiteral("cs_provisioning_method"), method);
    if (method == QLatin1String("ship_token"))
        body.insert(QStringLiteral("ship_info"),
                    parse(R"({"name": "John Doe", "addr1": "360 Taylor Street", "addr2": "Floor 74",
                              "city": "Richmond", "state": "va", "zip": "69662", "country": "us",
                              "method": "EXPEDITED"})"));
    return body;
}

QJsonObject withCertificateField(QJsonObject body, const QString &key, const QJsonValue &value) {
    QJsonObject cert = body.value(QStringLiteral("certificate")).toObject();
    if (value.isUndefined())
        cert.remove(key);
    else
        cert.insert(key, value);
    body.insert(QStringLiteral("certificate"), cert);
    return body;
}

QJsonObject card(const QString &number, int month, int year, const QJsonValue &cvv) {
    return {{QStringLiteral("payment_method"), QStringLiteral("card")},
            {QStringLiteral("credit_card"),
             QJsonObject{{QStringLiteral("number"), number},
                         {QStringLiteral("expiration_month"), month},
                         {QStringLiteral("expiration_year"), year},
                         {QStringLiteral("cvv"), cvv},
                         {QStringLiteral("cardholder_name"), QStringLiteral("Jim Smith")}}},
            {QStringLiteral("billing_address"),
             QJsonObject{{QStringLiteral("address"), QStringLiteral("1 Main Street")},
                         {QStringLiteral("city"), QStringLiteral("Lehi")},
                         {QStringLiteral("state"), QStringLiteral("Utah")},
                         {QStringLiteral("zip"), QStringLiteral("84043")},
                         {QStringLiteral("country"), QStringLiteral("us")}}}};
}

QJsonObject merged(QJsonObject base, const QJsonObject &extra) {
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

class tst_SandboxOrders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void demoKeysHaveTheirRoles_data();
    void demoKeysHaveTheirRoles();
    void keyFlagTakesARole();
    void keyFlagRefusesUnknownRole();
    void productsAndContainers();

    void dvSeedExampleIssuesForTheCsrKey();
    void downloadsInEveryFormat();
    void ovSeedExampleNeedsApproval();
    void codeSigningSeedExamples_data();
    void codeSigningSeedExamples();
    void orderErrors_data();
    void orderErrors();

    void approvalDependsOnRole_data();
    void approvalDependsOnRole();
    void requestQueue();
    void rejectingANewOrderRefunds();
    void limitedUserSeesOnlyOwnOrders();
    void viewOnlyKeyCannotWrite();
    void alternativeOrderIdLookup();
    void uniqueAlternativeOrderIds();
    void insufficientFunds();
    void cancelPendingOrder();
    void customFieldsAreListedAndEnforced();
    void statusChangesShowNewIssues();
    void seededCertificateDownloadsLazily();
    void downloadErrors();

private:
    Response createOrder(const QString &product, const QJsonObject &body,
                         const QByteArray &key = kAdmin) {
        return m_http.post(m_sb.api(QStringLiteral("order/certificate/") + product), key, body);
    }
    QJsonObject orderInfo(int id, const QByteArray &key = kAdmin) {
        return m_http.get(m_sb.api(QStringLiteral("order/certificate/%1").arg(id)), key).json();
    }
    QString balance(int container) {
        return m_http
            .get(m_sb.api(QStringLiteral("finance/balance"),
                          QStringLiteral("container_id=%1").arg(container)),
                 kAdmin)
            .json()
            .value(QStringLiteral("balance"))
            .toString();
    }

    sbx::Sandbox m_sb;
    sbx::Http m_http;
    sbx::Csr m_csr;
};

void tst_SandboxOrders::initTestCase() {
    QVERIFY2(QFile::exists(sbx::sandboxProgram()), qPrintable(sbx::sandboxProgram()));
    QVERIFY(m_sb.start(kArgs));
    m_csr = sbx::makeCsr(2048);
    QVERIFY(!m_csr.pem.isEmpty());
}

void tst_SandboxOrders::demoKeysHaveTheirRoles_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("userId");
    QTest::addColumn<int>("role");
    // The Glossary's access role ids.
    QTest::newRow("admin") << kAdmin << 1001 << 1;
    QTest::newRow("manager") << kManager << 1002 << 4;
    QTest::newRow("finance") << kFinance << 1003 << 3;
    QTest::newRow("user") << kUser << 1004 << 5;
    QTest::newRow("limited") << kLimited << 1005 << 2;
    QTest::newRow("view only") << kViewOnly << 1006 << 1;
}

void tst_SandboxOrders::demoKeysHaveTheirRoles() {
    QFETCH(QByteArray, key);
    QFETCH(int, userId);
    QFETCH(int, role);
    const Response r = m_http.get(m_sb.api(QStringLiteral("user/me")), key);
    QCOMPARE(r.status, 200);
    const QJsonObject me = r.json();
    QCOMPARE(me.value(QStringLiteral("id")).toInt(), userId);
    // {id, name} only, as documented; a key's restriction is not shown.
    const QJsonObject first = me.value(QStringLiteral("access_roles")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInt(), role);
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name")}));
    QVERIFY(!me.contains(QStringLiteral("api_key_access_role")));
}

void tst_SandboxOrders::keyFlagTakesARole() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--orders"), QStringLiteral("10"),
                           QStringLiteral("--key"), QStringLiteral("first:manager"),
                           QStringLiteral("--key"), QStringLiteral("second")}));
    Response r = m_http.get(sandbox.api(QStringLiteral("user/me")), "first");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("id")).toInt(), 1001);
    QCOMPARE(r.json()
                 .value(QStringLiteral("access_roles"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             4);
    r = m_http.get(sandbox.api(QStringLiteral("user/me")), "second");
    QCOMPARE(r.json().value(QStringLiteral("id")).toInt(), 1002);
    QCOMPARE(r.json()
                 .value(QStringLiteral("access_roles"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             1);
    // Demo keys are not registered once --key is given.
    QCOMPARE(m_http.get(sandbox.api(QStringLiteral("user/me")), kManager).status, 403);
}

void tst_SandboxOrders::keyFlagRefusesUnknownRole() {
    QProcess process;
    process.start(sbx::sandboxProgram(), {QStringLiteral("--key"), QStringLiteral("sekrit:boss")});
    QVERIFY(process.waitForFinished(sbx::kWaitMs));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("--key"), err.constData());
    QVERIFY(!err.contains("sekrit"));
    QVERIFY(!err.contains("boss"));
}

void tst_SandboxOrders::productsAndContainers() {
    Response r = m_http.get(m_sb.api(QStringLiteral("product")), kUser);
    QCOMPARE(r.status, 200);
    const QJsonArray products = r.json().value(QStringLiteral("products")).toArray();
    QCOMPARE(products.size(), 13);
    QStringList ids;
    for (const QJsonValue &p : products)
        ids << p.toObject().value(QStringLiteral("name_id")).toString();
    for (const char *id :
         {"ssl_dv_geotrust", "ssl_dv_rapidssl", "wildcard_dv_geotrust", "wildcard_dv_rapidssl",
          "cloud_dv_geotrust", "ssl_basic", "ssl_plus", "ssl_ev_basic", "ssl_ev_plus",
          "ssl_securesite_flex", "ssl_ev_securesite_flex", "code_signing", "code_signing_ev"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);

    r = m_http.get(m_sb.api(QStringLiteral("product/wildcard_dv_geotrust")), kUser);
    QCOMPARE(r.status, 200);
    const QJsonObject info = r.json();
    QCOMPARE(info.value(QStringLiteral("allowed_order_validity_years")).toArray(),
             (QJsonArray{1, 2, 3}));
    // Product info's documented fields: validation_type upper case, group_name (1.2).
    QCOMPARE(info.value(QStringLiteral("validation_type")).toString(), QStringLiteral("DV"));
    QCOMPARE(info.value(QStringLiteral("group_name")).toString(),
             QStringLiteral("dv_ssl_certificate"));
    QCOMPARE(info.value(QStringLiteral("additional_dns_names_allowed")).toBool(true), false);
    QVERIFY(!info.contains(QStringLiteral("price_per_year")));
    // The list has no validation_type (1.1).
    for (const QJsonValue &p : products)
        QVERIFY(!p.toObject().contains(QStringLiteral("validation_type")));

    r = m_http.get(m_sb.api(QStringLiteral("product/ssl_nope")), kUser);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found|product"));

    r = m_http.get(m_sb.api(QStringLiteral("container")), kUser);
    QCOMPARE(r.json().value(QStringLiteral("containers")).toArray().size(), 5);
    r = m_http.get(m_sb.api(QStringLiteral("container/104")), kUser);
    QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Research Labs"));
    QCOMPARE(m_http.get(m_sb.api(QStringLiteral("container/999")), kUser).errorCode(),
             QStringLiteral("not_found|container"));
}

void tst_SandboxOrders::dvSeedExampleIssuesForTheCsrKey() {
    const QString before = balance(100);
    const Response r = createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    // An administrator skipping approval with e-mail DCV: {"id", "certificate_id"}.
    QCOMPARE(created.keys(), (QStringList{QStringLiteral("certificate_id"), QStringLiteral("id")}));
    const int id = created.value(QStringLiteral("id")).toInt();
    const int certificateId = created.value(QStringLiteral("certificate_id")).toInt();

    const QJsonObject info = orderInfo(id);
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(info.value(QStringLiteral("price")).toString(), QStringLiteral("125.00"));
    QCOMPARE(info.value(QStringLiteral("order_validity")).toObject(), (QJsonObject{{"years", 1}}));
    QCOMPARE(info.value(QStringLiteral("dcv_method")).toString(), QStringLiteral("email"));
    QCOMPARE(info.value(QStringLiteral("custom_fields")).toArray().size(), 1);
    const QJsonObject cert = info.value(QStringLiteral("certificate")).toObject();
    QCOMPARE(cert.value(QStringLiteral("id")).toInt(), certificateId);
    QCOMPARE(cert.value(QStringLiteral("server_platform")).toObject().value("name").toString(),
             QStringLiteral("Apache"));
    QCOMPARE(cert.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2026-03-04"));
    // 199 days at most since 24 February 2026, whatever the order's year.
    QCOMPARE(cert.value(QStringLiteral("valid_till")).toString(), QStringLiteral("2026-09-19"));
    QVERIFY(cert.value(QStringLiteral("csr")).toString().contains("BEGIN CERTIFICATE REQUEST"));

    // Paid from the balance: 125.00 less in the root container.
    const qint64 beforeCents = qRound64(before.toDouble() * 100);
    QCOMPARE(qRound64(balance(100).toDouble() * 100), beforeCents - 12500);

    // The certificate is real: the CSR's key, the ordered names, chained to the sandbox CA.
    const Response pem = m_http.get(
        m_sb.api(QStringLiteral("certificate/%1/download/format/pem_all").arg(certificateId)),
        kAdmin);
    QCOMPARE(pem.status, 200);
    QCOMPARE(pem.contentType, QByteArrayLiteral("application/x-pem-file"));
    const QList<QByteArray> chain = sbx::pemCertificates(pem.body);
    QCOMPARE(chain.size(), 3);
    QCOMPARE(sbx::certificatePublicKey(chain.at(0)), m_csr.publicKeyDer);
    QCOMPARE(sbx::certificateDnsNames(chain.at(0)),
             (QStringList{QStringLiteral("example.com"), QStringLiteral("sub.example.com"),
                          QStringLiteral("log.example.com")}));
    QVERIFY(sbx::signedBy(chain.at(0), chain.at(1)));
    QVERIFY(sbx::signedBy(chain.at(1), chain.at(2)));
    QVERIFY(sbx::signedBy(chain.at(2), chain.at(2)));
    QCOMPARE(sbx::serialHex(chain.at(0)), cert.value(QStringLiteral("serial_number")).toString());
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(chain.at(0), QCryptographicHash::Sha1).toHex().toUpper()),
             cert.value(QStringLiteral("thumbprint")).toString());
}

void tst_SandboxOrders::downloadsInEveryFormat() {
    const sbx::Csr csr = sbx::makeCsr(256, "shop.example.net");
    QJsonObject body = dvExample(csr.pemString());
    body = withCertificateField(body, QStringLiteral("common_name"),
                                QStringLiteral("shop.example.net"));
    body = withCertificateField(body, QStringLiteral("dns_names"), QJsonArray());
    body.remove(QStringLiteral("dcv_emails"));
    const Response r = createOrder(QStringLiteral("ssl_dv_rapidssl"), body);
    QCOMPARE(r.status, 201);
    const int orderId = r.json().value(QStringLiteral("id")).toInt();
    const int certificateId = r.json().value(QStringLiteral("certificate_id")).toInt();
    auto download = [&](const QString &path) {
        return m_http.get(m_sb.api(path), kAdmin);
    };

    // The Glossary's formats (certcentral-docs.md 5.9): every certificate PEM-encoded.
    Response leaf = download(
        QStringLiteral("certificate/%1/download/format/pem_nointermediate").arg(certificateId));
    QCOMPARE(leaf.contentType, QByteArrayLiteral("application/x-pem-file"));
    QCOMPARE(sbx::pemCertificates(leaf.body).size(), 1);
    QCOMPARE(sbx::certificatePublicKey(leaf.body), csr.publicKeyDer);

    for (const char *format : {"p7b", "cer"}) {
        Response p7b = download(QStringLiteral("certificate/%1/download/format/%2")
                                    .arg(certificateId)
                                    .arg(QLatin1String(format)));
        QCOMPARE(p7b.contentType, QByteArrayLiteral("application/x-pkcs7-certificates"));
        QVERIFY2(p7b.body.startsWith("-----BEGIN PKCS7-----"), p7b.body.left(40).constData());
        QCOMPARE(sbx::pkcs7CertificateCount(p7b.body), 3);
    }
    // pem and der are not formats CertCentral has.
    for (const char *format : {"pem", "der", "nginx"})
        QCOMPARE(download(QStringLiteral("certificate/%1/download/format/%2")
                              .arg(certificateId)
                              .arg(QLatin1String(format)))
                     .status,
                 400);

    Response noRoot =
        download(QStringLiteral("certificate/%1/download/format/pem_noroot").arg(certificateId));
    QCOMPARE(sbx::pemCertificates(noRoot.body).size(), 2);

    // Platform 2 is Apache: a zip with the certificate and the intermediate.
    Response platform =
        download(QStringLiteral("certificate/%1/download/platform").arg(certificateId));
    QCOMPARE(platform.status, 200);
    QCOMPARE(platform.contentType, QByteArrayLiteral("application/zip"));
    QVERIFY(platform.body.startsWith("PK\x03\x04"));
    QVERIFY(platform.body.contains("shop_example_net.crt"));
    QVERIFY(platform.body.contains("SandboxCA.crt"));

    for (const char *format : {"default", "apache", "default_pem", "default_cer", "cer", "p7b",
                               "pem_all", "pem_noroot", "pem_nointermediate"}) {
        const Response z = download(QStringLiteral("certificate/download/order/%1/format/%2")
                                        .arg(orderId)
                                        .arg(QLatin1String(format)));
        QVERIFY2(z.status == 200 && !z.body.isEmpty(), format);
    }
    const Response byOrder = download(QStringLiteral("certificate/download/order/%1").arg(orderId));
    QCOMPARE(byOrder.body, platform.body);
}

void tst_SandboxOrders::ovSeedExampleNeedsApproval() {
    const Response r = createOrder(QStringLiteral("ssl_basic"), ovExample(m_csr.pemString()));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    const int id = created.value(QStringLiteral("id")).toInt();
    QVERIFY(created.value(QStringLiteral("certificate_id")).toInt() > 0);
    // No skip_approval: the request waits for an approver.
    const QJsonArray requests = created.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("pending"));
    // A new organization was created, and OV/EV orders list their domains.
    const int orgId = created.value(QStringLiteral("organization"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInt();
    QVERIFY(orgId > 3030);
    const QJsonArray domains = created.value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 3);
    QCOMPARE(domains.at(1).toObject().value(QStringLiteral("dns_name")).toString(),
             QStringLiteral("sub.example.com"));
    QCOMPARE(orderInfo(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(orderInfo(id).value(QStringLiteral("price")).toString(), QStringLiteral("436.00"));

    const int requestId = requests.at(0).toObject().value(QStringLiteral("id")).toInt();
    const Response approve =
        m_http.put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)), kManager,
                   {{"status", "approved"}, {"processor_comment", "Your request is approved."}});
    QCOMPARE(approve.status, 204);
    const QJsonObject info = orderInfo(id);
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(info.value(QStringLiteral("organization")).toObject().value("name").toString(),
             QStringLiteral("Epigyne Unwieldiness llc"));
    const Response org = m_http.get(m_sb.api(QStringLiteral("organization/%1").arg(orgId)), kAdmin);
    QCOMPARE(org.json().value(QStringLiteral("container")).toObject().value("id").toInt(), 101);
}

void tst_SandboxOrders::codeSigningSeedExamples_data() {
    QTest::addColumn<QString>("method");
    QTest::newRow("ship_token") << QStringLiteral("ship_token");
    QTest::newRow("client_app") << QStringLiteral("client_app");
    QTest::newRow("email (HSM)") << QStringLiteral("email");
    QTest::newRow("keylocker") << QStringLiteral("keylocker");
}

void tst_SandboxOrders::codeSigningSeedExamples() {
    QFETCH(QString, method);
    QJsonObject body = codeSigningExample(method);
    sbx::Csr csr;
    if (method == QLatin1String("email")) {
        csr = sbx::makeCsr(3072, "Example Corp");
        body = withCertificateField(body, QStringLiteral("csr"), csr.pemString());
        body =
            withCertificateField(body, QStringLiteral("server_platform"), QJsonObject{{"id", -1}});
    } else if (method == QLatin1String("client_app")) {
        body =
            withCertificateField(body, QStringLiteral("server_platform"), QJsonObject{{"id", 23}});
    }
    const Response r = createOrder(QStringLiteral("code_signing"), body);
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json();
    QCOMPARE(created.value(QStringLiteral("requests")).toArray().at(0).toObject().value("status"),
             QJsonValue(QStringLiteral("approved")));
    const int certificateId = created.value(QStringLiteral("certificate_id")).toInt();
    QVERIFY(certificateId > 0);
    const QJsonObject info = orderInfo(created.value(QStringLiteral("id")).toInt());
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(info.value(QStringLiteral("cs_provisioning_method")).toString(), method);
    const bool token =
        method == QLatin1String("ship_token") || method == QLatin1String("client_app");
    QCOMPARE(info.contains(QStringLiteral("hardware_init_code")), token);
    QCOMPARE(info.value(QStringLiteral("certificate")).toObject().value("common_name").toString(),
             QStringLiteral("Example Corp"));

    const Response der = m_http.get(
        m_sb.api(
            QStringLiteral("certificate/%1/download/format/pem_nointermediate").arg(certificateId)),
        kAdmin);
    QCOMPARE(der.status, 200);
    if (method == QLatin1String("email"))
        QCOMPARE(sbx::certificatePublicKey(der.body), csr.publicKeyDer);
    QVERIFY(sbx::certificateDnsNames(der.body).isEmpty());
}

void tst_SandboxOrders::orderErrors_data() {
    QTest::addColumn<QString>("product");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString csr = m_csr.pemString();
    const QJsonObject dv = dvExample(csr);
    const QJsonObject ov = ovExample(csr);
    auto row = [](const char *name, const QString &product, const QJsonObject &body, int status,
                  const char *code) {
        QTest::newRow(name) << product << QJsonDocument(body).toJson(QJsonDocument::Compact)
                            << status << QString::fromLatin1(code);
    };
    const QString geo = QStringLiteral("ssl_dv_geotrust");
    QTest::newRow("not JSON") << geo << QByteArrayLiteral("{\"certificate\": ") << 400
                              << QStringLiteral("invalid_json");
    row("unknown product", QStringLiteral("ssl_nope"), dv, 404, "not_found|product");
    QJsonObject b = dv;
    b.remove(QStringLiteral("certificate"));
    row("no certificate", geo, b, 400, "missing_param|certificate");
    row("no common name", geo,
        withCertificateField(dv, QStringLiteral("common_name"), QJsonValue::Undefined), 400,
        "missing_param|certificate.common_name");
    row("bad common name", geo, withCertificateField(dv, QStringLiteral("common_name"), "exa mple"),
        400, "invalid_value|certificate.common_name");
    row("no csr", geo, withCertificateField(dv, QStringLiteral("csr"), QJsonValue::Undefined), 400,
        "missing_param|certificate.csr");
    row("garbage csr", geo, withCertificateField(dv, QStringLiteral("csr"), "not a csr"), 400,
        "invalid_csr");
    row("csr signature", geo,
        withCertificateField(dv, QStringLiteral("csr"),
                             sbx::makeCsr(2048, "example.com", true).pemString()),
        400, "invalid_csr|signature");
    row("csr 1024 bits", geo,
        withCertificateField(dv, QStringLiteral("csr"), sbx::makeCsr(1024).pemString()), 400,
        "invalid_csr|key_size");
    b = dv;
    b.remove(QStringLiteral("dcv_method"));
    row("DV without dcv_method", geo, b, 400, "missing_param|dcv_method");
    b = dv;
    b.insert(QStringLiteral("dcv_method"), QStringLiteral("dns\u2011txt\u2011token"));
    row("non-breaking hyphens", geo, b, 400, "invalid_value|dcv_method");
    b = withCertificateField(dv, QStringLiteral("common_name"), QStringLiteral("*.example.com"));
    b.insert(QStringLiteral("dcv_method"), QStringLiteral("http-token"));
    b.remove(QStringLiteral("dcv_emails"));
    row("http-token on a wildcard", QStringLiteral("wildcard_dv_geotrust"), b, 400,
        "invalid_value|dcv_method");
    b = dv;
    b.remove(QStringLiteral("dcv_emails"));
    row("wildcard product, plain name", QStringLiteral("wildcard_dv_rapidssl"), b, 400,
        "invalid_value|certificate.common_name");
    b = dv;
    b.remove(QStringLiteral("order_validity"));
    row("no validity", geo, b, 400, "missing_param|order_validity");
    b = dv;
    b.insert(QStringLiteral("order_validity"), QJsonObject{{"years", 4}});
    row("four-year plan", geo, b, 400, "invalid_value|order_validity.years");
    b = dv;
    b.insert(QStringLiteral("order_validity"),
             QJsonObject{{"custom_expiration_date", "2027-06-09"}});
    row("order date in the wrong format", geo, b, 400,
        "invalid_value|order_validity.custom_expiration_date");
    b = dv;
    b.remove(QStringLiteral("order_validity"));
    b.insert(QStringLiteral("custom_expiration_date"), QStringLiteral("09 JUN 2027"));
    row("root date in the wrong format", geo, b, 400, "invalid_value|custom_expiration_date");
    row("certificate past 397 days", geo,
        withCertificateField(dv, QStringLiteral("cert_validity"), QJsonObject{{"days", 398}}), 400,
        "invalid_value|certificate.cert_validity.days");
    row("basic constraints option", geo,
        withCertificateField(dv, QStringLiteral("profile_option"),
                             QStringLiteral("basic_constraints_critical_true")),
        400, "invalid_profile_option");
    row("non-repudiation option", geo,
        withCertificateField(dv, QStringLiteral("profile_option"),
                             QStringLiteral("non_repudiation")),
        400, "profile_option_not_allowed");
    b = dv;
    b.insert(QStringLiteral("alternative_order_id"), QString(65, QLatin1Char('a')));
    row("alternative id too long", geo, b, 400, "invalid_value|alternative_order_id");
    b.insert(QStringLiteral("alternative_order_id"), QStringLiteral("certdesk-0001"));
    row("alternative id with a hyphen", geo, b, 400, "invalid_value|alternative_order_id");
    b = dv;
    b.insert(QStringLiteral("payment_method"), QStringLiteral("cash"));
    row("payment method", geo, b, 400, "invalid_value|payment_method");
    row("declined test card", geo, merged(dv, card("4000000000000002", 12, 2030, 333)), 402,
        "card_declined");
    row("card number fails Luhn", geo, merged(dv, card("4000000000000001", 12, 2030, 333)), 400,
        "invalid_value|credit_card.number");
    row("expired card", geo, merged(dv, card("4242424242424242", 1, 2026, 333)), 400,
        "card_expired");
    row("two-digit CVV", geo, merged(dv, card("4242424242424242", 12, 2030, 12)), 400,
        "invalid_value|credit_card.cvv");
    b = dv;
    b.insert(QStringLiteral("dcv_emails"),
             QJsonArray{QJsonObject{{"dns_name", "example.com"},
                                    {"email_domain", "example.com"},
                                    {"email", "admin@other.example"}}});
    row("dcv e-mail elsewhere", geo, b, 400, "invalid_value|dcv_emails[0].email");
    b = dv;
    b.insert(QStringLiteral("container"), QJsonObject{{"id", 999}});
    row("unknown container", geo, b, 400, "invalid_value|container.id");
    b = dv;
    b.insert(
        QStringLiteral("organization_contact"),
        QJsonObject{{"first_name", "Jane"}, {"last_name", "Doe"}, {"email", "jane@example.com"}});
    row("DV with an order-level organization contact", geo, b, 400,
        "invalid_value|organization_contact");
    b = ov;
    b.remove(QStringLiteral("organization"));
    row("OV without organization", QStringLiteral("ssl_basic"), b, 400,
        "missing_param|organization");
    b = ov;
    b.insert(QStringLiteral("organization"), QJsonObject{{"id", 9999}});
    row("OV with an unknown organization", QStringLiteral("ssl_basic"), b, 400,
        "invalid_value|organization.id");
    b = ov;
    QJsonObject org = b.value(QStringLiteral("organization")).toObject();
    org.insert(QStringLiteral("name"), QString(40, QLatin1Char('N')));
    org.insert(QStringLiteral("assumed_name"), QString(22, QLatin1Char('A')));
    b.insert(QStringLiteral("organization"), org);
    row("names past 61 characters", QStringLiteral("ssl_basic"), b, 400,
        "invalid_value|organization.assumed_name");
    QJsonArray contacts;
    for (int i = 0; i < 31; ++i)
        contacts.append(QJsonObject{{"contact_type", "verified_contact"},
                                    {"first_name", "Vera"},
                                    {"last_name", QStringLiteral("Contact %1").arg(i)},
                                    {"email", QStringLiteral("vera%1@example.com").arg(i)},
                                    {"job_title", "CFO"},
                                    {"telephone", "555-0199"}});
    b = ov;
    b.insert(QStringLiteral("organization"), QJsonObject{{"id", 3001}, {"contacts", contacts}});
    row("31 new verified contacts", QStringLiteral("ssl_ev_basic"), b, 400,
        "too_many_verified_contacts");
    QJsonObject cs = codeSigningExample(QStringLiteral("ship_token"));
    row("code signing CSR without HSM", QStringLiteral("code_signing"),
        withCertificateField(cs, QStringLiteral("csr"), sbx::makeCsr(3072).pemString()), 400,
        "invalid_value|certificate.csr");
    row("HSM without CSR", QStringLiteral("code_signing"),
        codeSigningExample(QStringLiteral("email")), 400, "missing_param|certificate.csr");
    row("HSM key too small", QStringLiteral("code_signing_ev"),
        withCertificateField(codeSigningExample(QStringLiteral("email")), QStringLiteral("csr"),
                             csr),
        400, "invalid_csr|key_size");
    row("code signing without hash", QStringLiteral("code_signing"),
        withCertificateField(cs, QStringLiteral("signature_hash"), QJsonValue::Undefined), 400,
        "missing_param|certificate.signature_hash");
}

void tst_SandboxOrders::orderErrors() {
    QFETCH(QString, product);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Response r =
        m_http.send("POST", m_sb.api(QStringLiteral("order/certificate/") + product), kAdmin, body);
    QVERIFY2(r.status == status, r.describe().constData());
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.json()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void tst_SandboxOrders::approvalDependsOnRole_data() {
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("admin") << kAdmin << false;
    QTest::newRow("manager") << kManager << false;
    QTest::newRow("finance manager") << kFinance << true;
    QTest::newRow("standard user") << kUser << true;
    QTest::newRow("limited user") << kLimited << true;
}

void tst_SandboxOrders::approvalDependsOnRole() {
    QFETCH(QByteArray, key);
    QFETCH(bool, needsApproval);
    const Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), key);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().contains(QStringLiteral("requests")), needsApproval);
    const QJsonObject info = orderInfo(r.json().value(QStringLiteral("id")).toInt(), key);
    QCOMPARE(info.value(QStringLiteral("status")).toString(),
             needsApproval ? QStringLiteral("pending") : QStringLiteral("issued"));
    QCOMPARE(info.value(QStringLiteral("requests")).toArray().at(0).toObject().value("status"),
             QJsonValue(needsApproval ? QStringLiteral("pending") : QStringLiteral("approved")));
}

void tst_SandboxOrders::requestQueue() {
    const Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), kUser);
    const int orderId = r.json().value(QStringLiteral("id")).toInt();
    const int requestId = r.json()
                              .value(QStringLiteral("requests"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInt();
    // The approver's queue lists it; the requester sees only their own requests.
    Response list = m_http.get(m_sb.api(QStringLiteral("request"),
                                        QStringLiteral("filters[status]=pending&sort=-id&limit=5")),
                               kManager);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QStringLiteral("requests")).toArray().at(0).toObject().value("id"),
             QJsonValue(requestId));
    list = m_http.get(m_sb.api(QStringLiteral("request")), kUser);
    for (const QJsonValue &v : list.json().value(QStringLiteral("requests")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("requester")).toObject().value("id").toInt(),
                 1004);
    QCOMPARE(m_http
                 .get(m_sb.api(QStringLiteral("request"), QStringLiteral("filters[status]=old")),
                      kManager)
                 .errorCode(),
             QStringLiteral("invalid_value|filters[status]"));

    Response info = m_http.get(m_sb.api(QStringLiteral("request/%1").arg(requestId)), kManager);
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QStringLiteral("type")).toString(), QStringLiteral("new_request"));
    QVERIFY(info.json()
                .value(QStringLiteral("order"))
                .toObject()
                .value(QStringLiteral("certificate"))
                .toObject()
                .value(QStringLiteral("csr"))
                .toString()
                .contains("CERTIFICATE REQUEST"));
    QCOMPARE(m_http.get(m_sb.api(QStringLiteral("request/999999999")), kManager).errorCode(),
             QStringLiteral("not_found|request"));

    // A standard user cannot approve, not even their own request.
    Response approve = m_http.put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)),
                                  kUser, {{"status", "approved"}});
    QCOMPARE(approve.status, 403);
    QCOMPARE(approve.errorCode(), QStringLiteral("access_denied|missing_permission"));
    approve = m_http.put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)), kManager,
                         {{"status", "maybe"}});
    QCOMPARE(approve.errorCode(), QStringLiteral("invalid_value|status"));
    approve = m_http.put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)), kAdmin,
                         {{"status", "approved"}, {"processor_comment", "Fine."}});
    QCOMPARE(approve.status, 204);
    QCOMPARE(orderInfo(orderId).value(QStringLiteral("status")).toString(),
             QStringLiteral("issued"));
    info = m_http.get(m_sb.api(QStringLiteral("request/%1").arg(requestId)), kManager);
    QCOMPARE(info.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(info.json().value(QStringLiteral("processor")).toObject().value("id").toInt(), 1001);
    QCOMPARE(info.json().value(QStringLiteral("processor_comment")).toString(),
             QStringLiteral("Fine."));
    approve = m_http.put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)), kAdmin,
                         {{"status", "rejected"}});
    QCOMPARE(approve.status, 400);
    QCOMPARE(approve.errorCode(), QStringLiteral("invalid_request_status"));
}

void tst_SandboxOrders::rejectingANewOrderRefunds() {
    const QString before = balance(100);
    const Response r =
        createOrder(QStringLiteral("ssl_dv_rapidssl"), dvExample(m_csr.pemString()), kFinance);
    QCOMPARE(r.status, 201);
    QVERIFY(balance(100) != before);
    const int requestId =
        r.json().value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInt();
    QCOMPARE(m_http
                 .put(m_sb.api(QStringLiteral("request/%1/status").arg(requestId)), kAdmin,
                      {{"status", "rejected"}, {"processor_comment", "Wrong product."}})
                 .status,
             204);
    QCOMPARE(orderInfo(r.json().value(QStringLiteral("id")).toInt())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(balance(100), before);
}

void tst_SandboxOrders::limitedUserSeesOnlyOwnOrders() {
    const Response all = m_http.get(m_sb.api(QStringLiteral("order/certificate")), kAdmin);
    const int everyone =
        all.json().value(QStringLiteral("page")).toObject().value(QStringLiteral("total")).toInt();
    const Response created =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), kLimited);
    QCOMPARE(created.status, 201);
    const int mine = created.json().value(QStringLiteral("id")).toInt();

    const Response own = m_http.get(m_sb.api(QStringLiteral("order/certificate")), kLimited);
    QCOMPARE(own.status, 200);
    const QJsonArray orders = own.json().value(QStringLiteral("orders")).toArray();
    QVERIFY(!orders.isEmpty());
    QVERIFY(orders.size() < everyone);
    bool found = false;
    for (const QJsonValue &v : orders) {
        const int id = v.toObject().value(QStringLiteral("id")).toInt();
        found = found || id == mine;
        QCOMPARE(
            orderInfo(id, kLimited).value(QStringLiteral("user")).toObject().value("id").toInt(),
            1005);
    }
    QVERIFY(found);
    // Someone else's order is invisible.
    const Response other =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/100002")), kLimited);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), QStringLiteral("not_found|order"));
}

void tst_SandboxOrders::viewOnlyKeyCannotWrite() {
    QCOMPARE(m_http
                 .get(m_sb.api(QStringLiteral("order/certificate"), QStringLiteral("limit=5")),
                      kViewOnly)
                 .status,
             200);
    Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), kViewOnly);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
    r = m_http.put(m_sb.api(QStringLiteral("order/certificate/100001/status")), kViewOnly,
                   {{"status", "canceled"}, {"note", "no"}});
    QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
    r = m_http.del(m_sb.api(QStringLiteral("domain/5001")), kViewOnly);
    QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
}

void tst_SandboxOrders::alternativeOrderIdLookup() {
    QJsonObject body = dvExample(m_csr.pemString());
    body.insert(QStringLiteral("alternative_order_id"), QStringLiteral("certdesk0001"));
    const Response first = createOrder(QStringLiteral("ssl_dv_geotrust"), body);
    const Response second = createOrder(QStringLiteral("ssl_dv_geotrust"), body);
    QCOMPARE(second.status, 201); // uniqueness is off by default
    const Response r = m_http.get(m_sb.api(QStringLiteral("order/alternate/certdesk0001")), kUser);
    QCOMPARE(r.status, 200);
    const QJsonArray orders = r.json().value(QStringLiteral("orders")).toArray();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("order_id")),
             first.json().value(QStringLiteral("id")));
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("certificate_id")),
             first.json().value(QStringLiteral("certificate_id")));
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("issued"));
    QCOMPARE(r.json().value(QStringLiteral("page")).toObject().value("total").toInt(), 2);
    QCOMPARE(orderInfo(first.json().value("id").toInt()).value("alternative_order_id").toString(),
             QStringLiteral("certdesk0001"));
    const Response none = m_http.get(m_sb.api(QStringLiteral("order/alternate/neverused")), kUser);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().keys(), QStringList{QStringLiteral("page")});
}

void tst_SandboxOrders::uniqueAlternativeOrderIds() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start(kArgs + QStringList{QStringLiteral("--unique-alternative-order-ids")}));
    QJsonObject body = dvExample(m_csr.pemString());
    body.insert(QStringLiteral("alternative_order_id"), QStringLiteral("nonce42"));
    const QUrl url = sandbox.api(QStringLiteral("order/certificate/ssl_dv_geotrust"));
    QCOMPARE(m_http.post(url, kAdmin, body).status, 201);
    const Response again = m_http.post(url, kAdmin, body);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("duplicate_alternative_order_id"));
}

void tst_SandboxOrders::insufficientFunds() {
    // APAC (103) has 1,200.50 plus a 1,000.00 negative limit, less 750.00 of unpaid invoices;
    // three years of Secure Site EV cost 2,985.00.
    const QString before = balance(103);
    QJsonObject body = ovExample(m_csr.pemString());
    body.insert(QStringLiteral("organization"), QJsonObject{{"id", 3001}});
    body.insert(QStringLiteral("container"), QJsonObject{{"id", 103}});
    body.insert(QStringLiteral("validity_years"), 3);
    const Response r = createOrder(QStringLiteral("ssl_ev_securesite_flex"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("insufficient_funds"));
    QCOMPARE(balance(103), before);
    // One year (995.00) fits and lowers the balance to 205.50.
    body.insert(QStringLiteral("validity_years"), 1);
    QCOMPARE(createOrder(QStringLiteral("ssl_ev_securesite_flex"), body).status, 201);
    QCOMPARE(balance(103), QStringLiteral("205.50"));
}

void tst_SandboxOrders::cancelPendingOrder() {
    const QString before = balance(100);
    const Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), kUser);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QUrl status = m_sb.api(QStringLiteral("order/certificate/%1/status").arg(id));
    Response c = m_http.put(status, kUser, {{"status", "canceled"}});
    QCOMPARE(c.errorCode(), QStringLiteral("missing_param|note"));
    c = m_http.put(status, kUser, {{"status", "revoked"}, {"note", "x"}});
    QCOMPARE(c.errorCode(), QStringLiteral("invalid_value|status"));
    // The seed (S3) spelling, upper case.
    c = m_http.put(status, kUser,
                   {{"status", "CANCELED"}, {"note", "Message about the cancellation."}});
    QCOMPARE(c.status, 204);
    QVERIFY(c.body.isEmpty());
    const QJsonObject info = orderInfo(id);
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    const int requestId =
        info.value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInt();
    const QJsonObject request =
        m_http.get(m_sb.api(QStringLiteral("request/%1").arg(requestId)), kAdmin).json();
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(request.value(QStringLiteral("processor_comment")).toString(),
             QStringLiteral("Message about the cancellation."));
    QCOMPARE(balance(100), before);
    c = m_http.put(status, kUser, {{"status", "canceled"}, {"note", "again"}});
    QCOMPARE(c.status, 400);
    QCOMPARE(c.errorCode(), QStringLiteral("invalid_order_status"));
}

void tst_SandboxOrders::statusChangesShowNewIssues() {
    const Response r = createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()));
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const Response changes = m_http.get(
        m_sb.api(QStringLiteral("order/certificate/status-changes"), QStringLiteral("minutes=5")),
        kAdmin);
    QCOMPARE(changes.status, 200);
    bool found = false;
    for (const QJsonValue &v : changes.json().value(QStringLiteral("orders")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("order_id")).toInt() == id) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
            QCOMPARE(o.value(QStringLiteral("certificate_id")), r.json().value("certificate_id"));
        }
    }
    QVERIFY(found);
}

void tst_SandboxOrders::seededCertificateDownloadsLazily() {
    const Response list = m_http.get(
        m_sb.api(QStringLiteral("order/certificate"),
                 QStringLiteral("filters[status]=issued&filters[search]=%25ssl&limit=1")),
        kAdmin);
    Response any = m_http.get(m_sb.api(QStringLiteral("order/certificate"),
                                       QStringLiteral("filters[status]=issued&limit=1")),
                              kAdmin);
    Q_UNUSED(list)
    const QJsonObject summary =
        any.json().value(QStringLiteral("orders")).toArray().at(0).toObject();
    const int id = summary.value(QStringLiteral("id")).toInt();
    const QJsonObject before = orderInfo(id).value(QStringLiteral("certificate")).toObject();
    const Response pem = m_http.get(
        m_sb.api(QStringLiteral("certificate/download/order/%1/format/pem_nointermediate").arg(id)),
        kAdmin);
    QCOMPARE(pem.status, 200);
    const QByteArray der = sbx::pemCertificates(pem.body).value(0);
    QVERIFY(!der.isEmpty());
    QCOMPARE(sbx::serialHex(der), before.value(QStringLiteral("serial_number")).toString());
    const QVariantList names = before.value(QStringLiteral("dns_names")).toArray().toVariantList();
    QStringList expected;
    for (const QVariant &n : names)
        expected << n.toString();
    if (!expected.isEmpty())
        QCOMPARE(sbx::certificateDnsNames(der), expected);
    // Once rendered, the thumbprint is the SHA-1 of the certificate.
    const QJsonObject after = orderInfo(id).value(QStringLiteral("certificate")).toObject();
    QCOMPARE(after.value(QStringLiteral("thumbprint")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper()));
}

void tst_SandboxOrders::downloadErrors() {
    const Response pending =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()), kUser);
    const int certificateId = pending.json().value(QStringLiteral("certificate_id")).toInt();
    Response r = m_http.get(
        m_sb.api(QStringLiteral("certificate/%1/download/format/pem_all").arg(certificateId)),
        kAdmin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("certificate_not_issued"));
    r = m_http.get(m_sb.api(QStringLiteral("certificate/999999999/download/format/pem_all")),
                   kAdmin);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found|certificate"));
    const Response issued =
        createOrder(QStringLiteral("ssl_dv_geotrust"), dvExample(m_csr.pemString()));
    r = m_http.get(m_sb.api(QStringLiteral("certificate/%1/download/format/jks")
                                .arg(issued.json().value("certificate_id").toInt())),
                   kAdmin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|format_type"));
}

QTEST_GUILESS_MAIN(tst_SandboxOrders)
#include "tst_sandboxorders.moc"

void tst_SandboxOrders::customFieldsAreListedAndEnforced() {
    const Response list = m_http.get(m_sb.api(QStringLiteral("account/metadata")), kUser);
    QCOMPARE(list.status, 200);
    const QJsonArray fields = list.json().value(QStringLiteral("metadata")).toArray();
    QVERIFY(fields.size() >= 2);
    // The seed examples' ids exist, so their bodies stay valid.
    QCOMPARE(fields.at(0).toObject().value(QStringLiteral("id")).toInt(), 11);
    QCOMPARE(fields.at(1).toObject().value(QStringLiteral("id")).toInt(), 12);

    const QUrl control = m_sb.control(QStringLiteral("custom-fields"));
    const QJsonObject definitions = parse(R"({"metadata":[
        {"id":21,"label":"Cost center","is_required":true,"is_active":true,"data_type":"text"},
        {"id":22,"label":"Ticket","is_required":false,"is_active":true,"data_type":"int"},
        {"id":23,"label":"Old","is_required":true,"is_active":false,"data_type":"text"}]})");
    QCOMPARE(m_http.post(control, kAdmin, definitions).status, 204);
    QCOMPARE(m_http.post(control, kAdmin, parse(R"({"metadata":[{"id":0}]})")).status, 400);

    QJsonObject body = dvExample(m_csr.pemString());
    body.remove(QStringLiteral("custom_fields"));
    Response r = createOrder(QStringLiteral("ssl_dv_geotrust"), body, kAdmin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("missing_param|custom_fields"));
    body.insert(QStringLiteral("custom_fields"),
                QJsonArray{QJsonObject{{"metadata_id", 21}, {"value", "CC-1"}},
                           QJsonObject{{"metadata_id", 22}, {"value", "twelve"}}});
    r = createOrder(QStringLiteral("ssl_dv_geotrust"), body, kAdmin);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|custom_fields[1].value"));
    body.insert(QStringLiteral("custom_fields"),
                QJsonArray{QJsonObject{{"metadata_id", 21}, {"value", "CC-1"}},
                           QJsonObject{{"metadata_id", 23}, {"value", "x"}}});
    r = createOrder(QStringLiteral("ssl_dv_geotrust"), body, kAdmin);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|custom_fields[1].metadata_id"));
    body.insert(QStringLiteral("custom_fields"),
                QJsonArray{QJsonObject{{"metadata_id", 21}, {"value", "CC-1"}},
                           QJsonObject{{"metadata_id", 22}, {"value", "12"}}});
    r = createOrder(QStringLiteral("ssl_dv_geotrust"), body, kAdmin);
    QVERIFY2(r.status == 201, r.describe().constData());

    // Back to the seeded definitions for the other tests.
    QCOMPARE(m_http.post(control, kAdmin, QJsonObject{{"metadata", fields}}).status, 204);
}
