// certdesk-sandbox state changes without --auto-complete: DCV by random value and e-mail with
// the control endpoint standing in for DNS, files and inboxes; organization validation;
// editing names; reissues and duplicates (the seeds' examples); revocation with approval, by
// serial number, with skip_approval and with key-compromise dates.

#include "SandboxHarness.h"

#include <QTest>

using sbx::Response;

namespace {

const QByteArray kAdmin = QByteArrayLiteral("demo-admin-key");
const QByteArray kManager = QByteArrayLiteral("demo-manager-key");
const QByteArray kUser = QByteArrayLiteral("demo-user-key");

QJsonObject dvOrder(const QString &csr, const QString &cn, const QStringList &sans,
                    const QString &method, bool skip = true) {
    return {{"certificate", QJsonObject{{"common_name", cn},
                                        {"dns_names", QJsonArray::fromStringList(sans)},
                                        {"csr", csr},
                                        {"server_platform", QJsonObject{{"id", 2}}}}},
            {"order_validity", QJsonObject{{"years", 1}}},
            {"dcv_method", method},
            {"skip_approval", skip}};
}

QJsonObject ovOrder(const QString &csr, const QString &cn, const QStringList &sans, int org) {
    return {{"certificate", QJsonObject{{"common_name", cn},
                                        {"dns_names", QJsonArray::fromStringList(sans)},
                                        {"csr", csr},
                                        {"signature_hash", "sha256"}}},
            {"validity_years", 1},
            {"organization", QJsonObject{{"id", org}}},
            {"skip_approval", true}};
}

} // namespace

class tst_SandboxLifecycle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void dnsTokenDcv();
    void httpTokenWithFqdnScope();
    void emailDcvAndResend();
    void changeDcvMethodAndRandomValue();
    void randomValueExpiresAfterThirtyDays();
    void editNamesOnPendingOrders();
    void ovWaitsForOrganizationValidation();

    void reissueSeedExample();
    void reissueNeedsApprovalAndCanBeCanceled();
    void duplicateSeedExample();
    void duplicateErrors();

    void revokeSeedExampleNeedsAnAdministrator();
    void revokeBySerialWithSkipApproval();
    void revokeErrors();
    void revocationAsDocumented();
    void wholeOrderRevocationWaitsForPendingOne();
    void deletedOrganizationBlocksReissueAndDuplicate();
    void codeSigningHasNoDcv();

private:
    Response createOrder(const QString &product, const QJsonObject &body,
                         const QByteArray &key = kAdmin) {
        return m_http.post(m_sb.api(QStringLiteral("order/certificate/") + product), key, body);
    }
    QJsonObject orderInfo(int id) {
        return m_http.get(m_sb.api(QStringLiteral("order/certificate/%1").arg(id)), kAdmin).json();
    }
    QString orderStatus(int id) { return orderInfo(id).value(QStringLiteral("status")).toString(); }
    Response put(const QString &path, const QJsonObject &body = {},
                 const QByteArray &key = kAdmin) {
        return m_http.put(m_sb.api(path), key, body);
    }
    int place(const QString &domain) {
        return m_http.send("POST", m_sb.control(QStringLiteral("dcv/") + domain), QByteArray())
            .status;
    }
    // An issued OV order on example.com (validated in the seed): {order id, certificate id}.
    QPair<int, int> issuedOrder(const QStringList &sans = {QStringLiteral("www.example.com")}) {
        const Response r =
            createOrder(QStringLiteral("ssl_basic"),
                        ovOrder(m_csr.pemString(), QStringLiteral("example.com"), sans, 3001));
        return {r.json().value(QStringLiteral("id")).toInt(),
                r.json().value(QStringLiteral("certificate_id")).toInt()};
    }
    QJsonObject certificateEntry(int orderId, const char *kind, int certificateId) {
        const Response r = m_http.get(
            m_sb.api(
                QStringLiteral("order/certificate/%1/%2").arg(orderId).arg(QLatin1String(kind))),
            kAdmin);
        for (const QJsonValue &v : r.json().value(QStringLiteral("certificates")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toInt() == certificateId)
                return v.toObject();
        }
        return QJsonObject();
    }

    sbx::Sandbox m_sb;
    sbx::Http m_http;
    sbx::Csr m_csr;
};

void tst_SandboxLifecycle::initTestCase() {
    QVERIFY(m_sb.start({QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                        QStringLiteral("--orders"), QStringLiteral("200"),
                        QStringLiteral("--no-rate-limit")}));
    m_csr = sbx::makeCsr(2048);
}

void tst_SandboxLifecycle::dnsTokenDcv() {
    const Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"),
                    dvOrder(m_csr.pemString(), QStringLiteral("shop.bluebird.test"),
                            {QStringLiteral("bluebird.test")}, QStringLiteral("dns-txt-token")));
    QCOMPARE(r.status, 201);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QString token = r.json().value(QStringLiteral("dcv_random_value")).toString();
    QCOMPARE(token.size(), 32);
    QCOMPARE(orderStatus(id), QStringLiteral("pending"));

    // DV: every pending name shows the name to validate (the base domain by default).
    Response v =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/validation").arg(id)), kAdmin);
    QCOMPARE(v.status, 200);
    QCOMPARE(v.json().value(QStringLiteral("order_id")).toString(), QString::number(id));
    QCOMPARE(v.json().value(QStringLiteral("order_name_scope")).toString(),
             QStringLiteral("base_domain"));
    QCOMPARE(v.json().value(QStringLiteral("risk_status")).toString(), QStringLiteral("passed"));
    const QJsonArray names = v.json().value(QStringLiteral("dns_name_validations")).toArray();
    QCOMPARE(names.size(), 2);
    for (const QJsonValue &n : names) {
        QCOMPARE(n.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unapproved"));
        QCOMPARE(n.toObject().value(QStringLiteral("name_scope")).toString(),
                 QStringLiteral("bluebird.test"));
        QCOMPARE(n.toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("dns-txt-token"));
    }
    QCOMPARE(names.at(0).toObject().value("dns_names").toArray(), QJsonArray{"shop.bluebird.test"});

    Response check = put(QStringLiteral("order/certificate/%1/check-dcv").arg(id));
    QCOMPARE(check.status, 400);
    QCOMPARE(check.errorCode(), QStringLiteral("invalid_dns_txt"));

    QCOMPARE(place(QStringLiteral("bluebird.test")), 204);
    QVERIFY(m_http.get(m_sb.control(QStringLiteral("dcv")), QByteArray())
                .json()
                .value(QStringLiteral("placed"))
                .toArray()
                .contains(QStringLiteral("bluebird.test")));
    check = put(QStringLiteral("order/certificate/%1/check-dcv").arg(id));
    QCOMPARE(check.status, 200);
    QCOMPARE(check.json().value(QStringLiteral("order_status")).toString(),
             QStringLiteral("issued"));
    QCOMPARE(check.json().value(QStringLiteral("dcv_status")).toString(), QStringLiteral("valid"));
    QCOMPARE(check.json().value(QStringLiteral("certificate_id")),
             r.json().value(QStringLiteral("certificate_id")));
    v = m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/validation").arg(id)), kAdmin);
    for (const QJsonValue &n : v.json().value(QStringLiteral("dns_name_validations")).toArray()) {
        QCOMPARE(n.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("approved"));
        // Every entry names its scope, as the documented example does.
        QVERIFY(n.toObject().contains(QStringLiteral("name_scope")));
    }
    // Validation is over: DCV calls are refused now.
    QCOMPARE(put(QStringLiteral("order/certificate/%1/check-dcv").arg(id)).errorCode(),
             QStringLiteral("invalid_order_status"));
}

void tst_SandboxLifecycle::httpTokenWithFqdnScope() {
    QJsonObject body =
        dvOrder(m_csr.pemString(), QStringLiteral("www.tinkerlab-shop.test"),
                {QStringLiteral("tinkerlab-shop.test")}, QStringLiteral("http-token"));
    body.insert(QStringLiteral("certificate_dcv_scope"), QStringLiteral("fqdn"));
    const Response r = createOrder(QStringLiteral("cloud_dv_geotrust"), body);
    QCOMPARE(r.status, 201);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    Response check = put(QStringLiteral("order/certificate/%1/check-dcv").arg(id));
    QCOMPARE(check.errorCode(), QStringLiteral("file_random_value_not_found"));
    // Under fqdn scope www.tinkerlab-shop.test is covered by tinkerlab-shop.test on the order.
    const Response v =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/validation").arg(id)), kAdmin);
    QCOMPARE(v.json().value(QStringLiteral("order_name_scope")).toString(), QStringLiteral("fqdn"));
    QCOMPARE(v.json()
                 .value(QStringLiteral("dns_name_validations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name_scope"))
                 .toString(),
             QStringLiteral("tinkerlab-shop.test"));
    QCOMPARE(place(QStringLiteral("tinkerlab-shop.test")), 204);
    check = put(QStringLiteral("order/certificate/%1/check-dcv").arg(id));
    QCOMPARE(check.status, 200);
    QCOMPARE(orderStatus(id), QStringLiteral("issued"));
}

void tst_SandboxLifecycle::emailDcvAndResend() {
    const Response r = createOrder(QStringLiteral("ssl_dv_rapidssl"),
                                   dvOrder(m_csr.pemString(), QStringLiteral("corner-books.test"),
                                           {}, QStringLiteral("email")));
    const int id = r.json().value(QStringLiteral("id")).toInt();
    QVERIFY(!r.json().contains(QStringLiteral("dcv_random_value")));
    QCOMPARE(put(QStringLiteral("order/certificate/%1/check-dcv").arg(id)).errorCode(),
             QStringLiteral("invalid_dcv_method"));
    QCOMPARE(put(QStringLiteral("order/certificate/%1/dcv-random-value").arg(id)).errorCode(),
             QStringLiteral("invalid_dcv_method"));
    Response resend = put(
        QStringLiteral("order/certificate/%1/resend-emails").arg(id),
        {{"domain_approval_emails", QJsonArray{QJsonObject{{"domain", "corner-books.test"},
                                                           {"email", "admin@corner-books.test"}}}},
         {"locale", "en"}});
    QCOMPARE(resend.status, 204);
    resend = put(
        QStringLiteral("order/certificate/%1/resend-emails").arg(id),
        {{"domain_approval_emails", QJsonArray{QJsonObject{{"domain", "corner-books.test"},
                                                           {"email", "admin@elsewhere.test"}}}}});
    QCOMPARE(resend.errorCode(), QStringLiteral("invalid_value|domain_approval_emails[0].email"));
    // The outbox holds the one accepted e-mail, not the refused one; without a list every name
    // gets its five constructed addresses.
    const auto sentTo = [&] {
        QStringList to;
        const QJsonArray emails = m_http.get(m_sb.control(QStringLiteral("dcv-emails")), {})
                                      .json()
                                      .value(QStringLiteral("emails"))
                                      .toArray();
        for (const QJsonValue &e : emails)
            if (e[QStringLiteral("order_id")].toInteger() == id)
                to << e[QStringLiteral("email")].toString();
        return to;
    };
    QCOMPARE(sentTo(), QStringList{QStringLiteral("admin@corner-books.test")});
    QCOMPARE(put(QStringLiteral("order/certificate/%1/resend-emails").arg(id)).status, 204);
    QCOMPARE(sentTo().size(), 6);
    QVERIFY(sentTo().contains(QStringLiteral("postmaster@corner-books.test")));
    QCOMPARE(orderStatus(id), QStringLiteral("pending"));
    // The approval e-mail is "clicked": the order issues without a check.
    QCOMPARE(place(QStringLiteral("corner-books.test")), 204);
    QCOMPARE(orderStatus(id), QStringLiteral("issued"));
}

void tst_SandboxLifecycle::changeDcvMethodAndRandomValue() {
    const Response r = createOrder(QStringLiteral("ssl_dv_geotrust"),
                                   dvOrder(m_csr.pemString(), QStringLiteral("method.example.org"),
                                           {}, QStringLiteral("email")));
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QString path = QStringLiteral("order/certificate/%1/dcv-method").arg(id);
    Response change = put(path, {{"dcv_method", "dns-txt-token"}});
    QCOMPARE(change.status, 200);
    const QString value = change.json().value(QStringLiteral("dcv_random_value")).toString();
    QVERIFY(!value.isEmpty());
    QCOMPARE(change.json().value(QStringLiteral("expiration_date")).toString().left(10),
             QStringLiteral("2026-04-03"));
    // The same value comes back while it is valid.
    Response again = put(QStringLiteral("order/certificate/%1/dcv-random-value").arg(id));
    QCOMPARE(again.json().value(QStringLiteral("dcv_random_value")).toString(), value);
    QCOMPARE(put(path, {{"dcv_method", "dns\u2011txt\u2011token"}}).errorCode(),
             QStringLiteral("invalid_value|dcv_method"));
    QCOMPARE(put(path, {}).errorCode(), QStringLiteral("missing_param|dcv_method"));
    change = put(path, {{"dcv_method", "email"}});
    QCOMPARE(change.status, 204);
    QCOMPARE(orderInfo(id).value(QStringLiteral("dcv_method")).toString(), QStringLiteral("email"));
}

void tst_SandboxLifecycle::randomValueExpiresAfterThirtyDays() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                           QStringLiteral("--orders"), QStringLiteral("10")}));
    const Response r =
        m_http.post(sandbox.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), kAdmin,
                    dvOrder(m_csr.pemString(), QStringLiteral("late.example.net"), {},
                            QStringLiteral("dns-cname-token")));
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QString first = r.json().value(QStringLiteral("dcv_random_value")).toString();
    const QUrl value = sandbox.api(QStringLiteral("order/certificate/%1/dcv-random-value").arg(id));
    QCOMPARE(m_http.put(value, kAdmin).json().value("dcv_random_value").toString(), first);
    QCOMPARE(
        m_http.post(sandbox.control(QStringLiteral("clock")), QByteArray(), {{"advance_days", 31}})
            .status,
        200);
    const Response renewed = m_http.put(value, kAdmin);
    QVERIFY(renewed.json().value(QStringLiteral("dcv_random_value")).toString() != first);
    QCOMPARE(renewed.json().value(QStringLiteral("expiration_date")).toString().left(10),
             QStringLiteral("2026-05-04"));
}

void tst_SandboxLifecycle::editNamesOnPendingOrders() {
    // DV: 204; only administrators and managers may edit; never more names than before.
    Response r =
        createOrder(QStringLiteral("ssl_dv_geotrust"),
                    dvOrder(m_csr.pemString(), QStringLiteral("a.edit-dv.test"),
                            {QStringLiteral("b.edit-dv.test")}, QStringLiteral("email"), false),
                    kUser);
    const int dv = r.json().value(QStringLiteral("id")).toInt();
    const QString path = QStringLiteral("order/certificate/%1/dns-names").arg(dv);
    QJsonObject body{{"certificate", QJsonObject{{"common_name", "a.edit-dv.test"},
                                                 {"dns_names", QJsonArray{"c.edit-dv.test"}}}}};
    QCOMPARE(put(path, body, kUser).errorCode(),
             QStringLiteral("access_denied|missing_permission"));
    QJsonObject tooMany{{"certificate", QJsonObject{{"common_name", "a.edit-dv.test"},
                                                    {"dns_names", QJsonArray{"c.edit-dv.test",
                                                                             "d.edit-dv.test"}}}}};
    QCOMPARE(put(path, tooMany, kManager).errorCode(),
             QStringLiteral("invalid_value|certificate.dns_names"));
    r = put(path, body, kManager);
    QCOMPARE(r.status, 204);
    QCOMPARE(
        orderInfo(dv).value(QStringLiteral("certificate")).toObject().value("dns_names").toArray(),
        (QJsonArray{"a.edit-dv.test", "c.edit-dv.test"}));

    // OV: 200 with the account domain behind every name.
    r = createOrder(QStringLiteral("ssl_plus"),
                    ovOrder(m_csr.pemString(), QStringLiteral("shop.acme.test"), {}, 3002), kUser);
    const int ov = r.json().value(QStringLiteral("id")).toInt();
    r = put(QStringLiteral("order/certificate/%1/dns-names").arg(ov),
            {{"certificate", QJsonObject{{"common_name", "api.acme.test"}}}});
    QCOMPARE(r.status, 200);
    const QJsonArray domains = r.json().value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("acme.test"));
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("dns_name")).toString(),
             QStringLiteral("api.acme.test"));
}

void tst_SandboxLifecycle::ovWaitsForOrganizationValidation() {
    // A new organization is submitted for OV with the order; the order waits for it even
    // though example.com's DCV is already complete in the account.
    const QJsonObject body{{"certificate", QJsonObject{{"common_name", "portal.example.com"},
                                                       {"csr", m_csr.pemString()}}},
                           {"order_validity", QJsonObject{{"years", 1}}},
                           {"skip_approval", true},
                           {"organization", QJsonObject{{"name", "Lifecycle Test Works"},
                                                        {"country", "us"},
                                                        {"address", "1 Test Way"},
                                                        {"city", "Lehi"},
                                                        {"state", "Utah"},
                                                        {"zip", "84043"},
                                                        {"telephone", "555-0142"}}}};
    const Response r = createOrder(QStringLiteral("ssl_basic"), body);
    QCOMPARE(r.status, 201);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const int org = r.json().value(QStringLiteral("organization")).toObject().value("id").toInt();
    QCOMPARE(orderStatus(id), QStringLiteral("pending"));
    const Response v =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/validation").arg(id),
                            QStringLiteral("include_risk_check=true")),
                   kAdmin);
    // A string, as the documented example has it.
    QCOMPARE(v.json().value(QStringLiteral("organization_id")).toString(), QString::number(org));
    QCOMPARE(v.json().value(QStringLiteral("risk_status")).toString(), QStringLiteral("passed"));
    const QJsonObject validation =
        v.json().value(QStringLiteral("organization_validations")).toArray().at(0).toObject();
    QCOMPARE(validation.value(QStringLiteral("type")).toString(), QStringLiteral("ov"));
    QCOMPARE(validation.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(m_http
                 .send("POST", m_sb.control(QStringLiteral("organization/%1/validate").arg(org)),
                       QByteArray())
                 .status,
             204);
    QCOMPARE(orderStatus(id), QStringLiteral("issued"));
}

void tst_SandboxLifecycle::reissueSeedExample() {
    const auto [orderId, firstCertificate] = issuedOrder();
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    const sbx::Csr csr = sbx::makeCsr(2048);
    // The seed's example has skip_approval inside certificate (its missing comma restored).
    const QJsonObject body{{"certificate", QJsonObject{{"common_name", "example.com"},
                                                       {"dns_names", QJsonArray{"sub.example.com"}},
                                                       {"csr", csr.pemString()},
                                                       {"server_platform", QJsonObject{{"id", 2}}},
                                                       {"signature_hash", "sha256"},
                                                       {"skip_approval", true}}}};
    const Response r = m_http.post(
        m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)), kAdmin, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("id")).toInt(), orderId);
    const int reissued = r.json().value(QStringLiteral("certificate_id")).toInt();
    QVERIFY(reissued > firstCertificate);

    const QJsonObject info = orderInfo(orderId);
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(info.value(QStringLiteral("certificate")).toObject().value("id").toInt(), reissued);
    QCOMPARE(info.value(QStringLiteral("certificate")).toObject().value("dns_names").toArray(),
             (QJsonArray{"example.com", "sub.example.com"}));
    const QJsonObject entry = certificateEntry(orderId, "reissue", reissued);
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    const Response der = m_http.get(
        m_sb.api(QStringLiteral("certificate/%1/download/format/pem_nointermediate").arg(reissued)),
        kAdmin);
    QCOMPARE(sbx::certificatePublicKey(der.body), csr.publicKeyDer);
    const Response history =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)), kAdmin);
    QCOMPARE(history.json().value(QStringLiteral("certificates")).toArray().size(), 1);

    // Reissuing needs an issued order.
    const Response pending =
        createOrder(QStringLiteral("ssl_dv_geotrust"),
                    dvOrder(m_csr.pemString(), QStringLiteral("re.example.org"), {},
                            QStringLiteral("email"), false),
                    kUser);
    const Response refused =
        m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/reissue")
                                 .arg(pending.json().value(QStringLiteral("id")).toInt())),
                    kAdmin, body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("invalid_order_status"));
}

void tst_SandboxLifecycle::reissueNeedsApprovalAndCanBeCanceled() {
    const auto [orderId, certificateId] = issuedOrder();
    Q_UNUSED(certificateId)
    const QJsonObject body{{"certificate", QJsonObject{{"common_name", "example.com"},
                                                       {"dns_names", QJsonArray{"www.example.com"}},
                                                       {"csr", m_csr.pemString()}}},
                           {"comments", "New key"}};
    Response r = m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)),
                             kUser, body);
    QCOMPARE(r.status, 201);
    const int requestId =
        r.json().value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInt();
    QVERIFY(requestId > 0);
    QCOMPARE(orderStatus(orderId), QStringLiteral("reissue_pending"));
    // A pending reissue blocks revocation and a second reissue.
    QCOMPARE(put(QStringLiteral("order/certificate/%1/revoke").arg(orderId)).errorCode(),
             QStringLiteral("invalid_order_status"));
    // Cancel it as the seed (S1) shows: the order is issued again, the request rejected with
    // the note as processor_comment.
    r = put(QStringLiteral("order/certificate/%1/status").arg(orderId),
            {{"status", "canceled"}, {"note", "Reissue canceled"}}, kUser);
    QCOMPARE(r.status, 204);
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    const QJsonObject request =
        m_http.get(m_sb.api(QStringLiteral("request/%1").arg(requestId)), kAdmin).json();
    QCOMPARE(request.value(QStringLiteral("type")).toString(), QStringLiteral("reissue"));
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(request.value(QStringLiteral("processor_comment")).toString(),
             QStringLiteral("Reissue canceled"));

    // Approved by a manager, the reissue issues (its names are already validated).
    r = m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)), kUser,
                    body);
    const int second =
        r.json().value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInt();
    QCOMPARE(
        put(QStringLiteral("request/%1/status").arg(second), {{"status", "approved"}}, kManager)
            .status,
        204);
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    QCOMPARE(
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)), kAdmin)
            .json()
            .value(QStringLiteral("certificates"))
            .toArray()
            .size(),
        2);
}

void tst_SandboxLifecycle::duplicateSeedExample() {
    const auto [orderId, certificateId] = issuedOrder();
    Q_UNUSED(certificateId)
    const sbx::Csr csr = sbx::makeCsr(256, "www.example.com");
    // The seed's example ("common name" typo corrected, object closed), custom date at the root.
    const QJsonObject body{
        {"certificate", QJsonObject{{"common_name", "www.example.com"}, {"csr", csr.pemString()}}},
        {"custom_expiration_date", "2026-08-15"}};
    Response r = m_http.post(
        m_sb.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin, body);
    QCOMPARE(r.status, 201);
    const int requestId =
        r.json().value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInt();
    QCOMPARE(
        put(QStringLiteral("request/%1/status").arg(requestId), {{"status", "approved"}}).status,
        204);
    const QJsonArray duplicates =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin)
            .json()
            .value(QStringLiteral("certificates"))
            .toArray();
    QCOMPARE(duplicates.size(), 1);
    const QJsonObject duplicate = duplicates.at(0).toObject();
    QCOMPARE(duplicate.value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
    QCOMPARE(duplicate.value(QStringLiteral("valid_till")).toString(),
             QStringLiteral("2026-08-15"));
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    const Response der =
        m_http.get(m_sb.api(QStringLiteral("certificate/%1/download/format/pem_nointermediate")
                                .arg(duplicate.value(QStringLiteral("id")).toInt())),
                   kAdmin);
    QCOMPARE(sbx::certificatePublicKey(der.body), csr.publicKeyDer);
    QCOMPARE(sbx::certificateDnsNames(der.body), QStringList{QStringLiteral("www.example.com")});

    // A date past the longest validity is cut to it: 199 days from the sandbox's 2026-03-04.
    r = m_http.post(
        m_sb.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin,
        {{"certificate", QJsonObject{{"common_name", "example.com"}, {"csr", csr.pemString()}}},
         {"custom_expiration_date", "2031-01-01"},
         {"skip_approval", true}});
    QCOMPARE(r.status, 201);
    const QJsonObject cut = certificateEntry(
        orderId, "duplicate", r.json().value(QStringLiteral("certificate_id")).toInt());
    QCOMPARE(cut.value(QStringLiteral("valid_till")).toString(), QStringLiteral("2026-09-19"));
}

void tst_SandboxLifecycle::duplicateErrors() {
    const auto [orderId, certificateId] = issuedOrder();
    Q_UNUSED(certificateId)
    const QUrl url = m_sb.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId));
    Response r = m_http.post(url, kAdmin,
                             {{"certificate", QJsonObject{{"common_name", "other.example.net"},
                                                          {"csr", m_csr.pemString()}}}});
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|certificate.common_name"));
    r = m_http.post(url, kAdmin, {{"certificate", QJsonObject{{"common_name", "example.com"}}}});
    QCOMPARE(r.errorCode(), QStringLiteral("missing_param|certificate.csr"));
    r = m_http.post(
        url, kAdmin,
        {{"certificate", QJsonObject{{"common_name", "example.com"}, {"csr", m_csr.pemString()}}},
         {"custom_expiration_date", "15 OCT 2026"}});
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|custom_expiration_date"));
    // Code signing has no duplicates.
    const Response cs = createOrder(QStringLiteral("code_signing"),
                                    {{"certificate", QJsonObject{{"signature_hash", "sha256"}}},
                                     {"order_validity", QJsonObject{{"years", 1}}},
                                     {"organization", QJsonObject{{"id", 3001}}},
                                     {"cs_provisioning_method", "keylocker"},
                                     {"skip_approval", true}});
    QCOMPARE(cs.status, 201);
    r = m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/duplicate")
                                 .arg(cs.json().value(QStringLiteral("id")).toInt())),
                    kAdmin,
                    {{"certificate",
                      QJsonObject{{"common_name", "Example Corp"}, {"csr", m_csr.pemString()}}}});
    QCOMPARE(r.errorCode(), QStringLiteral("duplicate_not_allowed"));
}

void tst_SandboxLifecycle::revokeSeedExampleNeedsAnAdministrator() {
    const auto [orderId, certificateId] = issuedOrder();
    const Response r = put(QStringLiteral("certificate/%1/revoke").arg(certificateId),
                           {{"comments", "I no longer need this cert."}}, kUser);
    QCOMPARE(r.status, 201);
    const QJsonObject request = r.json();
    QCOMPARE(request.value(QStringLiteral("type")).toString(), QStringLiteral("revoke"));
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(request.value(QStringLiteral("comments")).toString(),
             QStringLiteral("I no longer need this cert."));
    QCOMPARE(request.value(QStringLiteral("requester")).toObject().value("id").toInt(), 1004);
    QVERIFY(request.value(QStringLiteral("date")).toString().endsWith(QLatin1String("+00:00")));
    const int requestId = request.value(QStringLiteral("id")).toInt();
    QCOMPARE(put(QStringLiteral("certificate/%1/revoke").arg(certificateId), {}, kUser).errorCode(),
             QStringLiteral("revoke_request_pending"));

    // Managers approve orders but not revocations.
    Response approve =
        put(QStringLiteral("request/%1/status").arg(requestId), {{"status", "approved"}}, kManager);
    QCOMPARE(approve.status, 403);
    QCOMPARE(approve.errorCode(), QStringLiteral("access_denied|missing_permission"));
    approve = put(QStringLiteral("request/%1/status").arg(requestId),
                  {{"status", "approved"}, {"processor_comment", "Your request is approved."}});
    QCOMPARE(approve.status, 204);
    QCOMPARE(orderStatus(orderId), QStringLiteral("revoked"));
    const Response again = put(QStringLiteral("certificate/%1/revoke").arg(certificateId));
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_certificate_status"));
}

void tst_SandboxLifecycle::revokeBySerialWithSkipApproval() {
    const auto [orderId, certificateId] = issuedOrder();
    const QString serial = orderInfo(orderId)
                               .value(QStringLiteral("certificate"))
                               .toObject()
                               .value(QStringLiteral("serial_number"))
                               .toString();
    QCOMPARE(serial.size(), 32);
    // Only administrators may skip the approval.
    Response r = put(QStringLiteral("certificate/%1/revoke").arg(serial),
                     {{"skip_approval", true}, {"revocation_reason", "superseded"}}, kManager);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
    r = put(QStringLiteral("certificate/%1/revoke").arg(serial.toLower()),
            {{"skip_approval", true}, {"revocation_reason", "superseded"}});
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(orderStatus(orderId), QStringLiteral("revoked"));
    Q_UNUSED(certificateId)
}

void tst_SandboxLifecycle::revokeErrors() {
    const auto [orderId, certificateId] = issuedOrder();
    Q_UNUSED(orderId)
    QCOMPARE(put(QStringLiteral("certificate/999999999/revoke")).errorCode(),
             QStringLiteral("not_found|certificate"));
    QCOMPARE(put(QStringLiteral("certificate/%1/revoke").arg(certificateId),
                 {{"revocation_reason", "bored"}})
                 .errorCode(),
             QStringLiteral("invalid_value|revocation_reason"));
    QCOMPARE(m_http
                 .send("PUT", m_sb.api(QStringLiteral("certificate/%1/revoke").arg(certificateId)),
                       kAdmin, "{oops")
                 .errorCode(),
             QStringLiteral("invalid_json"));
    const Response pending = createOrder(QStringLiteral("ssl_dv_geotrust"),
                                         dvOrder(m_csr.pemString(), QStringLiteral("p.example.org"),
                                                 {}, QStringLiteral("email"), false),
                                         kUser);
    QCOMPARE(put(QStringLiteral("certificate/%1/revoke")
                     .arg(pending.json().value(QStringLiteral("certificate_id")).toInt()))
                 .errorCode(),
             QStringLiteral("invalid_certificate_status"));
    QCOMPARE(put(QStringLiteral("order/certificate/%1/revoke")
                     .arg(pending.json().value(QStringLiteral("id")).toInt()))
                 .errorCode(),
             QStringLiteral("invalid_order_status"));
}

void tst_SandboxLifecycle::revocationAsDocumented() {
    const auto [orderId, certificateId] = issuedOrder();
    Q_UNUSED(orderId);
    const QString path = QStringLiteral("certificate/%1/revoke").arg(certificateId);
    // Reasons in camel case only (certcentral-docs.md 5.6).
    Response r = put(path, {{"revocation_reason", "key_compromise"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|revocation_reason"));
    QCOMPARE(put(path, {{"revocation_reason", "privilege_withdrawn"}}).status, 400);
    // The table's "comment" is read like the examples' "comments"; there is no date field, so a
    // revocation_date is not kept anywhere.
    r = put(path, {{"revocation_reason", "keyCompromise"},
                   {"comment", "Key compromise date: 2026-03-04T12:30:00Z"},
                   {"revocation_date", "2026-03-04T12:30:00+00:00"}});
    QVERIFY2(r.status == 201, r.describe().constData());
    // The documented 201: the revoke request and nothing else.
    const QJsonObject reply = r.json();
    QCOMPARE(reply.keys(), (QStringList{"comments", "date", "id", "requester", "status", "type"}));
    QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("revoke"));
    QCOMPARE(reply.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(reply.value(QStringLiteral("comments")).toString(),
             QStringLiteral("Key compromise date: 2026-03-04T12:30:00Z"));
    const Response history =
        m_http.get(m_sb.api(QStringLiteral("request/%1").arg(reply.value("id").toInt())), kAdmin);
    QVERIFY(!history.json().contains(QStringLiteral("revocation_date")));
}

void tst_SandboxLifecycle::wholeOrderRevocationWaitsForPendingOne() {
    sbx::Sandbox sandbox;
    QVERIFY(sandbox.start({QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                           QStringLiteral("--orders"), QStringLiteral("10")}));
    const Response order =
        m_http.post(sandbox.api(QStringLiteral("order/certificate/ssl_basic")), kAdmin,
                    ovOrder(m_csr.pemString(), QStringLiteral("example.com"),
                            {QStringLiteral("www.example.com")}, 3001));
    const int orderId = order.json().value(QStringLiteral("id")).toInt();
    QCOMPARE(
        m_http.post(sandbox.control(QStringLiteral("clock")), QByteArray(), {{"advance_days", 2}})
            .status,
        200);
    const Response duplicate = m_http.post(
        sandbox.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin,
        {{"certificate",
          QJsonObject{{"common_name", "www.example.com"}, {"csr", m_csr.pemString()}}},
         {"skip_approval", true}});
    QCOMPARE(duplicate.status, 201);
    const QUrl revoke = sandbox.api(QStringLiteral("order/certificate/%1/revoke").arg(orderId));
    // The first certificate alone, waiting for approval.
    Response r = m_http.put(
        sandbox.api(QStringLiteral("certificate/%1/revoke")
                        .arg(order.json().value(QStringLiteral("certificate_id")).toInt())),
        kAdmin, {{"revocation_reason", "keyCompromise"}, {"comments", "Key lost"}});
    QCOMPARE(r.status, 201);
    // A pending single revocation exists, so the order-wide one waits for it to be decided.
    r = m_http.put(revoke, kAdmin,
                   {{"revocation_reason", "keyCompromise"}, {"skip_approval", true}});
    QCOMPARE(r.errorCode(), QStringLiteral("revoke_request_pending"));
    const int pendingRequest =
        m_http
            .get(sandbox.api(QStringLiteral("request"), QStringLiteral("filters[type]=revoke")),
                 kAdmin)
            .json()
            .value(QStringLiteral("requests"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toInt();
    QCOMPARE(m_http
                 .put(sandbox.api(QStringLiteral("request/%1/status").arg(pendingRequest)), kAdmin,
                      {{"status", "rejected"}})
                 .status,
             204);
    r = m_http.put(revoke, kAdmin,
                   {{"revocation_reason", "keyCompromise"}, {"skip_approval", true}});
    QCOMPARE(r.status, 204);
    const QJsonObject info =
        m_http.get(sandbox.api(QStringLiteral("order/certificate/%1").arg(orderId)), kAdmin).json();
    QCOMPARE(info.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    const QJsonArray duplicates =
        m_http
            .get(sandbox.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin)
            .json()
            .value(QStringLiteral("certificates"))
            .toArray();
    QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("revoked"));
}

void tst_SandboxLifecycle::deletedOrganizationBlocksReissueAndDuplicate() {
    const Response org = m_http.post(
        m_sb.api(QStringLiteral("organization")), kAdmin,
        {{"name", "Short Lived Org"},
         {"address", "1 Way"},
         {"city", "Lehi"},
         {"state", "Utah"},
         {"zip", "84043"},
         {"country", "us"},
         {"telephone", "555-0111"},
         {"organization_contact",
          QJsonObject{{"first_name", "Sam"}, {"last_name", "Lee"}, {"email", "sam@example.com"}}}});
    QCOMPARE(org.status, 201);
    const int orgId = org.json().value(QStringLiteral("id")).toInt();
    const Response order =
        createOrder(QStringLiteral("ssl_basic"),
                    ovOrder(m_csr.pemString(), QStringLiteral("short.example.com"), {}, orgId));
    const int orderId = order.json().value(QStringLiteral("id")).toInt();
    // The order submitted the new organization for OV; DigiCert completes it.
    QCOMPARE(m_http
                 .send("POST", m_sb.control(QStringLiteral("organization/%1/validate").arg(orgId)),
                       QByteArray())
                 .status,
             204);
    QCOMPARE(orderStatus(orderId), QStringLiteral("issued"));
    QCOMPARE(m_http.del(m_sb.api(QStringLiteral("organization/%1").arg(orgId)), kAdmin).status,
             204);
    const QJsonObject body{{"certificate", QJsonObject{{"common_name", "short.example.com"},
                                                       {"csr", m_csr.pemString()}}}};
    Response r = m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)),
                             kAdmin, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("organization_deleted"));
    r = m_http.post(m_sb.api(QStringLiteral("order/certificate/%1/duplicate").arg(orderId)), kAdmin,
                    body);
    QCOMPARE(r.errorCode(), QStringLiteral("organization_deleted"));
    // Revocation is still possible.
    QCOMPARE(
        put(QStringLiteral("order/certificate/%1/revoke").arg(orderId), {{"skip_approval", true}})
            .status,
        204);
}

void tst_SandboxLifecycle::codeSigningHasNoDcv() {
    const Response cs = createOrder(QStringLiteral("code_signing_ev"),
                                    {{"certificate", QJsonObject{{"signature_hash", "sha384"}}},
                                     {"order_validity", QJsonObject{{"years", 2}}},
                                     {"organization", QJsonObject{{"id", 3001}}},
                                     {"cs_provisioning_method", "keylocker"}},
                                    kUser);
    QCOMPARE(cs.status, 201);
    const int id = cs.json().value(QStringLiteral("id")).toInt();
    QVERIFY(!cs.json().contains(QStringLiteral("certificate_id"))); // only once approved
    QCOMPARE(put(QStringLiteral("order/certificate/%1/check-dcv").arg(id)).errorCode(),
             QStringLiteral("invalid_product"));
    const Response v =
        m_http.get(m_sb.api(QStringLiteral("order/certificate/%1/validation").arg(id)), kAdmin);
    QCOMPARE(v.status, 200);
    QVERIFY(!v.json().contains(QStringLiteral("dns_name_validations")));
    QCOMPARE(v.json()
                 .value(QStringLiteral("organization_validations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("ev_cs"));
    // A route that exists with other methods answers 405 with Allow.
    const Response wrong =
        m_http.del(m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(id)), kAdmin);
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.errorCode(), QStringLiteral("method_not_allowed"));
}

QTEST_GUILESS_MAIN(tst_SandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
