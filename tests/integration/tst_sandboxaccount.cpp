// certdesk-sandbox account areas: domains (DCV, validation, locking, delete), organizations
// (create and validate in one request, validation details, contacts, verified contacts,
// delete rules) and finance (balance, invoices with PDF and card or profile payment, purchase
// orders), including every documented error of those endpoints.

#include "tst_sandboxharness.h"

#include <QTest>

using sbx::Response;

namespace {

const QByteArray kAdmin = QByteArrayLiteral("demo-admin-key");
const QByteArray kManager = QByteArrayLiteral("demo-manager-key");
const QByteArray kFinance = QByteArrayLiteral("demo-finance-key");
const QByteArray kUser = QByteArrayLiteral("demo-user-key");

QJsonObject newOrganization(const QString &name) {
    return {{"name", name},
            {"assumed_name", "Sandbox DBA"},
            {"address", "9 Harbor Way"},
            {"city", "Portland"},
            {"state", "Oregon"},
            {"zip", "97201"},
            {"country", "us"},
            {"telephone", "555-0177"},
            {"organization_contact", QJsonObject{{"first_name", "Gia"},
                                                 {"last_name", "Booth"},
                                                 {"email", "gia.booth@example.com"},
                                                 {"job_title", "Director"},
                                                 {"telephone", "555-0177"}}}};
}

QJsonObject cardPayment(const QString &number, const QJsonValue &cvv = 333) {
    return {{"payment_method", "card"},
            {"credit_card", QJsonObject{{"number", number},
                                        {"expiration_month", 12},
                                        {"expiration_year", 2030},
                                        {"cvv", cvv},
                                        {"cardholder_name", "Ada Admin"}}},
            {"billing_address", QJsonObject{{"address", "1 Main Street"},
                                            {"city", "Lehi"},
                                            {"state", "Utah"},
                                            {"zip", "84043"},
                                            {"country", "us"}}}};
}

} // namespace

class tst_SandboxAccount : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void listAndInfoDomains();
    void createDomainAndProveControl();
    void domainErrors();
    void domainLocking();
    void deleteDomain();

    void listAndInfoOrganizations();
    void createAndValidateInOneRequest();
    void validationDetailsSeedShape();
    void organizationErrors();
    void updateContacts();
    void verifiedContacts();
    void deleteOrganization();

    void balanceShapes();
    void financeNeedsFinanceRole();
    void invoicesAndPdf();
    void payInvoice();
    void purchaseOrders();
    void controlAndListErrors();

private:
    Response get(const QString &path, const QString &query = QString(),
                 const QByteArray &key = kAdmin) {
        return m_http.get(m_sb.api(path, query), key);
    }

    sbx::Sandbox m_sb;
    sbx::Http m_http;
};

void tst_SandboxAccount::initTestCase() {
    QVERIFY(m_sb.start({QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                        QStringLiteral("--orders"), QStringLiteral("100"),
                        QStringLiteral("--no-rate-limit")}));
}

void tst_SandboxAccount::listAndInfoDomains() {
    Response r = get(QStringLiteral("domain"), QStringLiteral("limit=5"));
    QCOMPARE(r.status, 200);
    const int total = r.json().value(QStringLiteral("page")).toObject().value("total").toInt();
    QVERIFY(total >= 30);
    QCOMPARE(r.json().value(QStringLiteral("domains")).toArray().size(), 5);
    const QJsonObject first = r.json().value(QStringLiteral("domains")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("example.com"));
    QCOMPARE(first.value(QStringLiteral("organization")).toObject().value("id").toInt(), 3001);
    QVERIFY(first.contains(QStringLiteral("dcv_approval_datetime")));
    QVERIFY(!first.contains(QStringLiteral("validations")));

    // filters[validation]=completed keeps active OV/EV validations only.
    r = get(QStringLiteral("domain"), QStringLiteral("filters[validation]=completed"));
    const int completed = r.json().value(QStringLiteral("page")).toObject().value("total").toInt();
    QVERIFY(completed > 0 && completed < total);
    QCOMPARE(get(QStringLiteral("domain"), QStringLiteral("filters[validation]=done")).errorCode(),
             QStringLiteral("invalid_value|filters[validation]"));

    r = get(QStringLiteral("domain/5001"),
            QStringLiteral("include_dcv=true&include_validation=true"));
    QCOMPARE(r.status, 200);
    const QJsonObject info = r.json();
    QVERIFY(info.contains(QStringLiteral("dcv_approval_method")));
    const QJsonArray validations = info.value(QStringLiteral("validations")).toArray();
    QVERIFY(!validations.isEmpty());
    QCOMPARE(validations.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("ov"));
    QVERIFY(info.contains(QStringLiteral("status"))); // deprecated, still returned
    // Without include_dcv the approval method stays out.
    QVERIFY(
        !get(QStringLiteral("domain/5001")).json().contains(QStringLiteral("dcv_approval_method")));
    QCOMPARE(get(QStringLiteral("domain/99999")).errorCode(), QStringLiteral("not_found|domain"));
}

void tst_SandboxAccount::createDomainAndProveControl() {
    Response r = m_http.post(m_sb.api(QStringLiteral("domain")), kManager,
                             {{"name", "new-site.example"},
                              {"organization", QJsonObject{{"id", 3002}}},
                              {"validations", QJsonArray{QJsonObject{{"type", "ov"}}}},
                              {"dcv_method", "dns-txt-token"}});
    QCOMPARE(r.status, 201);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QString token =
        r.json().value(QStringLiteral("dcv_token")).toObject().value("token").toString();
    QVERIFY(!token.isEmpty());
    r = get(QStringLiteral("domain/%1").arg(id),
            QStringLiteral("include_dcv=true&include_validation=true"));
    QCOMPARE(r.json().value(QStringLiteral("dcv_token")).toObject().value("token").toString(),
             token);
    QCOMPARE(r.json().value(QStringLiteral("dcv_token")).toObject().value("status").toString(),
             QStringLiteral("pending"));
    QCOMPARE(
        r.json().value(QStringLiteral("validations")).toArray().at(0).toObject().value("status"),
        QJsonValue(QStringLiteral("pending")));

    const QUrl check = m_sb.api(QStringLiteral("domain/%1/dcv/validate-token").arg(id));
    QCOMPARE(m_http.put(check, kManager).errorCode(), QStringLiteral("dns_random_value_not_found"));
    QCOMPARE(m_http.send("POST", m_sb.control(QStringLiteral("dcv/new-site.example")), QByteArray())
                 .status,
             204);
    r = m_http.put(check, kManager);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("dcv_status")).toString(), QStringLiteral("valid"));
    r = get(QStringLiteral("domain/%1").arg(id), QStringLiteral("include_dcv=true"));
    QCOMPARE(r.json().value(QStringLiteral("dcv_approval_method")).toString(),
             QStringLiteral("dns-txt-token"));

    // Method and random value.
    const QUrl method = m_sb.api(QStringLiteral("domain/%1/dcv/method").arg(id));
    QCOMPARE(m_http.put(method, kManager, {{"dcv_method", "email"}}).status, 204);
    QCOMPARE(m_http.put(m_sb.api(QStringLiteral("domain/%1/dcv/random-value").arg(id)), kManager)
                 .errorCode(),
             QStringLiteral("invalid_dcv_method"));
    r = m_http.put(method, kManager, {{"dcv_method", "http-token"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains(QStringLiteral("expiration_date")));
    r = get(QStringLiteral("domain/%1/dcv/emails").arg(id));
    QCOMPARE(r.json().value(QStringLiteral("base_emails")).toArray().size(), 5);

    // Submitting for EV later.
    QCOMPARE(m_http
                 .send("POST", m_sb.api(QStringLiteral("domain/%1/validation").arg(id)), kManager,
                       R"({"validations": [{"type": "ev"}]})")
                 .status,
             204);
    r = get(QStringLiteral("domain/%1").arg(id), QStringLiteral("include_validation=true"));
    QCOMPARE(r.json().value(QStringLiteral("validations")).toArray().size(), 2);
}

void tst_SandboxAccount::domainErrors() {
    const QUrl url = m_sb.api(QStringLiteral("domain"));
    QCOMPARE(
        m_http
            .post(url, kUser, {{"name", "x.example"}, {"organization", QJsonObject{{"id", 3001}}}})
            .errorCode(),
        QStringLiteral("access_denied|missing_permission"));
    QCOMPARE(m_http.post(url, kAdmin, {{"organization", QJsonObject{{"id", 3001}}}}).errorCode(),
             QStringLiteral("missing_param|name"));
    QCOMPARE(
        m_http
            .post(url, kAdmin, {{"name", "bad name"}, {"organization", QJsonObject{{"id", 3001}}}})
            .errorCode(),
        QStringLiteral("invalid_value|name"));
    QCOMPARE(m_http
                 .post(url, kAdmin,
                       {{"name", "example.com"}, {"organization", QJsonObject{{"id", 3001}}}})
                 .errorCode(),
             QStringLiteral("domain_exists"));
    QCOMPARE(
        m_http
            .post(url, kAdmin, {{"name", "y.example"}, {"organization", QJsonObject{{"id", 9999}}}})
            .errorCode(),
        QStringLiteral("invalid_value|organization.id"));
    QCOMPARE(m_http
                 .post(url, kAdmin,
                       {{"name", "y.example"},
                        {"organization", QJsonObject{{"id", 3001}}},
                        {"validations", QJsonArray{QJsonObject{{"type", "dv"}}}}})
                 .errorCode(),
             QStringLiteral("invalid_value|validations[0].type"));
    QCOMPARE(m_http.send("POST", m_sb.api(QStringLiteral("domain/5001/validation")), kAdmin, "{}")
                 .errorCode(),
             QStringLiteral("missing_param|validations"));
}

void tst_SandboxAccount::domainLocking() {
    const QUrl activate = m_sb.api(QStringLiteral("domain/5002/activate-domain-locking"));
    QCOMPARE(m_http.put(activate, kAdmin).status, 204);
    Response r = get(QStringLiteral("domain/5002"));
    QCOMPARE(r.json().value(QStringLiteral("domain_locking_status")).toString(),
             QStringLiteral("pending"));
    const QString token = r.json().value(QStringLiteral("account_token")).toString();
    QVERIFY(!token.isEmpty());
    const QUrl caa = m_sb.api(QStringLiteral("domain/5002/caa"));
    QCOMPARE(m_http.put(caa, kAdmin, {{"account_token", token}}).json().value("status").toString(),
             QStringLiteral("0"));
    const QString name = r.json().value(QStringLiteral("name")).toString();
    QCOMPARE(m_http.send("POST", m_sb.control(QStringLiteral("caa/") + name), QByteArray()).status,
             204);
    QCOMPARE(m_http.put(caa, kAdmin, {{"account_token", token}}).json().value("status").toString(),
             QStringLiteral("1"));
    QCOMPARE(get(QStringLiteral("domain/5002")).json().value("domain_locking_status").toString(),
             QStringLiteral("enabled"));
    QCOMPARE(m_http.put(m_sb.api(QStringLiteral("domain/5002/deactivate-domain-locking")), kAdmin)
                 .status,
             204);
    QCOMPARE(m_http.put(m_sb.api(QStringLiteral("domain/5002/deactivate-domain-locking")), kAdmin)
                 .errorCode(),
             QStringLiteral("domain_locking_not_active"));
}

void tst_SandboxAccount::deleteDomain() {
    const Response created =
        m_http.post(m_sb.api(QStringLiteral("domain")), kAdmin,
                    {{"name", "to-delete.example"}, {"organization", QJsonObject{{"id", 3003}}}});
    const int id = created.json().value(QStringLiteral("id")).toInt();
    const QUrl url = m_sb.api(QStringLiteral("domain/%1").arg(id));
    QCOMPARE(m_http.del(url, kManager).errorCode(),
             QStringLiteral("access_denied|missing_permission"));
    QCOMPARE(m_http.del(url, kAdmin).status, 204);
    QCOMPARE(m_http.get(url, kAdmin).errorCode(), QStringLiteral("not_found|domain"));
    QCOMPARE(get(QStringLiteral("domain"), QStringLiteral("filters[search]=to-delete"))
                 .json()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value("total")
                 .toInt(),
             0);
}

void tst_SandboxAccount::listAndInfoOrganizations() {
    Response r = get(QStringLiteral("organization"), QStringLiteral("limit=3"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("page")).toObject().value("total").toInt() >= 30);
    const QJsonObject first =
        r.json().value(QStringLiteral("organizations")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInt(), 3001);
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Example Corp"));
    r = get(QStringLiteral("organization"), QStringLiteral("filters[search]=Zażółć"));
    QCOMPARE(r.json().value(QStringLiteral("organizations")).toArray().size(), 1);
    r = get(QStringLiteral("organization/3001"));
    QVERIFY(r.json().contains(QStringLiteral("organization_contact")));
    QVERIFY(r.json().contains(QStringLiteral("validations")));
    QCOMPARE(get(QStringLiteral("organization/9999")).errorCode(),
             QStringLiteral("not_found|organization"));
}

void tst_SandboxAccount::createAndValidateInOneRequest() {
    QJsonObject body = newOrganization(QStringLiteral("One Request Labs"));
    body.insert(QStringLiteral("contacts"),
                QJsonArray{QJsonObject{{"contact_type", "verified_contact"},
                                       {"first_name", "Vera"},
                                       {"last_name", "Approver"},
                                       {"email", "vera@example.com"},
                                       {"job_title", "CFO"},
                                       {"telephone", "555-0190"}}});
    body.insert(QStringLiteral("validations"),
                QJsonArray{QJsonObject{{"type", "ov"}}, QJsonObject{{"type", "ev"}}});
    const Response r = m_http.post(m_sb.api(QStringLiteral("organization")), kManager, body);
    QCOMPARE(r.status, 201);
    const int id = r.json().value(QStringLiteral("id")).toInt();
    const QJsonArray validations = get(QStringLiteral("organization/%1/validation").arg(id))
                                       .json()
                                       .value("validations")
                                       .toArray();
    QCOMPARE(validations.size(), 2);
    for (const QJsonValue &v : validations)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
    QCOMPARE(m_http
                 .send("POST", m_sb.control(QStringLiteral("organization/%1/validate").arg(id)),
                       QByteArray())
                 .status,
             204);
    const QJsonArray done = get(QStringLiteral("organization/%1/validation").arg(id))
                                .json()
                                .value("validations")
                                .toArray();
    QCOMPARE(done.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(done.at(0).toObject().value(QStringLiteral("validated_until")).toString(),
             QStringLiteral("2028-06-06")); // OV: 825 days
    QCOMPARE(done.at(1).toObject().value(QStringLiteral("validated_until")).toString(),
             QStringLiteral("2027-04-05")); // EV: 13 months (397 days)
}

void tst_SandboxAccount::validationDetailsSeedShape() {
    // Organization 3001 has OV and EV (with a verified user), as in the lifecycle page's example.
    const Response r = get(QStringLiteral("organization/3001/validation"));
    QCOMPARE(r.status, 200);
    const QJsonArray validations = r.json().value(QStringLiteral("validations")).toArray();
    QJsonObject ov;
    QJsonObject ev;
    for (const QJsonValue &v : validations) {
        if (v.toObject().value(QStringLiteral("type")) == QStringLiteral("ov"))
            ov = v.toObject();
        if (v.toObject().value(QStringLiteral("type")) == QStringLiteral("ev"))
            ev = v.toObject();
    }
    QCOMPARE(ov.value(QStringLiteral("name")).toString(), QStringLiteral("OV"));
    QCOMPARE(ov.value(QStringLiteral("description")).toString(),
             QStringLiteral("Normal Organization Validation"));
    QCOMPARE(ev.value(QStringLiteral("description")).toString(),
             QStringLiteral("Extended Organization Validation (EV)"));
    const QJsonObject user = ev.value(QStringLiteral("verified_users")).toArray().at(0).toObject();
    QVERIFY(user.value(QStringLiteral("id")).toInt() > 0);
    QVERIFY(!user.value(QStringLiteral("first_name")).toString().isEmpty());
}

void tst_SandboxAccount::organizationErrors() {
    const QUrl url = m_sb.api(QStringLiteral("organization"));
    QCOMPARE(m_http.post(url, kUser, newOrganization(QStringLiteral("No Rights Inc"))).errorCode(),
             QStringLiteral("access_denied|missing_permission"));
    QJsonObject body = newOrganization(QStringLiteral("Example Corp"));
    body.remove(QStringLiteral("assumed_name"));
    QCOMPARE(m_http.post(url, kAdmin, body).errorCode(), QStringLiteral("duplicate_organization"));
    body.insert(QStringLiteral("skip_duplicate_org_check"), true);
    QCOMPARE(m_http.post(url, kAdmin, body).status, 201);
    body = newOrganization(QString(65, QLatin1Char('N')));
    body.remove(QStringLiteral("assumed_name"));
    QCOMPARE(m_http.post(url, kAdmin, body).errorCode(), QStringLiteral("invalid_value|name"));
    body = newOrganization(QStringLiteral("Country Co"));
    body.insert(QStringLiteral("country"), QStringLiteral("usa"));
    QCOMPARE(m_http.post(url, kAdmin, body).errorCode(), QStringLiteral("invalid_value|country"));
    body = newOrganization(QStringLiteral("Contactless Co"));
    body.remove(QStringLiteral("organization_contact"));
    QCOMPARE(m_http.post(url, kAdmin, body).errorCode(),
             QStringLiteral("missing_param|organization_contact"));
    // EV needs someone who can approve.
    body = newOrganization(QStringLiteral("Approverless Co"));
    body.insert(QStringLiteral("validations"), QJsonArray{QJsonObject{{"type", "ev"}}});
    QCOMPARE(m_http.post(url, kAdmin, body).errorCode(),
             QStringLiteral("missing_param|validations[0].verified_users"));
    // The refusal left nothing behind: the corrected request is not a duplicate.
    QCOMPARE(get(QStringLiteral("organization"), QStringLiteral("filters[search]=Approverless"))
                 .json()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    body.insert(QStringLiteral("validations"), QJsonArray{QJsonObject{{"type", "ov"}}});
    QCOMPARE(m_http.post(url, kAdmin, body).status, 201);
    QCOMPARE(m_http
                 .send("POST", m_sb.api(QStringLiteral("organization/3001/validation")), kAdmin,
                       R"({"validations": [{"type": "ev", "verified_users": [{"id": 424242}]}]})")
                 .errorCode(),
             QStringLiteral("invalid_value|validations[0].verified_users[0].id"));
}

void tst_SandboxAccount::updateContacts() {
    const QUrl url = m_sb.api(QStringLiteral("organization/3004/contact"));
    const QJsonObject tech{{"contact_type", "technical_contact"},
                           {"first_name", "Tom"},
                           {"last_name", "Tech"},
                           {"email", "tom@example.com"},
                           {"job_title", "Engineer"}};
    QCOMPARE(m_http.put(url, kAdmin, {{"contacts", QJsonArray{tech, tech}}}).errorCode(),
             QStringLiteral("contact_type_duplicate"));
    QCOMPARE(m_http.put(url, kAdmin, {{"contacts", QJsonArray{tech}}}).status, 204);
    QJsonObject info = get(QStringLiteral("organization/3004")).json();
    QCOMPARE(info.value(QStringLiteral("technical_contact")).toObject().value("email").toString(),
             QStringLiteral("tom@example.com"));
    // Omitted optional fields are cleared, and the same person keeps the contact id.
    const int contactId =
        info.value(QStringLiteral("technical_contact")).toObject().value("id").toInt();
    QJsonObject trimmed = tech;
    trimmed.remove(QStringLiteral("job_title"));
    QCOMPARE(m_http.put(url, kAdmin, {{"contacts", QJsonArray{trimmed}}}).status, 204);
    info = get(QStringLiteral("organization/3004")).json();
    QVERIFY(!info.value(QStringLiteral("technical_contact")).toObject().contains("job_title"));
    QCOMPARE(info.value(QStringLiteral("technical_contact")).toObject().value("id").toInt(),
             contactId);
    // {"contact_type": "technical_contact"} alone removes it; the organization contact stays.
    QCOMPARE(
        m_http
            .put(url, kAdmin,
                 {{"contacts", QJsonArray{QJsonObject{{"contact_type", "technical_contact"}}}}})
            .status,
        204);
    QVERIFY(!get(QStringLiteral("organization/3004")).json().contains("technical_contact"));
    QCOMPARE(
        m_http
            .put(url, kAdmin,
                 {{"contacts", QJsonArray{QJsonObject{{"contact_type", "organization_contact"}}}}})
            .errorCode(),
        QStringLiteral("invalid_value|contacts[0].contact_type"));
}

void tst_SandboxAccount::verifiedContacts() {
    Response r = get(QStringLiteral("organization/3001/verified-contact"));
    QCOMPARE(r.status, 200);
    const QJsonObject seeded =
        r.json().value(QStringLiteral("verified_contacts")).toArray().at(0).toObject();
    QVERIFY(!seeded.value(QStringLiteral("validations")).toArray().isEmpty());
    QCOMPARE(seeded.value(QStringLiteral("validations")).toArray().at(0).toObject().value("status"),
             QJsonValue(QStringLiteral("completed")));

    QJsonArray thirtyOne;
    for (int i = 0; i < 31; ++i)
        thirtyOne.append(QJsonObject{{"first_name", "Vic"},
                                     {"last_name", QStringLiteral("Contact %1").arg(i)},
                                     {"email", QStringLiteral("vic%1@example.com").arg(i)},
                                     {"job_title", "Director"},
                                     {"telephone", "555-0150"},
                                     {"validation_types", QJsonArray{"ev", "cs"}}});
    const QUrl url = m_sb.api(QStringLiteral("organization/3005/verified-contact"));
    QCOMPARE(m_http.post(url, kAdmin, {{"contacts", thirtyOne}}).errorCode(),
             QStringLiteral("too_many_verified_contacts"));
    thirtyOne.removeLast();
    r = m_http.post(url, kAdmin, {{"contacts", thirtyOne}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("contacts")).toArray().size(), 30);
    r = get(QStringLiteral("organization/3005/verified-contact"));
    const QJsonArray all = r.json().value(QStringLiteral("verified_contacts")).toArray();
    const QJsonObject added = all.last().toObject();
    QCOMPARE(added.value(QStringLiteral("validations")).toArray().size(), 2);
    QCOMPARE(added.value(QStringLiteral("validations")).toArray().at(0).toObject().value("status"),
             QJsonValue(QStringLiteral("pending")));
    QJsonObject missingPhone = thirtyOne.at(0).toObject();
    missingPhone.remove(QStringLiteral("telephone"));
    QCOMPARE(m_http.post(url, kAdmin, {{"contacts", QJsonArray{missingPhone}}}).errorCode(),
             QStringLiteral("missing_param|contacts[0].telephone"));
}

void tst_SandboxAccount::deleteOrganization() {
    QCOMPARE(m_http.del(m_sb.api(QStringLiteral("organization/3001")), kAdmin).errorCode(),
             QStringLiteral("organization_protected"));
    // An organization on a pending order cannot be deleted.
    const Response created = m_http.post(m_sb.api(QStringLiteral("organization")), kAdmin,
                                         newOrganization(QStringLiteral("Busy Org")));
    const int org = created.json().value(QStringLiteral("id")).toInt();
    const sbx::Csr csr = sbx::makeCsr(2048);
    const Response order =
        m_http.post(m_sb.api(QStringLiteral("order/certificate/ssl_basic")), kUser,
                    {{"certificate",
                      QJsonObject{{"common_name", "busy.example.org"}, {"csr", csr.pemString()}}},
                     {"validity_years", 1},
                     {"organization", QJsonObject{{"id", org}}}});
    QCOMPARE(order.status, 201);
    const QUrl url = m_sb.api(QStringLiteral("organization/%1").arg(org));
    QCOMPARE(m_http.del(url, kManager).errorCode(),
             QStringLiteral("access_denied|missing_permission"));
    QCOMPARE(m_http.del(url, kAdmin).errorCode(), QStringLiteral("organization_in_use"));
    QCOMPARE(m_http
                 .put(m_sb.api(QStringLiteral("order/certificate/%1/status")
                                   .arg(order.json().value(QStringLiteral("id")).toInt())),
                      kUser, {{"status", "canceled"}, {"note", "Not needed"}})
                 .status,
             204);
    QCOMPARE(m_http.del(url, kAdmin).status, 204);
    QCOMPARE(m_http.get(url, kAdmin).errorCode(), QStringLiteral("not_found|organization"));
    // Its domains go with it.
    QCOMPARE(get(QStringLiteral("domain"), QStringLiteral("filters[search]=busy.example.org"))
                 .json()
                 .value(QStringLiteral("page"))
                 .toObject()
                 .value("total")
                 .toInt(),
             0);
}

void tst_SandboxAccount::balanceShapes() {
    Response r = get(QStringLiteral("finance/balance"), QString(), kFinance);
    QCOMPARE(r.status, 200);
    QJsonObject b = r.json();
    // Seeded: 25,000.00 with a 2,000.00 limit and 5,000.00 unpaid (the Q3 purchase order).
    QCOMPARE(b.value(QStringLiteral("balance")).toString(), QStringLiteral("25000.00"));
    QCOMPARE(b.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(b.value(QStringLiteral("negative_balance_limit")).toString(),
             QStringLiteral("2000.00"));
    QCOMPARE(b.value(QStringLiteral("unpaid_invoice_balance")).toString(),
             QStringLiteral("5000.00"));
    QCOMPARE(b.value(QStringLiteral("used_credit_from_other_containers")).toString(),
             QStringLiteral("0.00"));
    QCOMPARE(b.value(QStringLiteral("total_available_funds")).toString(),
             QStringLiteral("22000.00"));
    QVERIFY(!b.contains(QStringLiteral("unlimited_negative_balance")));
    r = get(QStringLiteral("finance/balance"), QStringLiteral("container_id=104"), kFinance);
    b = r.json();
    QCOMPARE(b.value(QStringLiteral("balance")).toString(), QStringLiteral("-1000.70"));
    QCOMPARE(b.value(QStringLiteral("unlimited_negative_balance")).toBool(), true);
    QVERIFY(!b.contains(QStringLiteral("negative_balance_limit")));
    QVERIFY(!b.contains(QStringLiteral("total_available_funds")));
    QCOMPARE(get(QStringLiteral("finance/balance"), QStringLiteral("container_id=7"), kFinance)
                 .errorCode(),
             QStringLiteral("invalid_value|container_id"));
}

void tst_SandboxAccount::financeNeedsFinanceRole() {
    for (const QByteArray &key : {kUser, kManager}) {
        const Response r = get(QStringLiteral("finance/balance"), QString(), key);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
    }
    QCOMPARE(
        get(QStringLiteral("finance/invoice"), QString(), QByteArrayLiteral("demo-viewonly-key"))
            .status,
        200);
}

void tst_SandboxAccount::invoicesAndPdf() {
    Response r = get(QStringLiteral("finance/invoice"), QString(), kFinance);
    QCOMPARE(r.status, 200);
    const QJsonArray invoices = r.json().value(QStringLiteral("invoices")).toArray();
    QVERIFY(invoices.size() >= 4);
    r = get(QStringLiteral("finance/invoice"), QStringLiteral("filters[status]=unpaid"), kFinance);
    for (const QJsonValue &v : r.json().value(QStringLiteral("invoices")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unpaid"));
    QCOMPARE(
        get(QStringLiteral("finance/invoice"), QStringLiteral("filters[status]=late"), kFinance)
            .errorCode(),
        QStringLiteral("invalid_value|filters[status]"));
    const int id = invoices.at(0).toObject().value(QStringLiteral("id")).toInt();
    r = get(QStringLiteral("finance/invoice/%1").arg(id), QString(), kFinance);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("amount")).toString().contains(QLatin1Char('.')));
    QVERIFY(r.json().contains(QStringLiteral("line_items")));
    const Response pdf = get(QStringLiteral("finance/invoice/%1/pdf").arg(id), QString(), kFinance);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.contentType, QByteArrayLiteral("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-1.4"));
    QVERIFY(pdf.body.trimmed().endsWith("%%EOF"));
    QCOMPARE(get(QStringLiteral("finance/invoice/1")).errorCode(),
             QStringLiteral("not_found|invoice"));
}

void tst_SandboxAccount::payInvoice() {
    const Response list =
        get(QStringLiteral("finance/invoice"), QStringLiteral("filters[status]=unpaid"), kFinance);
    const QJsonArray unpaid = list.json().value(QStringLiteral("invoices")).toArray();
    QVERIFY(unpaid.size() >= 2);
    const int first = unpaid.at(0).toObject().value(QStringLiteral("id")).toInt();
    const int second = unpaid.at(1).toObject().value(QStringLiteral("id")).toInt();
    const QUrl pay = m_sb.api(QStringLiteral("finance/invoice/%1/pay").arg(first));
    Response r = m_http.post(pay, kFinance, cardPayment(QStringLiteral("4000000000000002")));
    QCOMPARE(r.status, 402);
    QCOMPARE(r.errorCode(), QStringLiteral("card_declined"));
    QCOMPARE(
        m_http.post(pay, kFinance, cardPayment(QStringLiteral("4242424242424241"))).errorCode(),
        QStringLiteral("invalid_value|credit_card.number"));
    QCOMPARE(m_http.post(pay, kFinance, cardPayment(QStringLiteral("4242424242424242"), 12345))
                 .errorCode(),
             QStringLiteral("invalid_value|credit_card.cvv"));
    QJsonObject noBilling = cardPayment(QStringLiteral("4242424242424242"));
    noBilling.remove(QStringLiteral("billing_address"));
    QCOMPARE(m_http.post(pay, kFinance, noBilling).errorCode(),
             QStringLiteral("missing_param|billing_address"));
    QCOMPARE(m_http.post(pay, kFinance, {{"payment_method", "balance"}}).errorCode(),
             QStringLiteral("invalid_value|payment_method"));
    r = m_http.post(pay, kFinance, cardPayment(QStringLiteral("4242 4242 4242 4242")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(r.json().value(QStringLiteral("card_last4")).toString(), QStringLiteral("4242"));
    QCOMPARE(
        m_http.post(pay, kFinance, cardPayment(QStringLiteral("4242424242424242"))).errorCode(),
        QStringLiteral("invoice_already_paid"));
    r = m_http.post(m_sb.api(QStringLiteral("finance/invoice/%1/pay").arg(second)), kAdmin,
                    {{"payment_method", "profile"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(get(QStringLiteral("finance/invoice/%1").arg(second), QString(), kFinance)
                 .json()
                 .value(QStringLiteral("payment"))
                 .toObject()
                 .value(QStringLiteral("method"))
                 .toString(),
             QStringLiteral("profile"));
}

void tst_SandboxAccount::purchaseOrders() {
    Response r = get(QStringLiteral("finance/purchase-order"), QString(), kFinance);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("purchase_orders")).toArray().size() >= 6);
    const QUrl url = m_sb.api(QStringLiteral("finance/purchase-order"));
    QCOMPARE(m_http.post(url, kFinance, {{"amount", 1000.5}}).errorCode(),
             QStringLiteral("invalid_value|amount"));
    QCOMPARE(m_http.post(url, kFinance, {{"amount", "10.005"}}).errorCode(),
             QStringLiteral("invalid_value|amount"));
    QCOMPARE(m_http.post(url, kFinance, {{"amount", "0.00"}}).errorCode(),
             QStringLiteral("invalid_value|amount"));
    QCOMPARE(m_http.post(url, kFinance, QJsonObject()).errorCode(),
             QStringLiteral("missing_param|amount"));
    QCOMPARE(m_http.post(url, kUser, {{"amount", "10.00"}}).errorCode(),
             QStringLiteral("access_denied|missing_permission"));
    r = m_http.post(
        url, kFinance,
        {{"amount", "1234.5"}, {"container", QJsonObject{{"id", 102}}}, {"note", "Q2"}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(r.json().value(QStringLiteral("amount")).toString(), QStringLiteral("1234.50"));
    const int po = r.json().value(QStringLiteral("id")).toInt();
    const QString before =
        get(QStringLiteral("finance/balance"), QStringLiteral("container_id=102"), kFinance)
            .json()
            .value(QStringLiteral("balance"))
            .toString();
    // DigiCert approves: an unpaid invoice appears and the funds become usable.
    r = m_http.send("POST", m_sb.control(QStringLiteral("purchase-order/%1/approve").arg(po)),
                    QByteArray());
    QCOMPARE(r.status, 200);
    const int invoice = r.json().value(QStringLiteral("invoice_id")).toInt();
    const QJsonObject b =
        get(QStringLiteral("finance/balance"), QStringLiteral("container_id=102"), kFinance).json();
    QCOMPARE(before, QStringLiteral("7500.00"));
    QCOMPARE(b.value(QStringLiteral("balance")).toString(), QStringLiteral("8734.50"));
    QCOMPARE(b.value(QStringLiteral("unpaid_invoice_balance")).toString(),
             QStringLiteral("1234.50"));
    QCOMPARE(b.value(QStringLiteral("total_available_funds")).toString(),
             QStringLiteral("7500.00"));
    const QJsonObject inv =
        get(QStringLiteral("finance/invoice/%1").arg(invoice), QString(), kFinance).json();
    QCOMPARE(inv.value(QStringLiteral("purchase_order")).toObject().value("id").toInt(), po);
    QCOMPARE(get(QStringLiteral("finance/purchase-order"),
                 QStringLiteral("filters[status]=approved"), kFinance)
                 .json()
                 .value(QStringLiteral("purchase_orders"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toInt(),
             po);
}

void tst_SandboxAccount::controlAndListErrors() {
    QCOMPARE(
        m_http
            .send("POST", m_sb.control(QStringLiteral("purchase-order/8001/approve")), QByteArray())
            .errorCode(),
        QStringLiteral("invalid_purchase_order_status"));
    QCOMPARE(
        m_http.send("POST", m_sb.control(QStringLiteral("purchase-order/1/approve")), QByteArray())
            .errorCode(),
        QStringLiteral("not_found|purchase_order"));
    QCOMPARE(m_http
                 .send("POST", m_sb.control(QStringLiteral("purchase-order/8005/reject")),
                       QByteArray(), R"({"reason": "Not needed"})")
                 .status,
             204);
    QCOMPARE(
        m_http.send("POST", m_sb.control(QStringLiteral("clock")), QByteArray(), "{}").errorCode(),
        QStringLiteral("missing_param|advance_days"));
    QCOMPARE(
        m_http
            .send("POST", m_sb.control(QStringLiteral("organization/9999/validate")), QByteArray())
            .errorCode(),
        QStringLiteral("not_found|organization"));
    QCOMPARE(
        m_http.send("POST", m_sb.control(QStringLiteral("nothing-here")), QByteArray()).errorCode(),
        QStringLiteral("not_found|route"));
    QCOMPARE(get(QStringLiteral("request"), QStringLiteral("filters[type]=renewal")).errorCode(),
             QStringLiteral("invalid_value|filters[type]"));
    QCOMPARE(get(QStringLiteral("request"), QStringLiteral("sort=date")).errorCode(),
             QStringLiteral("invalid_value|sort"));
    QCOMPARE(get(QStringLiteral("organization"), QStringLiteral("limit=0")).errorCode(),
             QStringLiteral("invalid_value|limit"));
    QCOMPARE(get(QStringLiteral("domain"), QStringLiteral("offset=-3")).errorCode(),
             QStringLiteral("invalid_value|offset"));
    // A seeded issued order downloads for a platform chosen in the path.
    const Response issued =
        get(QStringLiteral("order/certificate"), QStringLiteral("filters[status]=issued&limit=1"));
    const int certificateId = issued.json()
                                  .value(QStringLiteral("orders"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("certificate"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInt();
    QCOMPARE(get(QStringLiteral("certificate/%1/download/platform/45").arg(certificateId)).status,
             200);
    QCOMPARE(
        get(QStringLiteral("certificate/%1/download/platform/999").arg(certificateId)).errorCode(),
        QStringLiteral("invalid_value|platform_id"));
}

QTEST_GUILESS_MAIN(tst_SandboxAccount)
#include "tst_sandboxaccount.moc"
