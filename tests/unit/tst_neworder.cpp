#include "core/NewOrder.h"
#include "core/PlacedOrder.h"
#include "core/TlsLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// NewOrder's JSON (fields and date formats as decisions.md gives them) and PlacedOrder's
// reading of the replies.
class tst_NewOrder : public QObject {
    Q_OBJECT
private slots:
    void json();
    void validityForms();
    void alternativeIdsAreFreshAndValid();
    void placedReplies();
    void extrasJson();
    void extrasValidation_data();
    void extrasValidation();
};

namespace {

NewOrder validEvOrder() {
    NewOrder o;
    o.productNameId = QStringLiteral("ssl_ev_basic");
    o.organizationRequired = true;
    o.evProduct = true;
    o.commonName = QStringLiteral("shop.example.com");
    o.dnsNames = {QStringLiteral("www.shop.example.com")};
    o.csr = "-";
    o.organizationId = 3001;
    o.dcvMethod = QStringLiteral("email");
    return o;
}

OrganizationContact person(const QString &first, const QString &email) {
    OrganizationContact c;
    c.firstName = first;
    c.lastName = QStringLiteral("Rahman");
    c.email = email;
    c.jobTitle = QStringLiteral("CFO");
    c.telephone = QStringLiteral("555-0100");
    return c;
}

} // namespace

void tst_NewOrder::extrasJson() {
    NewOrder o = validEvOrder();
    o.verifiedContactIds = {7001};
    o.newVerifiedContacts = {
        NewVerifiedContact{person(QStringLiteral("Gia"), QStringLiteral("gia@example.com")), {}}};
    o.technicalContact = person(QStringLiteral("Tom"), QStringLiteral("tom@example.com"));
    o.dcvEmails = {{QStringLiteral("www.shop.example.com"), QStringLiteral("admin@example.com")}};
    o.customFields = {{11, QStringLiteral(" CC-12 ")}};
    o.autoReissue = true;
    QVERIFY2(o.validate().isEmpty(), qPrintable(o.validate()));
    const QJsonObject j = QJsonDocument::fromJson(o.toJson()).object();
    const QJsonArray contacts = j.value("organization").toObject().value("contacts").toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(0).toObject(),
             (QJsonObject{{"contact_type", "verified_contact"}, {"user_id", 7001}}));
    const QJsonObject fresh = contacts.at(1).toObject();
    QCOMPARE(fresh.value("contact_type").toString(), QStringLiteral("verified_contact"));
    QCOMPARE(fresh.value("first_name").toString(), QStringLiteral("Gia"));
    QCOMPARE(fresh.value("job_title").toString(), QStringLiteral("CFO"));
    QCOMPARE(fresh.value("telephone").toString(), QStringLiteral("555-0100"));
    QCOMPARE(j.value("technical_contact").toObject().value("email").toString(),
             QStringLiteral("tom@example.com"));
    QVERIFY(!j.contains("organization_contact"));
    QCOMPARE(j.value("dcv_emails").toArray(),
             (QJsonArray{QJsonObject{{"dns_name", "www.shop.example.com"},
                                     {"email_domain", "example.com"},
                                     {"email", "admin@example.com"}}}));
    QCOMPARE(j.value("custom_fields").toArray(),
             (QJsonArray{QJsonObject{{"metadata_id", 11}, {"value", "CC-12"}}}));
    QCOMPARE(j.value("auto_reissue").toInt(), 1);
    // DCV e-mails only travel with the e-mail method.
    o.dcvEmails.clear();
    o.dcvMethod = QStringLiteral("dns-txt-token");
    QVERIFY(!QJsonDocument::fromJson(o.toJson()).object().contains("dcv_emails"));
}

void tst_NewOrder::extrasValidation_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("dcv e-mail at the name") << "dcvEmail:shop.example.com=admin@shop.example.com"
                                            << ""
                                            << "";
    QTest::newRow("dcv e-mail at a parent") << "dcvEmail:www.shop.example.com=it@example.com"
                                            << ""
                                            << "";
    QTest::newRow("dcv e-mail elsewhere") << "dcvEmail:shop.example.com=admin@example.org"
                                          << "dcv_emails[0].email"
                                          << "parent domains";
    QTest::newRow("dcv e-mail not an address") << "dcvEmail:shop.example.com=admin"
                                               << "dcv_emails[0].email"
                                               << "not an e-mail";
    QTest::newRow("dcv e-mail for another name") << "dcvEmail:other.example.com=admin@example.com"
                                                 << "dcv_emails[0].dns_name"
                                                 << "not a name on this order";
    QTest::newRow("dcv e-mail with dns method") << "dcvEmailDns:shop.example.com=admin@example.com"
                                                << "dcv_emails"
                                                << "only used with the e-mail";
    QTest::newRow("technical contact without e-mail") << "technical:"
                                                      << "technical_contact.email"
                                                      << "";
    QTest::newRow("technical contact without telephone") << "technicalNoPhone:"
                                                         << "technical_contact.telephone"
                                                         << "telephone";
    QTest::newRow("new verified contact without job title") << "verifiedNoJob:"
                                                            << "organization.contacts[0].job_title"
                                                            << "";
    QTest::newRow("31 new verified contacts") << "verified31:"
                                              << "organization.contacts"
                                              << "At most 30";
    QTest::newRow("30 new verified contacts") << "verified30:"
                                              << ""
                                              << "";
    QTest::newRow("verified contacts on OV") << "ovVerified:"
                                             << "organization.contacts"
                                             << "Only EV and code-signing";
    QTest::newRow("organization contact on DV") << "dvOrgContact:"
                                                << "organization_contact"
                                                << "DV orders";
    QTest::newRow("custom field without id") << "custom:0=x"
                                             << "custom_fields[0].metadata_id"
                                             << "positive ID";
    QTest::newRow("custom field empty") << "custom:11= "
                                        << "custom_fields[0].value"
                                        << "1 to 1,024";
}

void tst_NewOrder::extrasValidation() {
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, phrase);
    NewOrder o = validEvOrder();
    const QString kind = change.section(QLatin1Char(':'), 0, 0);
    const QString arg = change.section(QLatin1Char(':'), 1);
    if (kind.startsWith(QLatin1String("dcvEmail"))) {
        o.dcvEmails << NewOrder::DcvEmail{arg.section('=', 0, 0), arg.section('=', 1)};
        if (kind == QLatin1String("dcvEmailDns"))
            o.dcvMethod = QStringLiteral("dns-txt-token");
    } else if (kind == QLatin1String("technical")) {
        o.technicalContact = person(QStringLiteral("Tom"), QString());
    } else if (kind == QLatin1String("technicalNoPhone")) {
        o.technicalContact = person(QStringLiteral("Tom"), QStringLiteral("tom@example.com"));
        o.technicalContact.telephone.clear();
    } else if (kind == QLatin1String("verifiedNoJob")) {
        OrganizationContact c = person(QStringLiteral("Gia"), QStringLiteral("gia@example.com"));
        c.jobTitle.clear();
        o.newVerifiedContacts << NewVerifiedContact{c, {}};
    } else if (kind.startsWith(QLatin1String("verified3"))) {
        const int count = kind == QLatin1String("verified31") ? 31 : 30;
        for (int i = 0; i < count; ++i)
            o.newVerifiedContacts << NewVerifiedContact{
                person(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.com").arg(i)), {}};
    } else if (kind == QLatin1String("ovVerified")) {
        o.evProduct = false;
        o.verifiedContactIds = {7001};
    } else if (kind == QLatin1String("dvOrgContact")) {
        o.evProduct = false;
        o.organizationRequired = false;
        o.organizationContact = person(QStringLiteral("Gia"), QStringLiteral("gia@example.com"));
    } else if (kind == QLatin1String("custom")) {
        o.customFields << NewOrder::CustomFieldValue{arg.section('=', 0, 0).toLongLong(),
                                                     arg.section('=', 1)};
    }
    QString actualField;
    const QString problem = o.validate(&actualField);
    if (field.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QCOMPARE(actualField, field);
    QVERIFY2(problem.contains(phrase), qPrintable(problem));
}

void tst_NewOrder::json() {
    NewOrder o;
    o.productNameId = QStringLiteral("ssl_basic");
    o.commonName = QStringLiteral("Shop.Example.com");
    o.dnsNames = {QStringLiteral("www.shop.example.com"), QStringLiteral("shop.example.com"),
                  QStringLiteral("bücher.example")};
    o.csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n";
    o.organizationId = 3001;
    o.dcvScope = QStringLiteral("fqdn");
    o.comments = QStringLiteral("  for the shop  ");
    o.alternativeOrderId = QStringLiteral("certdesk1");
    const QJsonObject j = QJsonDocument::fromJson(o.toJson()).object();
    const QJsonObject cert = j.value(QLatin1String("certificate")).toObject();
    QCOMPARE(cert.value(QLatin1String("common_name")).toString(),
             QStringLiteral("shop.example.com"));
    QCOMPARE(cert.value(QLatin1String("dns_names")).toArray(),
             (QJsonArray{"shop.example.com", "www.shop.example.com", "xn--bcher-kva.example"}));
    QVERIFY(cert.value(QLatin1String("csr")).toString().endsWith(QLatin1String("REQUEST-----")));
    QCOMPARE(cert.value(QLatin1String("server_platform")).toObject().value("id").toInt(), -1);
    QCOMPARE(j.value(QLatin1String("order_validity")).toObject(), (QJsonObject{{"years", 1}}));
    QCOMPARE(j.value(QLatin1String("organization")).toObject().value("id").toInt(), 3001);
    QCOMPARE(j.value(QLatin1String("certificate_dcv_scope")).toString(), QStringLiteral("fqdn"));
    QCOMPARE(j.value(QLatin1String("comments")).toString(), QStringLiteral("for the shop"));
    QCOMPARE(j.value(QLatin1String("payment_method")).toString(), QStringLiteral("balance"));
    QCOMPARE(j.value(QLatin1String("alternative_order_id")).toString(),
             QStringLiteral("certdesk1"));
    QVERIFY(!j.contains(QLatin1String("container")));
}

void tst_NewOrder::validityForms() {
    NewOrder o;
    o.customExpirationDate = QDate(2027, 6, 9);
    QCOMPARE(QJsonDocument::fromJson(o.toJson()).object().value("order_validity").toObject(),
             (QJsonObject{{"custom_expiration_date", "09 JUN 2027"}}));
    o.customExpirationDate = QDate();
    o.validityDays = 90;
    QCOMPARE(QJsonDocument::fromJson(o.toJson()).object().value("order_validity").toObject(),
             (QJsonObject{{"days", 90}}));
    // Certificate validity sits in the certificate object, in days, within the order.
    o.certValidityDays = 30;
    QCOMPARE(QJsonDocument::fromJson(o.toJson())
                 .object()
                 .value("certificate")
                 .toObject()
                 .value("cert_validity")
                 .toObject(),
             (QJsonObject{{"days", 30}}));
    o.productNameId = QStringLiteral("ssl_basic");
    o.commonName = QStringLiteral("a.example.com");
    o.csr = "x";
    QString field;
    o.certValidityDays = 91; // past the 90-day order
    QVERIFY(!o.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("certificate.cert_validity.days"));
    o.validityDays = 0;
    o.validityYears = 2;
    // The longest a certificate may last today (199 days from 24 February 2026).
    const int maximum = TlsLimits::maxCertificateDays(QDateTime::currentDateTimeUtc().date());
    o.certValidityDays = maximum + 1;
    QVERIFY(o.validate(&field).contains(QStringLiteral("at most %1").arg(maximum)));
    o.certValidityDays = maximum;
    QCOMPARE(o.validate(&field), QString());
}

void tst_NewOrder::alternativeIdsAreFreshAndValid() {
    const QString a = NewOrder::makeAlternativeOrderId();
    const QString b = NewOrder::makeAlternativeOrderId();
    QVERIFY(a != b);
    QVERIFY(a.size() <= 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(a).hasMatch());
}

void tst_NewOrder::placedReplies() {
    PlacedOrder p;
    QString error;
    QVERIFY(PlacedOrder::fromPlaceReply(
        R"({"id":100302,"requests":[{"id":400302,"status":"pending"}],"organization":{"id":3031},
            "dcv_random_value":"abc"})",
        &p, &error));
    QCOMPARE(p.orderId, 100302);
    QVERIFY(p.waitsForApproval());
    QCOMPARE(p.organizationId, 3031);
    QCOMPARE(p.dcvRandomValue, QStringLiteral("abc"));
    QVERIFY(!PlacedOrder::fromPlaceReply("{}", &p, &error));
    QList<PlacedOrder> found;
    QVERIFY(PlacedOrder::listFromLookup(
        R"({"orders":[{"order_id":100301,"certificate_id":200301,"status":"issued"},{"x":1}],
            "page":{"total":1,"limit":1000,"offset":0}})",
        &found, &error));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().certificateId, 200301);
    QVERIFY(PlacedOrder::listFromLookup(R"({"page":{"total":0,"limit":1000,"offset":0}})", &found,
                                        &error));
    QVERIFY(found.isEmpty());
}

QTEST_GUILESS_MAIN(tst_NewOrder)
#include "tst_neworder.moc"
