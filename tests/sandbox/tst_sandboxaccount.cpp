// certdesk-sandbox account areas: domains (DCV, validation, locking, delete), organizations
// (create and validate in one request, validation details, contacts, verified contacts,
// delete rules) and finance as the Services API has it (balance, balance history, transfers
// between divisions, the payment profile; no invoice or purchase-order paths), including every
// documented error of those endpoints.

#include "SandboxHarness.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <limits>

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

// Every key List balance history documents for an adjustment.
const QSet<QString> kAdjustmentKeys = {QStringLiteral("id"),
                                       QStringLiteral("container"),
                                       QStringLiteral("credit"),
                                       QStringLiteral("debit"),
                                       QStringLiteral("transaction_type"),
                                       QStringLiteral("receipt_id"),
                                       QStringLiteral("transaction_date"),
                                       QStringLiteral("balance_after"),
                                       QStringLiteral("order_id"),
                                       QStringLiteral("expiration_date"),
                                       QStringLiteral("note"),
                                       QStringLiteral("currency")};

// Money as the API writes it: "454.00", "-1000.70".
bool isMoney(const QJsonValue &value) {
    static const QRegularExpression pattern(QStringLiteral("^-?\\d+\\.\\d{2}$"));
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

qint64 cents(const QJsonValue &value) {
    const QString text = value.toString();
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringList parts = text.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    const qint64 magnitude = parts.value(0).toLongLong() * 100 + parts.value(1).toLongLong();
    return negative ? -magnitude : magnitude;
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
    void balanceHistory();
    void balanceHistoryFilters();
    void balanceHistorySortAndPaging();
    void paymentProfile();
    void transfer();
    void transferRefused();
    void orderChargeInHistory();
    void noInvoiceOrPurchaseOrderRoutes();
    void controlAndListErrors();

private:
    Response get(const QString &path, const QString &query = QString(),
                 const QByteArray &key = kAdmin) {
        return m_http.get(m_sb.api(path, query), key);
    }
    // The adjustments of one List balance history page.
    QJsonArray history(const QString &query = QString(), const QByteArray &key = kFinance) {
        const Response r = get(QStringLiteral("finance/balance-history"), query, key);
        if (r.status != 200)
            qWarning() << "balance-history" << query << r.describe();
        return r.json().value(QStringLiteral("adjustments")).toArray();
    }
    QString balanceOf(int container) {
        return get(QStringLiteral("finance/balance"),
                   QStringLiteral("container_id=%1").arg(container), kFinance)
            .json()
            .value(QStringLiteral("balance"))
            .toString();
    }
    Response transfer(const QJsonObject &body, const QByteArray &key = kFinance) {
        return m_http.post(m_sb.api(QStringLiteral("finance/transfer")), key, body);
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
    // validations[] is part of every List domains entry (certcentral-docs.md 7.1).
    QVERIFY(first.contains(QStringLiteral("validations")));

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
    QCOMPARE(m_http.put(check, kManager).errorCode(), QStringLiteral("invalid_dns_txt"));
    QCOMPARE(m_http.send("POST", m_sb.control(QStringLiteral("dcv/new-site.example")), QByteArray())
                 .status,
             204);
    r = m_http.put(check, kManager);
    QCOMPARE(r.status, 200);
    // {token, status} with active or inactive (certcentral-docs.md 7.6).
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(r.json().value(QStringLiteral("token")).toString(), token);
    r = get(QStringLiteral("domain/%1").arg(id), QStringLiteral("include_dcv=true"));
    QCOMPARE(r.json().value(QStringLiteral("dcv_approval_method")).toString(),
             QStringLiteral("dns-txt-token"));

    // Method and token (certcentral-docs.md 7.5 and 7.7).
    const QUrl method = m_sb.api(QStringLiteral("domain/%1/dcv/method").arg(id));
    r = m_http.put(method, kManager, {{"dcv_method", "email"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), QJsonObject());
    const QUrl newToken = m_sb.api(QStringLiteral("domain/%1/dcv/token").arg(id));
    QCOMPARE(m_http.send("POST", newToken, kManager).errorCode(),
             QStringLiteral("invalid_dcv_method"));
    // There is no random-value route for domains.
    r = m_http.put(m_sb.api(QStringLiteral("domain/%1/dcv/random-value").arg(id)), kManager);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found|route"));
    r = m_http.put(method, kManager, {{"dcv_method", "http-token"}});
    QCOMPARE(r.status, 200);
    const QJsonObject dcvToken = r.json().value(QStringLiteral("dcv_token")).toObject();
    QCOMPARE(dcvToken.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(dcvToken.contains(QStringLiteral("expiration_date")));
    // The same method again: {}.
    QCOMPARE(m_http.put(method, kManager, {{"dcv_method", "http-token"}}).json(), QJsonObject());
    // A new token, no body: {token, expiration_date, http_token_url}; it replaces the old one.
    r = m_http.send("POST", newToken, kManager);
    QCOMPARE(r.status, 200);
    const QString second = r.json().value(QStringLiteral("token")).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != dcvToken.value(QStringLiteral("token")).toString());
    QVERIFY(r.json()
                .value(QStringLiteral("http_token_url"))
                .toString()
                .startsWith(QLatin1String("http://new-site.example/")));
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
    QCOMPARE(get(QStringLiteral("domain"), QStringLiteral("filters[search]=%25to-delete"))
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
    // Read from Organization info (certcentral-docs.md 8.2): there is no verified-contact route.
    Response r = get(QStringLiteral("organization/3001"));
    QCOMPARE(r.status, 200);
    const QJsonObject seeded =
        r.json().value(QStringLiteral("verified_contacts")).toArray().at(0).toObject();
    QVERIFY(seeded.value(QStringLiteral("id")).toInt() > 0);
    QVERIFY(!seeded.value(QStringLiteral("validations")).toArray().isEmpty());
    QCOMPARE(seeded.value(QStringLiteral("validations")).toArray().at(0).toObject().value("status"),
             QJsonValue(QStringLiteral("completed")));
    QCOMPARE(get(QStringLiteral("organization/3001/verified-contact")).errorCode(),
             QStringLiteral("not_found|route"));

    // Added as verified_users of POST organization/{id}/validation (8.4), per type.
    QJsonArray people;
    for (int i = 0; i < 30; ++i)
        people.append(QJsonObject{{"first_name", "Vic"},
                                  {"last_name", QStringLiteral("Contact %1").arg(i)},
                                  {"email", QStringLiteral("vic%1@example.com").arg(i)},
                                  {"job_title", "Director"},
                                  {"telephone", "555-0150"}});
    const QUrl url = m_sb.api(QStringLiteral("organization/3005/validation"));
    const int before = int(get(QStringLiteral("organization/3005"))
                               .json()
                               .value("verified_contacts")
                               .toArray()
                               .size());
    r = m_http.post(
        url, kAdmin,
        {{"validations", QJsonArray{QJsonObject{{"type", "ev"}, {"verified_users", people}},
                                    QJsonObject{{"type", "cs"}, {"verified_users", people}}}}});
    QCOMPARE(r.status, 204);
    const QJsonArray all =
        get(QStringLiteral("organization/3005")).json().value("verified_contacts").toArray();
    // The same person under two types is one contact with two validations.
    QCOMPARE(all.size(), before + 30);
    const QJsonObject added = all.last().toObject();
    QCOMPARE(added.value(QStringLiteral("validations")).toArray().size(), 2);
    QCOMPARE(added.value(QStringLiteral("validations")).toArray().at(0).toObject().value("status"),
             QJsonValue(QStringLiteral("pending")));
    QJsonObject missingPhone = people.at(0).toObject();
    missingPhone.remove(QStringLiteral("telephone"));
    QCOMPARE(m_http
                 .post(url, kAdmin,
                       {{"validations",
                         QJsonArray{QJsonObject{{"type", "ev"},
                                                {"verified_users", QJsonArray{missingPhone}}}}}})
                 .errorCode(),
             QStringLiteral("missing_param|validations[0].verified_users[0].telephone"));
    // An existing contact by its id.
    const int known = added.value(QStringLiteral("id")).toInt();
    QCOMPARE(m_http
                 .post(url, kAdmin,
                       {{"validations",
                         QJsonArray{QJsonObject{
                             {"type", "ev_cs"},
                             {"verified_users", QJsonArray{QJsonObject{{"id", known}}}}}}}})
                 .status,
             204);
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
    // Seeded: 25,000.00 with a 2,000.00 limit and 5,000.00 of unpaid invoices.
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
    // Exactly the documented fields; every amount a decimal string.
    QStringList keys = b.keys();
    QCOMPARE(keys,
             QStringList({"balance", "currency", "negative_balance_limit", "total_available_funds",
                          "unpaid_invoice_balance", "used_credit_from_other_containers"}));
    for (const QString &key : keys) {
        if (key != QLatin1String("currency"))
            QVERIFY2(isMoney(b.value(key)), qPrintable(key));
    }
    // APAC owes 750.00 of invoices; the other divisions nothing.
    b = get(QStringLiteral("finance/balance"), QStringLiteral("container_id=103"), kFinance).json();
    QCOMPARE(b.value(QStringLiteral("unpaid_invoice_balance")).toString(),
             QStringLiteral("750.00"));
    QCOMPARE(b.value(QStringLiteral("total_available_funds")).toString(),
             QStringLiteral("1450.50"));
    b = get(QStringLiteral("finance/balance"), QStringLiteral("container_id=102"), kFinance).json();
    QCOMPARE(b.value(QStringLiteral("unpaid_invoice_balance")).toString(), QStringLiteral("0.00"));
    r = get(QStringLiteral("finance/balance"), QStringLiteral("container_id=104"), kFinance);
    b = r.json();
    QCOMPARE(b.value(QStringLiteral("balance")).toString(), QStringLiteral("-1000.70"));
    QCOMPARE(b.value(QStringLiteral("unlimited_negative_balance")).toBool(), true);
    QVERIFY(!b.contains(QStringLiteral("negative_balance_limit")));
    QVERIFY(!b.contains(QStringLiteral("total_available_funds")));
    QVERIFY(b.value(QStringLiteral("unlimited_negative_balance")).isBool());
    keys = b.keys();
    QCOMPARE(keys, QStringList({"balance", "currency", "unlimited_negative_balance",
                                "unpaid_invoice_balance", "used_credit_from_other_containers"}));
    QCOMPARE(get(QStringLiteral("finance/balance"), QStringLiteral("container_id=7"), kFinance)
                 .errorCode(),
             QStringLiteral("invalid_value|container_id"));
}

void tst_SandboxAccount::financeNeedsFinanceRole() {
    const QStringList paths = {QStringLiteral("finance/balance"),
                               QStringLiteral("finance/balance-history"),
                               QStringLiteral("finance/payment-profile")};
    for (const QString &path : paths) {
        for (const QByteArray &key : {kUser, kManager}) {
            const Response r = get(path, QString(), key);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
        }
        // A view-only key may read.
        QCOMPARE(get(path, QString(), QByteArrayLiteral("demo-viewonly-key")).status, 200);
    }
}

void tst_SandboxAccount::balanceHistory() {
    const Response r = get(QStringLiteral("finance/balance-history"), QString(), kFinance);
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.json().value(QStringLiteral("adjustments")).toArray();
    const QJsonObject page = r.json().value(QStringLiteral("page")).toObject();
    // Three seeded credits of Example Corp plus the sales of a few recent seeded orders.
    QVERIFY(all.size() >= 3);
    QCOMPARE(page.value(QStringLiteral("total")).toInt(), all.size());
    QCOMPARE(page.value(QStringLiteral("limit")).toInt(), 1000);
    QCOMPARE(page.value(QStringLiteral("offset")).toInt(), 0);

    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    qint64 previousId = 0;
    qint64 previousBalance = 0;
    bool invoicePayment = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject a = all.at(i).toObject();
        for (const QString &key : a.keys())
            QVERIFY2(kAdjustmentKeys.contains(key), qPrintable(key));
        QVERIFY(a.value(QStringLiteral("id")).isString());
        QVERIFY(digits.match(a.value(QStringLiteral("id")).toString()).hasMatch());
        // Default order: ascending id.
        const qint64 id = a.value(QStringLiteral("id")).toString().toLongLong();
        QVERIFY(id > previousId);
        previousId = id;
        const QJsonObject container = a.value(QStringLiteral("container")).toObject();
        QVERIFY(container.value(QStringLiteral("id")).isDouble());
        QCOMPARE(container.value(QStringLiteral("id")).toInt(), 100);
        QCOMPARE(container.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Example Corp"));
        QCOMPARE(container.value(QStringLiteral("is_active")).toBool(), true);
        // Exactly one of credit and debit.
        QVERIFY(a.contains(QStringLiteral("credit")) != a.contains(QStringLiteral("debit")));
        const QJsonValue amount = a.contains(QStringLiteral("credit"))
                                      ? a.value(QStringLiteral("credit"))
                                      : a.value(QStringLiteral("debit"));
        QVERIFY(isMoney(amount));
        QVERIFY(cents(amount) > 0);
        QVERIFY(a.value(QStringLiteral("transaction_type")).isString());
        QVERIFY(dateTime.match(a.value(QStringLiteral("transaction_date")).toString()).hasMatch());
        QVERIFY(isMoney(a.value(QStringLiteral("balance_after"))));
        QCOMPARE(a.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        if (a.contains(QStringLiteral("receipt_id")))
            QVERIFY(a.value(QStringLiteral("receipt_id")).isString());
        if (a.contains(QStringLiteral("order_id")))
            QVERIFY(digits.match(a.value(QStringLiteral("order_id")).toString()).hasMatch());
        if (a.contains(QStringLiteral("expiration_date")))
            QVERIFY(a.value(QStringLiteral("expiration_date")).toString().endsWith(" 00:00:00"));
        if (a.contains(QStringLiteral("note")))
            QVERIFY(a.value(QStringLiteral("note")).isString());
        // Each balance_after follows from the one before.
        const qint64 change = a.contains(QStringLiteral("credit")) ? cents(amount) : -cents(amount);
        const qint64 balanceAfter = cents(a.value(QStringLiteral("balance_after")));
        if (i > 0)
            QCOMPARE(balanceAfter, previousBalance + change);
        previousBalance = balanceAfter;
        if (a.value(QStringLiteral("transaction_type")).toString() == QLatin1String("Credit") &&
            a.value(QStringLiteral("note")).toString() ==
                QLatin1String("Payment for invoice #100001"))
            invoicePayment = true;
        if (a.value(QStringLiteral("transaction_type")).toString() ==
            QLatin1String("Sale from Account Balance"))
            QVERIFY(a.contains(QStringLiteral("order_id")));
    }
    QVERIFY(invoicePayment);
    // The newest entry ends at today's balance.
    QCOMPARE(all.last().toObject().value(QStringLiteral("balance_after")).toString(),
             QStringLiteral("25000.00"));

    // container_id picks the division, as on finance/balance.
    const QJsonArray emea = history(QStringLiteral("container_id=101"));
    QVERIFY(!emea.isEmpty());
    for (const QJsonValue &v : emea)
        QCOMPARE(v.toObject().value("container").toObject().value("id").toInt(), 101);
    QCOMPARE(emea.last().toObject().value(QStringLiteral("balance_after")).toString(),
             QStringLiteral("5000.00"));
    QCOMPARE(
        get(QStringLiteral("finance/balance-history"), QStringLiteral("container_id=7"), kFinance)
            .errorCode(),
        QStringLiteral("invalid_value|container_id"));
    // Research Labs runs a negative balance.
    QCOMPARE(history(QStringLiteral("container_id=104"))
                 .last()
                 .toObject()
                 .value(QStringLiteral("balance_after"))
                 .toString(),
             QStringLiteral("-1000.70"));
}

void tst_SandboxAccount::balanceHistoryFilters() {
    const QJsonArray all = history();
    auto count = [&all](const std::function<bool(const QJsonObject &)> &keep) {
        int n = 0;
        for (const QJsonValue &v : all)
            n += keep(v.toObject()) ? 1 : 0;
        return n;
    };
    auto date = [](const QJsonObject &a, const char *key) {
        return a.value(QLatin1String(key)).toString();
    };

    // filters[adjust_type]: the transaction type in any case, or its snake-case form.
    const int deposits = count([](const QJsonObject &a) {
        return a.value(QStringLiteral("transaction_type")).toString() ==
               QLatin1String("Credit Card Deposit");
    });
    QCOMPARE(deposits, 2);
    for (const QString &type :
         {QStringLiteral("credit_card_deposit"), QStringLiteral("Credit%20Card%20Deposit"),
          QStringLiteral("CREDIT_CARD_DEPOSIT")}) {
        const QJsonArray found = history(QStringLiteral("filters[adjust_type]=") + type);
        QCOMPARE(found.size(), deposits);
        for (const QJsonValue &v : found) {
            QCOMPARE(v.toObject().value(QStringLiteral("transaction_type")).toString(),
                     QStringLiteral("Credit Card Deposit"));
            QVERIFY(v.toObject().contains(QStringLiteral("expiration_date")));
            QVERIFY(v.toObject().contains(QStringLiteral("receipt_id")));
        }
    }
    QCOMPARE(history(QStringLiteral("filters[adjust_type]=credit")).size(), 1);
    QCOMPARE(history(QStringLiteral("filters[adjust_type]=nothing_like_it")).size(), 0);

    // filters[transaction_date]: after, before, a range, one day, a range with times.
    const int after = count([&date](const QJsonObject &a) {
        return date(a, "transaction_date") > QLatin1String("2026-01-01 23:59:59");
    });
    QVERIFY(after > 0 && after < all.size());
    QCOMPARE(history(QStringLiteral("filters[transaction_date]=>2026-01-01")).size(), after);
    QCOMPARE(history(QStringLiteral("filters[transaction_date]=<2026-01-02")).size(),
             all.size() - after);
    const int autumn = count([&date](const QJsonObject &a) {
        return date(a, "transaction_date") >= QLatin1String("2025-09-01") &&
               date(a, "transaction_date") <= QLatin1String("2025-10-31 23:59:59");
    });
    QVERIFY(autumn > 0 && autumn < all.size());
    QCOMPARE(history(QStringLiteral("filters[transaction_date]=2025-09-01...2025-10-31")).size(),
             autumn);
    const QString firstDay = date(all.at(0).toObject(), "transaction_date").left(10);
    const int sameDay = count([&date, &firstDay](const QJsonObject &a) {
        return date(a, "transaction_date").startsWith(firstDay);
    });
    QCOMPARE(history(QStringLiteral("filters[transaction_date]=") + firstDay).size(), sameDay);
    const QString firstInstant = date(all.at(0).toObject(), "transaction_date");
    const QJsonArray fromFirst = history(QStringLiteral("filters[transaction_date]=%1...2026-12-31")
                                             .arg(QString(firstInstant).replace(' ', "%20")));
    QCOMPARE(fromFirst.size(), all.size());
    const QJsonArray afterFirst = history(QStringLiteral("filters[transaction_date]=>%1")
                                              .arg(QString(firstInstant).replace(' ', "%20")));
    QCOMPARE(afterFirst.size(), all.size() - 1);

    // filters[expiration_date]: entries without one never match.
    const int expiring = count([&date](const QJsonObject &a) {
        return a.contains(QStringLiteral("expiration_date")) &&
               date(a, "expiration_date") > QLatin1String("2026-12-01 23:59:59");
    });
    QVERIFY(expiring > 0 && expiring < deposits);
    QCOMPARE(history(QStringLiteral("filters[expiration_date]=>2026-12-01")).size(), expiring);
    QCOMPARE(history(QStringLiteral("filters[expiration_date]=2020-01-01...2099-12-31")).size(),
             deposits);

    // filters[container_id]: alone it picks the division; with container_id it narrows.
    const QJsonArray apac = history(QStringLiteral("filters[container_id]=103"));
    QVERIFY(!apac.isEmpty());
    for (const QJsonValue &v : apac)
        QCOMPARE(v.toObject().value("container").toObject().value("id").toInt(), 103);
    QCOMPARE(history(QStringLiteral("container_id=100&filters[container_id]=100")).size(),
             all.size());
    const Response none =
        get(QStringLiteral("finance/balance-history"),
            QStringLiteral("container_id=100&filters[container_id]=101"), kFinance);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value("page").toObject().value("total").toInt(), 0);
    QVERIFY(!none.json().contains(QStringLiteral("adjustments")));

    // Filters combine.
    QCOMPARE(history(QStringLiteral("filters[adjust_type]=credit_card_deposit&"
                                    "filters[transaction_date]=>2026-01-01"))
                 .size(),
             count([&date](const QJsonObject &a) {
                 return a.value(QStringLiteral("transaction_type")).toString() ==
                            QLatin1String("Credit Card Deposit") &&
                        date(a, "transaction_date") > QLatin1String("2026-01-01 23:59:59");
             }));

    // Bad values name the parameter.
    const QStringList badDates = {QStringLiteral("2026-13-01"),
                                  QStringLiteral("yesterday"),
                                  QStringLiteral("2026-02-01...2026-01-01"),
                                  QStringLiteral("2026-01-01%2025:00:00"),
                                  QStringLiteral(">"),
                                  QStringLiteral("01/05/2026")};
    for (const QString &bad : badDates) {
        for (const QString &name : {QStringLiteral("filters[transaction_date]"),
                                    QStringLiteral("filters[expiration_date]")}) {
            const Response r =
                get(QStringLiteral("finance/balance-history"), name + '=' + bad, kFinance);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|") + name);
        }
    }
    QCOMPARE(get(QStringLiteral("finance/balance-history"),
                 QStringLiteral("filters[container_id]=x"), kFinance)
                 .errorCode(),
             QStringLiteral("invalid_value|filters[container_id]"));
}

void tst_SandboxAccount::balanceHistorySortAndPaging() {
    const QJsonArray all = history();
    QVERIFY(all.size() >= 3);

    QJsonArray sorted = history(QStringLiteral("sort=-transaction_date"));
    QCOMPARE(sorted.size(), all.size());
    for (qsizetype i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).toObject().value("transaction_date").toString() >=
                sorted.at(i).toObject().value("transaction_date").toString());

    // Several fields: credits (no debit) first, then debits by amount; ties by descending id.
    sorted = history(QStringLiteral("sort=debit,-id"));
    QCOMPARE(sorted.size(), all.size());
    qint64 lastDebit = -1;
    qint64 lastId = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : sorted) {
        const QJsonObject a = v.toObject();
        const qint64 debit = a.contains("debit") ? cents(a.value("debit")) : 0;
        const qint64 id = a.value("id").toString().toLongLong();
        QVERIFY(debit >= lastDebit);
        if (debit == lastDebit)
            QVERIFY(id < lastId);
        lastDebit = debit;
        lastId = id;
    }
    // Ascending expiration_date puts entries without one first.
    sorted = history(QStringLiteral("sort=expiration_date"));
    QVERIFY(!sorted.first().toObject().contains(QStringLiteral("expiration_date")));
    QVERIFY(sorted.last().toObject().contains(QStringLiteral("expiration_date")));

    for (const QString &bad : {QStringLiteral("amount"), QStringLiteral("id,"),
                               QStringLiteral("--id"), QStringLiteral("transaction_date,nope")}) {
        const Response r =
            get(QStringLiteral("finance/balance-history"), QStringLiteral("sort=") + bad, kFinance);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_value|sort"));
    }

    // Paging: the same code and errors as the other lists.
    const Response page = get(QStringLiteral("finance/balance-history"),
                              QStringLiteral("limit=2&offset=1"), kFinance);
    QCOMPARE(page.status, 200);
    const QJsonObject info = page.json().value(QStringLiteral("page")).toObject();
    QCOMPARE(info.value(QStringLiteral("total")).toInt(), all.size());
    QCOMPARE(info.value(QStringLiteral("limit")).toInt(), 2);
    QCOMPARE(info.value(QStringLiteral("offset")).toInt(), 1);
    const QJsonArray two = page.json().value(QStringLiteral("adjustments")).toArray();
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(0), all.at(1));
    QCOMPARE(two.at(1), all.at(2));
    const Response beyond = get(QStringLiteral("finance/balance-history"),
                                QStringLiteral("offset=%1").arg(all.size()), kFinance);
    QCOMPARE(beyond.json().value("page").toObject().value("total").toInt(), all.size());
    QVERIFY(!beyond.json().contains(QStringLiteral("adjustments")));
    for (const QString &bad : {QStringLiteral("limit=0"), QStringLiteral("limit=1001")})
        QCOMPARE(get(QStringLiteral("finance/balance-history"), bad, kFinance).errorCode(),
                 QStringLiteral("invalid_value|limit"));
    QCOMPARE(get(QStringLiteral("finance/balance-history"), QStringLiteral("offset=-1"), kFinance)
                 .errorCode(),
             QStringLiteral("invalid_value|offset"));
}

void tst_SandboxAccount::paymentProfile() {
    const Response r = get(QStringLiteral("finance/payment-profile"), QString(), kFinance);
    QCOMPARE(r.status, 200);
    const QJsonArray profiles = r.json().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(r.json().value("page").toObject().value("total").toInt(), 1);
    const QJsonObject profile = profiles.at(0).toObject();
    QVERIFY(profile.value(QStringLiteral("id")).isDouble());
    QCOMPARE(profile.value(QStringLiteral("is_default")).toBool(), true);
    QCOMPARE(profile.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    const QJsonObject card = profile.value(QStringLiteral("credit_card")).toObject();
    QVERIFY(card.value(QStringLiteral("shortened_number")).toString().endsWith("4242"));
    QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("visa"));
    QVERIFY(card.value(QStringLiteral("expiration_month")).isDouble());
    QVERIFY(card.value(QStringLiteral("expiration_year")).isDouble());
    QVERIFY(!card.value(QStringLiteral("cardholder_name")).toString().isEmpty());
    QVERIFY(card.value(QStringLiteral("label")).isString());
    const QJsonObject billing = profile.value(QStringLiteral("billing_address")).toObject();
    for (const char *key : {"address", "city", "state", "zip", "country"})
        QVERIFY2(billing.value(QLatin1String(key)).isString(), key);
    QVERIFY(profile.value(QStringLiteral("billing_email")).toString().contains('@'));
    // Never a full card number, nor a CVV.
    QVERIFY(
        !QRegularExpression(QStringLiteral("\\d{9,}")).match(QString::fromUtf8(r.body)).hasMatch());
    QVERIFY(!r.body.contains("cvv"));
    QVERIFY(!card.contains(QStringLiteral("number")));
    // Read only.
    QCOMPARE(m_http.post(m_sb.api(QStringLiteral("finance/payment-profile")), kAdmin, {}).status,
             405);
}

void tst_SandboxAccount::transfer() {
    // Americas (102) has 7,500.00; EMEA (101) has 5,000.00. The reference's example sends
    // every field as a digit string; numbers work too.
    const int americasBefore = history(QStringLiteral("container_id=102")).size();
    const int emeaBefore = history(QStringLiteral("container_id=101")).size();
    QCOMPARE(balanceOf(102), QStringLiteral("7500.00"));
    QCOMPARE(balanceOf(101), QStringLiteral("5000.00"));
    Response r =
        transfer({{"amount", "1000"}, {"from_container_id", "102"}, {"to_container_id", 101}});
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(balanceOf(102), QStringLiteral("6500.00"));
    QCOMPARE(balanceOf(101), QStringLiteral("6000.00"));

    const QJsonArray americas = history(QStringLiteral("container_id=102"));
    QCOMPARE(americas.size(), americasBefore + 1);
    const QJsonObject debit = americas.last().toObject();
    QCOMPARE(debit.value(QStringLiteral("debit")).toString(), QStringLiteral("1000.00"));
    QVERIFY(!debit.contains(QStringLiteral("credit")));
    QCOMPARE(debit.value(QStringLiteral("transaction_type")).toString(),
             QStringLiteral("Transfer"));
    QCOMPARE(debit.value(QStringLiteral("note")).toString(), QStringLiteral("Transfer to EMEA"));
    QCOMPARE(debit.value(QStringLiteral("balance_after")).toString(), QStringLiteral("6500.00"));
    const QJsonArray emea = history(QStringLiteral("container_id=101"));
    QCOMPARE(emea.size(), emeaBefore + 1);
    const QJsonObject credit = emea.last().toObject();
    QCOMPARE(credit.value(QStringLiteral("credit")).toString(), QStringLiteral("1000.00"));
    QCOMPARE(credit.value(QStringLiteral("note")).toString(),
             QStringLiteral("Transfer from Americas"));
    QCOMPARE(credit.value(QStringLiteral("balance_after")).toString(), QStringLiteral("6000.00"));
    QCOMPARE(history(QStringLiteral("container_id=101&filters[adjust_type]=transfer")).size(), 1);

    // An unlimited negative balance (Research Labs, 104) may go further below zero.
    r = transfer({{"amount", 500}, {"from_container_id", 104}, {"to_container_id", 102}}, kAdmin);
    QCOMPARE(r.status, 204);
    QCOMPARE(balanceOf(104), QStringLiteral("-1500.70"));
    QCOMPARE(balanceOf(102), QStringLiteral("7000.00"));
}

void tst_SandboxAccount::transferRefused() {
    const QString americas = balanceOf(102);
    const QString emea = balanceOf(101);
    const int entries = history(QStringLiteral("container_id=102")).size();
    const QJsonObject good{{"amount", "10"}, {"from_container_id", 102}, {"to_container_id", 101}};
    auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(QLatin1String(key));
        else
            body.insert(QLatin1String(key), value);
        return body;
    };
    struct Case {
        const char *name;
        QJsonObject body;
        const char *code;
    };
    const Case cases[] = {
        {"decimal string", with("amount", "10.50"), "invalid_value|amount"},
        {"decimal number", with("amount", 10.5), "invalid_value|amount"},
        {"zero", with("amount", 0), "invalid_value|amount"},
        {"negative", with("amount", -5), "invalid_value|amount"},
        {"negative string", with("amount", "-5"), "invalid_value|amount"},
        {"not a number", with("amount", "ten"), "invalid_value|amount"},
        {"boolean", with("amount", true), "invalid_value|amount"},
        {"missing amount", with("amount", QJsonValue::Undefined), "missing_param|amount"},
        {"missing from", with("from_container_id", QJsonValue::Undefined),
         "missing_param|from_container_id"},
        {"missing to", with("to_container_id", QJsonValue::Undefined),
         "missing_param|to_container_id"},
        {"same division", with("to_container_id", 102), "invalid_value|to_container_id"},
        {"unknown from", with("from_container_id", 7), "invalid_value|from_container_id"},
        {"unknown to", with("to_container_id", "999"), "invalid_value|to_container_id"},
        {"container not a number", with("to_container_id", "EMEA"),
         "invalid_value|to_container_id"},
        // APAC (103): 1,200.50 + 1,000.00 limit - 750.00 unpaid = 1,450.50 available.
        {"more than available",
         QJsonObject{{"amount", 1451}, {"from_container_id", 103}, {"to_container_id", 100}},
         "insufficient_funds"},
    };
    for (const Case &c : cases) {
        const Response r = transfer(c.body);
        QVERIFY2(r.status == 400, c.name);
        QVERIFY2(r.errorCode() == QLatin1String(c.code),
                 qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") +
                            QString::fromUtf8(r.describe())));
    }
    const Response notJson =
        m_http.send("POST", m_sb.api(QStringLiteral("finance/transfer")), kFinance, "[1]");
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.errorCode(), QStringLiteral("invalid_json"));
    // Exactly what APAC has available still goes through.
    QCOMPARE(
        transfer({{"amount", 1450}, {"from_container_id", 103}, {"to_container_id", 100}}).status,
        204);
    QCOMPARE(balanceOf(103), QStringLiteral("-249.50"));

    // A view-only key may not write; roles without finance may not transfer.
    for (const QByteArray &key : {QByteArrayLiteral("demo-viewonly-key"), kManager, kUser,
                                  QByteArrayLiteral("demo-limited-key")}) {
        const Response r = transfer(good, key);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("access_denied|missing_permission"));
    }
    QCOMPARE(balanceOf(102), americas);
    QCOMPARE(balanceOf(101), emea);
    QCOMPARE(history(QStringLiteral("container_id=102")).size(), entries);
    // GET is not a transfer.
    QCOMPARE(get(QStringLiteral("finance/transfer"), QString(), kFinance).status, 405);
}

void tst_SandboxAccount::orderChargeInHistory() {
    const sbx::Csr csr = sbx::makeCsr(2048, "history.example.com");
    const QJsonObject order{{"certificate", QJsonObject{{"common_name", "history.example.com"},
                                                        {"csr", csr.pemString()}}},
                            {"order_validity", QJsonObject{{"years", 1}}},
                            {"dcv_method", "email"},
                            {"payment_method", "balance"}};
    const QString before = balanceOf(100);
    Response r =
        m_http.post(m_sb.api(QStringLiteral("order/certificate/ssl_dv_rapidssl")), kAdmin, order);
    QCOMPARE(r.status, 201);
    const int orderId = r.json().value(QStringLiteral("id")).toInt();
    QVERIFY(orderId > 0);
    const QString price = get(QStringLiteral("order/certificate/%1").arg(orderId))
                              .json()
                              .value(QStringLiteral("price"))
                              .toString();
    QVERIFY(isMoney(price));
    QCOMPARE(cents(balanceOf(100)), cents(before) - cents(price));

    QJsonObject sale = history(QStringLiteral("sort=-id&limit=1")).at(0).toObject();
    QCOMPARE(sale.value(QStringLiteral("order_id")).toString(), QString::number(orderId));
    QCOMPARE(sale.value(QStringLiteral("debit")).toString(), price);
    QCOMPARE(sale.value(QStringLiteral("transaction_type")).toString(),
             QStringLiteral("Sale from Account Balance"));
    QCOMPARE(sale.value(QStringLiteral("note")).toString(),
             QStringLiteral("Auto-debit: order from account balance"));
    QCOMPARE(sale.value(QStringLiteral("balance_after")).toString(), balanceOf(100));

    // Canceling the pending order refunds it, and the refund is in the history too.
    r = m_http.put(m_sb.api(QStringLiteral("order/certificate/%1/status").arg(orderId)), kAdmin,
                   {{"status", "canceled"}, {"note", "Not needed."}});
    QCOMPARE(r.status, 204);
    QCOMPARE(balanceOf(100), before);
    const QJsonObject refund = history(QStringLiteral("sort=-id&limit=1")).at(0).toObject();
    QCOMPARE(refund.value(QStringLiteral("credit")).toString(), price);
    QCOMPARE(refund.value(QStringLiteral("transaction_type")).toString(), QStringLiteral("Refund"));
    QCOMPARE(refund.value(QStringLiteral("order_id")).toString(), QString::number(orderId));
    QCOMPARE(refund.value(QStringLiteral("note")).toString(),
             QStringLiteral("Refund for order #%1").arg(orderId));
    QCOMPARE(refund.value(QStringLiteral("balance_after")).toString(), before);
}

void tst_SandboxAccount::noInvoiceOrPurchaseOrderRoutes() {
    // The Services API has no invoice or purchase-order endpoints: like any unknown path.
    const struct {
        QByteArray verb;
        const char *path;
    } removed[] = {{"GET", "finance/invoice"},          {"GET", "finance/invoice/9001"},
                   {"GET", "finance/invoice/9001/pdf"}, {"POST", "finance/invoice/9001/pay"},
                   {"GET", "finance/purchase-order"},   {"POST", "finance/purchase-order"}};
    for (const auto &route : removed) {
        for (const QByteArray &key : {kAdmin, kFinance}) {
            const Response r =
                m_http.send(route.verb, m_sb.api(QLatin1String(route.path)), key,
                            route.verb == "POST" ? QByteArrayLiteral("{}") : QByteArray());
            QVERIFY2(r.status == 404, route.path);
            QCOMPARE(r.errorCode(), QStringLiteral("not_found|route"));
        }
    }
    // Nor are there controls for them.
    for (const char *path : {"purchase-order/8001/approve", "purchase-order/8005/reject"}) {
        const Response r = m_http.send("POST", m_sb.control(QLatin1String(path)), QByteArray());
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found|route"));
    }
}

void tst_SandboxAccount::controlAndListErrors() {
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
