// Bad values for every input CertDesk checks before sending (issue 9): each row takes a valid
// request from a small factory, sets ONE field to a bad value of a named kind (empty, too long,
// wrong format, wrong charset, out of range) and expects a refusal that names the field (the
// API's field path, or the field's name in the message where the check has no field out-param)
// and says what is allowed.

#include "core/BalanceHistoryQuery.h"
#include "core/CustomField.h"
#include "core/DnsName.h"
#include "core/DuplicateRequest.h"
#include "core/FundsTransfer.h"
#include "core/KeySpec.h"
#include "core/NewDomain.h"
#include "core/NewOrder.h"
#include "core/NewOrganization.h"
#include "core/NewVerifiedContact.h"
#include "core/OrderCancellation.h"
#include "core/OrderQuery.h"
#include "core/OrganizationContact.h"
#include "core/PaymentCard.h"
#include "core/Profile.h"
#include "core/ReissueRequest.h"
#include "core/RequestDecision.h"
#include "core/RevokeRequest.h"
#include "core/TlsLimits.h"

#include <QMap>
#include <QUrl>
#include <QtTest>

#include <functional>

namespace {

// What a check said: the message, and the field it named (empty when it has no field out-param:
// the field's name must then be in the message).
struct Outcome {
    QString message;
    QString field;
    bool byPath = true;
};
using Probe = std::function<Outcome()>;

} // namespace

Q_DECLARE_METATYPE(Probe)

namespace {

const QDate kToday = QDate::currentDate();

QString repeat(qsizetype n, char c = 'a') {
    return QString(n, QLatin1Char(c));
}

// Kinds of bad value, in the row names.
const char *const kEmpty = "empty";
const char *const kBlank = "blank";
const char *const kTooLong = "too long";
const char *const kFormat = "wrong format";
const char *const kCharset = "wrong charset";
const char *const kControl = "control character";
const char *const kLineBreak = "line break";
const char *const kEmoji = "emoji";
const char *const kRange = "out of range";
const char *const kTooMany = "too many";
const char *const kUnknown = "not allowed";

const QString kEmojiText = QString::fromUtf8("\xF0\x9F\x98\x80");   // U+1F600
const QString kBell = QStringLiteral("Please\x07 hurry");           // U+0007
const QString kEscape = QStringLiteral("Looks fine\x1b[2J");        // U+001B
const QString kNewline = QStringLiteral("first line\nsecond line"); // single-line fields
const QString kC1 = QStringLiteral("next") + QChar(0x85) + QStringLiteral("line"); // U+0085

QByteArray csrText() {
    return QByteArrayLiteral("-----BEGIN CERTIFICATE REQUEST-----\nMIIBfake\n"
                             "-----END CERTIFICATE REQUEST-----\n");
}

OrganizationContact goodContact() {
    OrganizationContact c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.email = QStringLiteral("ada@example.com");
    c.jobTitle = QStringLiteral("Engineer");
    c.telephone = QStringLiteral("+1 801 555 0100");
    return c;
}

NewVerifiedContact goodVerifiedContact() {
    NewVerifiedContact v;
    v.contact = goodContact();
    v.validationTypes = {QStringLiteral("ev")};
    return v;
}

PaymentCard goodCard() {
    PaymentCard c;
    c.number = QStringLiteral("4242 4242 4242 4242");
    c.expirationMonth = 12;
    c.expirationYear = kToday.year() + 2;
    c.cvv = QStringLiteral("123");
    c.cardholderName = QStringLiteral("Ada Admin");
    c.address = QStringLiteral("1 Main St");
    c.city = QStringLiteral("Lehi");
    c.state = QStringLiteral("Utah");
    c.zip = QStringLiteral("84043");
    c.country = QStringLiteral("US");
    return c;
}

NewOrder dvOrder() {
    NewOrder o;
    o.productNameId = QStringLiteral("ssl_basic");
    o.commonName = QStringLiteral("example.com");
    o.dnsNames = {QStringLiteral("www.example.com")};
    o.csr = csrText();
    o.alternativeOrderId = QStringLiteral("certdesk20261122T0856503f9a1c2e");
    return o;
}

NewOrder wildcardOrder() {
    NewOrder o = dvOrder();
    o.productNameId = QStringLiteral("ssl_wildcard");
    o.wildcardProduct = true;
    o.commonName = QStringLiteral("*.example.com");
    o.dnsNames = {};
    return o;
}

NewOrder ovOrder() {
    NewOrder o = dvOrder();
    o.productNameId = QStringLiteral("ssl_securesite_pro");
    o.organizationRequired = true;
    o.organizationId = 7;
    o.organizationContact = goodContact();
    o.technicalContact = goodContact();
    return o;
}

NewOrder evOrder() {
    NewOrder o = ovOrder();
    o.productNameId = QStringLiteral("ssl_ev_basic");
    o.evProduct = true;
    o.verifiedContactIds = {11};
    o.newVerifiedContacts = {goodVerifiedContact()};
    return o;
}

NewOrder cardOrder() {
    NewOrder o = dvOrder();
    o.paymentMethod = QStringLiteral("card");
    o.card = goodCard();
    o.vatNumber = QStringLiteral("DE 123456789");
    return o;
}

NewOrder codeSigningOrder() {
    NewOrder o;
    o.productNameId = QStringLiteral("code_signing");
    o.codeSigning = true;
    o.organizationId = 7;
    o.shipInfo.name = QStringLiteral("Ada Admin");
    o.shipInfo.addr1 = QStringLiteral("1 Main St");
    o.shipInfo.city = QStringLiteral("Lehi");
    o.shipInfo.state = QStringLiteral("Utah");
    o.shipInfo.zip = QStringLiteral("84043");
    o.shipInfo.country = QStringLiteral("US");
    return o;
}

ReissueRequest goodReissue() {
    ReissueRequest r;
    r.orderId = 1001;
    r.commonName = QStringLiteral("example.com");
    r.dnsNames = {QStringLiteral("www.example.com")};
    r.csr = csrText();
    return r;
}

DuplicateRequest goodDuplicate() {
    DuplicateRequest d;
    d.orderId = 1001;
    d.commonName = QStringLiteral("example.com");
    d.dnsNames = {QStringLiteral("www.example.com")};
    d.csr = csrText();
    d.orderNames = {QStringLiteral("example.com"), QStringLiteral("www.example.com")};
    d.orderEnd = kToday.addDays(40);
    d.customExpirationDate = kToday.addDays(20);
    return d;
}

const QDateTime kNow = QDateTime::currentDateTimeUtc();

RevokeRequest goodRevoke() {
    RevokeRequest r;
    r.certificateId = 5001;
    r.reason = QStringLiteral("keyCompromise");
    r.compromisedAt = kNow.addDays(-2);
    r.earliestAllowed = kNow.addDays(-30);
    r.comments = QStringLiteral("The key was on a stolen laptop.");
    return r;
}

RevokeRequest serialRevoke() {
    RevokeRequest r;
    r.scope = RevokeRequest::Scope::SerialNumber;
    r.serialNumber = QStringLiteral("0A:1B:2C:3D");
    return r;
}

OrderCancellation goodCancellation() {
    OrderCancellation c;
    c.orderId = 1001;
    c.note = QStringLiteral("Ordered by mistake.");
    return c;
}

RequestDecision goodRejection() {
    RequestDecision d;
    d.requestId = 77;
    d.outcome = RequestDecision::Outcome::Reject;
    d.comment = QStringLiteral("Use the wildcard order instead.");
    return d;
}

NewOrganization goodOrganization() {
    NewOrganization o;
    o.name = QStringLiteral("Example Inc.");
    o.address = QStringLiteral("1 Main St");
    o.city = QStringLiteral("Lehi");
    o.state = QStringLiteral("Utah");
    o.zip = QStringLiteral("84043");
    o.country = QStringLiteral("us");
    o.telephone = QStringLiteral("+1 801 555 0100");
    o.organizationContact = goodContact();
    return o;
}

FundsTransfer goodTransfer() {
    FundsTransfer t;
    t.fromContainerId = 608272;
    t.toContainerId = 608373;
    t.amount = QStringLiteral("1000");
    return t;
}

CustomField customField(const char *dataType, bool required = true) {
    CustomField f;
    f.id = 9;
    f.label = QStringLiteral("Cost center");
    f.required = required;
    f.dataType = QLatin1String(dataType);
    return f;
}

NewDomain goodDomain() {
    NewDomain d;
    d.name = QStringLiteral("example.com");
    d.organizationId = 7;
    d.validationTypes = {QStringLiteral("ov")};
    d.dcvMethod = QStringLiteral("email");
    return d;
}

Outcome fromErrors(const FieldErrors &errors) {
    if (errors.isEmpty())
        return {};
    return {errors.first().message, errors.first().field};
}

// Every row, by validator: filled by the _data function, printed by cleanupTestCase.
QMap<QString, int> &rowCounts() {
    static QMap<QString, int> counts;
    return counts;
}

void row(const QString &validator, const QString &field, const char *kind, const Probe &probe,
         const QString &expectedField, const QString &allowed) {
    const QString name =
        validator + QLatin1Char('/') + field + QLatin1Char('/') + QLatin1String(kind);
    QTest::newRow(qPrintable(name)) << probe << expectedField << allowed;
    ++rowCounts()[validator];
}

} // namespace

class tst_BadInput : public QObject {
    Q_OBJECT
private slots:
    void factoriesAreAccepted();
    void refusedWithTheFieldNamed_data();
    void refusedWithTheFieldNamed();
    void cleanupTestCase();
};

// Each row changes one field of these; they must pass as they are.
void tst_BadInput::factoriesAreAccepted() {
    for (const NewOrder &o :
         {dvOrder(), wildcardOrder(), ovOrder(), evOrder(), cardOrder(), codeSigningOrder()}) {
        QString field;
        QVERIFY2(o.validate(&field).isEmpty(), qPrintable(o.productNameId + u' ' + field));
    }
    QCOMPARE(goodReissue().validate(), QString());
    QCOMPARE(goodDuplicate().validate(nullptr, kToday), QString());
    QCOMPARE(goodRevoke().validate(nullptr, kNow), QString());
    QCOMPARE(serialRevoke().validate(nullptr, kNow), QString());
    QCOMPARE(goodCancellation().validate(), QString());
    QCOMPARE(goodRejection().validate(), QString());
    QCOMPARE(goodOrganization().validate(), FieldErrors());
    QCOMPARE(NewVerifiedContact::validateList({goodVerifiedContact()}), FieldErrors());
    QCOMPARE(goodContact().validate(QStringLiteral("contact."), true), FieldErrors());
    QCOMPARE(goodCard().validate(kToday), QString());
    QCOMPARE(goodTransfer().validate(), QString());
    QCOMPARE(customField("text").problem(QStringLiteral("CC-4711")), QString());
    QCOMPARE(goodDomain().validate(), QString());
    QCOMPARE(OrderQuery().validate(), QString());
    QCOMPARE(Profile::validateName(QStringLiteral("Work")), QString());
    QCOMPARE(Profile::validateUrl(QUrl(QStringLiteral("https://www.digicert.com/services/v2/"))),
             QString());
    QCOMPARE(Profile::validateApiKey(QStringLiteral("ABCDEF0123456789"), nullptr), QString());
}

void tst_BadInput::refusedWithTheFieldNamed_data() {
    QTest::addColumn<Probe>("probe");
    QTest::addColumn<QString>("field");   // API path, or the name the message must contain
    QTest::addColumn<QString>("allowed"); // a piece of the message that says what is allowed
    rowCounts().clear();

    // ---- NewOrder ----
    const auto order = [](const char *name, const char *kind,
                          const std::function<void(NewOrder &)> &change, const QString &field,
                          const QString &allowed, const std::function<NewOrder()> &make = dvOrder) {
        row(
            QStringLiteral("NewOrder"), QLatin1String(name), kind,
            [change, make] {
                NewOrder o = make();
                change(o);
                QString f;
                const QString m = o.validate(&f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    const QString cn = QStringLiteral("certificate.common_name");
    const QString sans = QStringLiteral("certificate.dns_names");
    order(
        "product", kEmpty, [](NewOrder &o) { o.productNameId.clear(); }, "product",
        "Choose a product");
    order(
        "common_name", kEmpty, [](NewOrder &o) { o.commonName.clear(); }, cn, "example.com");
    order(
        "common_name", kBlank, [](NewOrder &o) { o.commonName = QStringLiteral("   "); }, cn,
        "example.com");
    order(
        "common_name", kTooLong,
        [](NewOrder &o) { o.commonName = repeat(250) + QStringLiteral(".com"); }, cn, "253");
    order(
        "common_name", kFormat,
        [](NewOrder &o) { o.commonName = QStringLiteral("https://example.com/shop"); }, cn,
        "without http://");
    order(
        "common_name", "no dot", [](NewOrder &o) { o.commonName = QStringLiteral("intranet"); }, cn,
        "example.com");
    order(
        "common_name", "ip address",
        [](NewOrder &o) { o.commonName = QStringLiteral("192.0.2.10"); }, cn, "domain names only");
    order(
        "common_name", "label too long",
        [](NewOrder &o) { o.commonName = repeat(64) + QStringLiteral(".com"); }, cn, "1 to 63");
    order(
        "common_name", "hyphen at end",
        [](NewOrder &o) { o.commonName = QStringLiteral("shop-.example.com"); }, cn,
        "no hyphen at either end");
    order(
        "common_name", kCharset,
        [](NewOrder &o) { o.commonName = QStringLiteral("shop_1.example.com"); }, cn,
        "letters, digits or hyphens");
    order(
        "common_name", kControl,
        [](NewOrder &o) { o.commonName = QStringLiteral("exa\x07mple.com"); }, cn,
        "letters, digits or hyphens");
    order(
        "common_name", kEmoji,
        [](NewOrder &o) { o.commonName = kEmojiText + QStringLiteral(".example.com"); }, cn,
        "letters, digits or hyphens");
    order(
        "common_name", "wildcard on a single-name product",
        [](NewOrder &o) { o.commonName = QStringLiteral("*.example.com"); }, cn,
        "only wildcard products");
    order(
        "common_name", "wildcard product without *.",
        [](NewOrder &o) { o.commonName = QStringLiteral("example.com"); }, cn, "*.example.com",
        wildcardOrder);
    order(
        "common_name", "wildcard inside a label",
        [](NewOrder &o) { o.commonName = QStringLiteral("*.shop*.example.com"); }, cn,
        "whole left-most label", wildcardOrder);
    order(
        "dns_names", kEmpty, [](NewOrder &o) { o.dnsNames = {QString()}; }, sans, "example.com");
    order(
        "dns_names", kTooLong,
        [](NewOrder &o) { o.dnsNames = {repeat(250) + QStringLiteral(".example.com")}; }, sans,
        "253");
    order(
        "dns_names", kFormat,
        [](NewOrder &o) { o.dnsNames = {QStringLiteral("www..example.com")}; }, sans, "1 to 63");
    order(
        "dns_names", kCharset,
        [](NewOrder &o) { o.dnsNames = {QStringLiteral("www example.com")}; }, sans,
        "letters, digits or hyphens");
    order(
        "dns_names", kTooMany,
        [](NewOrder &o) {
            o.dnsNames.clear();
            for (int i = 0; i < 250; ++i)
                o.dnsNames << QStringLiteral("host%1.example.com").arg(i);
        },
        sans, "250");
    order(
        "dns_names", "ip address",
        [](NewOrder &o) { o.dnsNames = {QStringLiteral("2001:db8::1")}; }, sans,
        "domain names only");
    order(
        "csr", kEmpty, [](NewOrder &o) { o.csr.clear(); }, "certificate.csr", "CSR");
    order(
        "csr", kBlank, [](NewOrder &o) { o.csr = "\n \n"; }, "certificate.csr", "CSR");
    order(
        "signature_hash", kUnknown, [](NewOrder &o) { o.signatureHash = QStringLiteral("sha1"); },
        "certificate.signature_hash", "sha256, sha384 or sha512");
    order(
        "signature_hash", kEmpty, [](NewOrder &o) { o.signatureHash.clear(); },
        "certificate.signature_hash", "sha256, sha384 or sha512");
    order(
        "order_validity.years", "zero", [](NewOrder &o) { o.validityYears = 0; },
        "order_validity.years", "1 to 3 years");
    order(
        "order_validity.years", kRange, [](NewOrder &o) { o.validityYears = 4; },
        "order_validity.years", "1 to 3 years");
    order(
        "order_validity.years", "negative", [](NewOrder &o) { o.validityYears = -1; },
        "order_validity.years", "1 to 3 years");
    order(
        "order_validity.days", kRange, [](NewOrder &o) { o.validityDays = 1096; },
        "order_validity.days", "1,095");
    order(
        "order_validity.days", "negative", [](NewOrder &o) { o.validityDays = -5; },
        "order_validity.days", "1,095");
    order(
        "order_validity.custom_expiration_date", "too soon",
        [](NewOrder &o) { o.customExpirationDate = kToday.addDays(3); },
        "order_validity.custom_expiration_date", "7 days to 3 years");
    order(
        "order_validity.custom_expiration_date", "past",
        [](NewOrder &o) { o.customExpirationDate = kToday.addDays(-1); },
        "order_validity.custom_expiration_date", "7 days to 3 years");
    order(
        "order_validity.custom_expiration_date", "too late",
        [](NewOrder &o) { o.customExpirationDate = kToday.addYears(4); },
        "order_validity.custom_expiration_date", "7 days to 3 years");
    order(
        "cert_validity.days", kRange,
        [](NewOrder &o) { o.certValidityDays = TlsLimits::maxCertificateDays(kToday) + 1; },
        "certificate.cert_validity.days",
        QStringLiteral("at most %1").arg(TlsLimits::maxCertificateDays(kToday)));
    order(
        "cert_validity.days", "negative", [](NewOrder &o) { o.certValidityDays = -1; },
        "certificate.cert_validity.days",
        QStringLiteral("at most %1").arg(TlsLimits::maxCertificateDays(kToday)));
    order(
        "cert_validity.days", "past the order",
        [](NewOrder &o) {
            o.validityDays = 30;
            o.certValidityDays = 60;
        },
        "certificate.cert_validity.days", "1 to 30 days");
    order(
        "dcv_method", kEmpty, [](NewOrder &o) { o.dcvMethod.clear(); }, "dcv_method",
        "email, dns-txt-token, dns-cname-token, http-token");
    order(
        "dcv_method", kUnknown, [](NewOrder &o) { o.dcvMethod = QStringLiteral("phone"); },
        "dcv_method", "email, dns-txt-token");
    order(
        "dcv_method", "wrong case", [](NewOrder &o) { o.dcvMethod = QStringLiteral("EMAIL"); },
        "dcv_method", "email, dns-txt-token");
    order(
        "dcv_method", "en dash",
        [](NewOrder &o) { o.dcvMethod = QString::fromUtf8("dns\u2013txt\u2013token"); },
        "dcv_method", "dns-txt-token");
    order(
        "dcv_method", "http for a wildcard",
        [](NewOrder &o) { o.dcvMethod = QStringLiteral("http-token"); }, "dcv_method",
        "use e-mail or DNS", wildcardOrder);
    order(
        "certificate_dcv_scope", kUnknown,
        [](NewOrder &o) { o.dcvScope = QStringLiteral("domain"); }, "certificate_dcv_scope",
        "base_domain or fqdn");
    order(
        "organization.id", kEmpty, [](NewOrder &o) { o.organizationId = 0; }, "organization.id",
        "organization", ovOrder);
    order(
        "organization.id", "negative", [](NewOrder &o) { o.organizationId = -3; },
        "organization.id", "organization", ovOrder);
    order(
        "dcv_emails.dns_name", kUnknown,
        [](NewOrder &o) {
            o.dcvEmails = {{QStringLiteral("other.com"), QStringLiteral("admin@other.com")}};
        },
        "dcv_emails[0].dns_name", "not a name on this order");
    order(
        "dcv_emails.dns_name", "twice",
        [](NewOrder &o) {
            o.dcvEmails = {
                {QStringLiteral("example.com"), QStringLiteral("admin@example.com")},
                {QStringLiteral("example.com"), QStringLiteral("hostmaster@example.com")}};
        },
        "dcv_emails[1].dns_name", "give one");
    order(
        "dcv_emails.email", kFormat,
        [](NewOrder &o) {
            o.dcvEmails = {{QStringLiteral("example.com"), QStringLiteral("admin.example.com")}};
        },
        "dcv_emails[0].email", "name@example.com");
    order(
        "dcv_emails.email", kControl,
        [](NewOrder &o) {
            o.dcvEmails = {
                {QStringLiteral("example.com"), QStringLiteral("ad\x01min@example.com")}};
        },
        "dcv_emails[0].email", "name@example.com");
    order(
        "dcv_emails.email", "other domain",
        [](NewOrder &o) {
            o.dcvEmails = {{QStringLiteral("example.com"), QStringLiteral("admin@example.org")}};
        },
        "dcv_emails[0].email", "parent domains");
    order(
        "dcv_emails", "with another method",
        [](NewOrder &o) {
            o.dcvMethod = QStringLiteral("dns-txt-token");
            o.dcvEmails = {{QStringLiteral("example.com"), QStringLiteral("admin@example.com")}};
        },
        "dcv_emails", "only used with the e-mail DCV method");
    order(
        "organization_contact", "on a DV order",
        [](NewOrder &o) { o.organizationContact = goodContact(); }, "organization_contact",
        "DV orders cannot");
    order(
        "organization_contact.first_name", kEmpty,
        [](NewOrder &o) { o.organizationContact.firstName.clear(); },
        "organization_contact.first_name", "Required", ovOrder);
    order(
        "organization_contact.first_name", kTooLong,
        [](NewOrder &o) { o.organizationContact.firstName = repeat(129); },
        "organization_contact.first_name", "At most 128", ovOrder);
    order(
        "organization_contact.last_name", kControl,
        [](NewOrder &o) { o.organizationContact.lastName = kBell; },
        "organization_contact.last_name", "U+0007", ovOrder);
    order(
        "organization_contact.email", kFormat,
        [](NewOrder &o) { o.organizationContact.email = QStringLiteral("ada at example.com"); },
        "organization_contact.email", "name@example.com", ovOrder);
    order(
        "organization_contact.email", kTooLong,
        [](NewOrder &o) { o.organizationContact.email = repeat(250) + QStringLiteral("@x.com"); },
        "organization_contact.email", "At most 255", ovOrder);
    order(
        "organization_contact.job_title", kTooLong,
        [](NewOrder &o) { o.organizationContact.jobTitle = repeat(65); },
        "organization_contact.job_title", "At most 64", ovOrder);
    order(
        "technical_contact.telephone", kEmpty,
        [](NewOrder &o) { o.technicalContact.telephone.clear(); }, "technical_contact.telephone",
        "telephone number", ovOrder);
    order(
        "technical_contact.telephone", kTooLong,
        [](NewOrder &o) { o.technicalContact.telephone = QStringLiteral("+1 ") + repeat(30, '5'); },
        "technical_contact.telephone", "At most 32", ovOrder);
    order(
        "technical_contact.telephone_extension", kTooLong,
        [](NewOrder &o) { o.technicalContact.telephoneExtension = repeat(17, '1'); },
        "technical_contact.telephone_extension", "At most 16", ovOrder);
    order(
        "technical_contact.first_name", kLineBreak,
        [](NewOrder &o) { o.technicalContact.firstName = kNewline; },
        "technical_contact.first_name", "one line", ovOrder);
    order(
        "organization.contacts", "on a DV order", [](NewOrder &o) { o.verifiedContactIds = {11}; },
        "organization.contacts", "EV and code-signing");
    order(
        "organization.contacts", kTooMany,
        [](NewOrder &o) {
            o.newVerifiedContacts.clear();
            for (int i = 0; i < 31; ++i)
                o.newVerifiedContacts << goodVerifiedContact();
        },
        "organization.contacts", "At most 30", evOrder);
    order(
        "organization.contacts.job_title", kEmpty,
        [](NewOrder &o) { o.newVerifiedContacts[0].contact.jobTitle.clear(); },
        "organization.contacts[1].job_title", "Required", evOrder);
    order(
        "organization.contacts.email", kControl,
        [](NewOrder &o) {
            o.newVerifiedContacts[0].contact.email = QStringLiteral("ada\x1b@example.com");
        },
        "organization.contacts[1].email", "U+001B", evOrder);
    order(
        "custom_fields.metadata_id", kRange,
        [](NewOrder &o) {
            o.customFields = {{0, QStringLiteral("CC-1")}};
        },
        "custom_fields[0].metadata_id", "positive");
    order(
        "custom_fields.value", kEmpty,
        [](NewOrder &o) {
            o.customFields = {{9, QString()}};
        },
        "custom_fields[0].value", "1 to 1,024");
    order(
        "custom_fields.value", kTooLong,
        [](NewOrder &o) {
            o.customFields = {{9, repeat(1025)}};
        },
        "custom_fields[0].value", "1 to 1,024");
    order(
        "custom_fields.value", kControl,
        [](NewOrder &o) {
            o.customFields = {{9, QStringLiteral("CC\x7f") + QStringLiteral("1")}};
        },
        "custom_fields[0].value", "U+007F");
    order(
        "additional_emails", kFormat,
        [](NewOrder &o) { o.additionalEmails = {QStringLiteral("ops")}; }, "additional_emails",
        "name@example.com");
    order(
        "additional_emails", kEmpty, [](NewOrder &o) { o.additionalEmails = {QString()}; },
        "additional_emails", "name@example.com");
    order(
        "additional_emails", kControl,
        [](NewOrder &o) { o.additionalEmails = {QStringLiteral("ops\x01@example.com")}; },
        "additional_emails", "name@example.com");
    order(
        "additional_emails", kTooMany,
        [](NewOrder &o) {
            for (int i = 0; i < 21; ++i)
                o.additionalEmails << QStringLiteral("ops%1@example.com").arg(i);
        },
        "additional_emails", "At most 20");
    order(
        "comments", kTooLong, [](NewOrder &o) { o.comments = repeat(1001); }, "comments", "1,000");
    order(
        "comments", kControl, [](NewOrder &o) { o.comments = kBell; }, "comments",
        "line breaks and tabs");
    order(
        "comments", "C1 control", [](NewOrder &o) { o.comments = kC1; }, "comments", "U+0085");
    order(
        "custom_renewal_message", kTooLong,
        [](NewOrder &o) { o.customRenewalMessage = repeat(1001); }, "custom_renewal_message",
        "1,000");
    order(
        "custom_renewal_message", kControl, [](NewOrder &o) { o.customRenewalMessage = kEscape; },
        "custom_renewal_message", "U+001B");
    order(
        "payment_method", kUnknown, [](NewOrder &o) { o.paymentMethod = QStringLiteral("cash"); },
        "payment_method", "balance");
    order(
        "payment_method", kEmpty, [](NewOrder &o) { o.paymentMethod.clear(); }, "payment_method",
        "balance");
    order(
        "credit_card.number", "check digit",
        [](NewOrder &o) { o.card.number = QStringLiteral("4242 4242 4242 4243"); },
        "credit_card.number", "13 to 19 digits", cardOrder);
    order(
        "billing_address.country", kFormat,
        [](NewOrder &o) { o.card.country = QStringLiteral("Germany"); }, "billing_address.country",
        "two-letter code", cardOrder);
    order(
        "vat_number", kTooLong, [](NewOrder &o) { o.vatNumber = repeat(33, '1'); }, "vat_number",
        "at most 32", cardOrder);
    order(
        "vat_number", kCharset, [](NewOrder &o) { o.vatNumber = QStringLiteral("DE/123#456"); },
        "vat_number", "letters, digits, spaces, dots or dashes", cardOrder);
    order(
        "vat_number", kEmoji, [](NewOrder &o) { o.vatNumber = QStringLiteral("DE") + kEmojiText; },
        "vat_number", "letters, digits, spaces, dots or dashes", cardOrder);
    order(
        "alternative_order_id", kTooLong, [](NewOrder &o) { o.alternativeOrderId = repeat(65); },
        "alternative_order_id", "1 to 64");
    order(
        "alternative_order_id", kCharset,
        [](NewOrder &o) { o.alternativeOrderId = QStringLiteral("order #12"); },
        "alternative_order_id", "1 to 64 letters and digits");
    order(
        "alternative_order_id", "hyphen",
        [](NewOrder &o) { o.alternativeOrderId = QStringLiteral("certdesk-1"); },
        "alternative_order_id", "1 to 64 letters and digits");
    order(
        "alternative_order_id", "non-ASCII",
        [](NewOrder &o) { o.alternativeOrderId = QStringLiteral("bestellung-") + QChar(0xe4); },
        "alternative_order_id", "1 to 64");
    // Code signing
    order(
        "cs_provisioning_method", kUnknown,
        [](NewOrder &o) { o.csProvisioningMethod = QStringLiteral("usb"); },
        "cs_provisioning_method", "KeyLocker", codeSigningOrder);
    order(
        "certificate.csr", "HSM without CSR",
        [](NewOrder &o) { o.csProvisioningMethod = QStringLiteral("email"); }, "certificate.csr",
        "RSA 3072", codeSigningOrder);
    order(
        "ship_info.name", kEmpty, [](NewOrder &o) { o.shipInfo.name.clear(); }, "ship_info.name",
        "recipient", codeSigningOrder);
    order(
        "ship_info.addr1", kBlank, [](NewOrder &o) { o.shipInfo.addr1 = QStringLiteral("  "); },
        "ship_info.addr1", "street address", codeSigningOrder);
    order(
        "ship_info.city", kControl, [](NewOrder &o) { o.shipInfo.city = kBell; }, "ship_info.city",
        "one line", codeSigningOrder);
    order(
        "ship_info.addr2", kLineBreak, [](NewOrder &o) { o.shipInfo.addr2 = kNewline; },
        "ship_info.addr2", "one line", codeSigningOrder);
    order(
        "ship_info.zip", kEmpty, [](NewOrder &o) { o.shipInfo.zip.clear(); }, "ship_info.zip",
        "postal code", codeSigningOrder);
    order(
        "ship_info.country", kFormat,
        [](NewOrder &o) { o.shipInfo.country = QStringLiteral("USA"); }, "ship_info.country",
        "two-letter code", codeSigningOrder);
    order(
        "ship_info.country", kCharset,
        [](NewOrder &o) { o.shipInfo.country = QString(QChar(0xc4)) + QChar(0xd6); },
        "ship_info.country", "two-letter code", codeSigningOrder);
    order(
        "ship_info.method", kUnknown,
        [](NewOrder &o) { o.shipInfo.method = QStringLiteral("OVERNIGHT"); }, "ship_info.method",
        "STANDARD or EXPEDITED", codeSigningOrder);
    order(
        "order_validity.days", "code signing", [](NewOrder &o) { o.validityDays = 30; },
        "order_validity.days", "1 to 3", codeSigningOrder);
    order(
        "order_validity.years", "code signing", [](NewOrder &o) { o.validityYears = 5; },
        "order_validity.years", "1 to 3 years", codeSigningOrder);
    order(
        "organization.id", "code signing", [](NewOrder &o) { o.organizationId = 0; },
        "organization.id", "organization", codeSigningOrder);

    // ---- ReissueRequest ----
    const auto reissue = [](const char *name, const char *kind,
                            const std::function<void(ReissueRequest &)> &change,
                            const QString &field, const QString &allowed) {
        row(
            QStringLiteral("ReissueRequest"), QLatin1String(name), kind,
            [change] {
                ReissueRequest r = goodReissue();
                change(r);
                QString f;
                const QString m = r.validate(&f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    reissue(
        "order_id", kEmpty, [](ReissueRequest &r) { r.orderId = 0; }, "order_id", "issued order");
    reissue(
        "order_id", "negative", [](ReissueRequest &r) { r.orderId = -1; }, "order_id",
        "issued order");
    reissue(
        "common_name", kEmpty, [](ReissueRequest &r) { r.commonName.clear(); }, cn, "example.com");
    reissue(
        "common_name", kTooLong,
        [](ReissueRequest &r) { r.commonName = repeat(250) + QStringLiteral(".com"); }, cn, "253");
    reissue(
        "common_name", kCharset,
        [](ReissueRequest &r) { r.commonName = QStringLiteral("ex ample.com"); }, cn,
        "letters, digits or hyphens");
    reissue(
        "common_name", "wildcard",
        [](ReissueRequest &r) { r.commonName = QStringLiteral("*.example.com"); }, cn,
        "only wildcard products");
    reissue(
        "dns_names", kFormat,
        [](ReissueRequest &r) { r.dnsNames = {QStringLiteral("http://www.example.com")}; }, sans,
        "without http://");
    reissue(
        "dns_names", kTooMany,
        [](ReissueRequest &r) {
            r.dnsNames.clear();
            for (int i = 0; i < 250; ++i)
                r.dnsNames << QStringLiteral("h%1.example.com").arg(i);
        },
        sans, "at most 250");
    reissue(
        "csr", kEmpty, [](ReissueRequest &r) { r.csr.clear(); }, "certificate.csr", "CSR");
    reissue(
        "signature_hash", kUnknown,
        [](ReissueRequest &r) { r.signatureHash = QStringLiteral("md5"); },
        "certificate.signature_hash", "sha256, sha384 or sha512");
    reissue(
        "server_platform.id", "below -1", [](ReissueRequest &r) { r.serverPlatformId = -2; },
        "certificate.server_platform.id", "-1 for other");
    reissue(
        "server_platform.id", kRange, [](ReissueRequest &r) { r.serverPlatformId = 1000000; },
        "certificate.server_platform.id", "-1 for other");
    reissue(
        "certificate_dcv_scope", kUnknown,
        [](ReissueRequest &r) { r.dcvScope = QStringLiteral("subdomain"); },
        "certificate_dcv_scope", "base_domain or fqdn");
    reissue(
        "dcv_method", kUnknown, [](ReissueRequest &r) { r.dcvMethod = QStringLiteral("fax"); },
        "dcv_method", "email, dns-txt-token");
    reissue(
        "dcv_method", "http for a wildcard",
        [](ReissueRequest &r) {
            r.wildcardProduct = true;
            r.commonName = QStringLiteral("*.example.com");
            r.dcvMethod = QStringLiteral("http-token");
        },
        "dcv_method", "use e-mail or DNS");
    reissue(
        "comments", kTooLong, [](ReissueRequest &r) { r.comments = repeat(1025); }, "comments",
        "at most 1024");
    reissue(
        "comments", kControl, [](ReissueRequest &r) { r.comments = kEscape; }, "comments",
        "line breaks and tabs");

    // ---- DuplicateRequest ----
    const auto duplicate = [](const char *name, const char *kind,
                              const std::function<void(DuplicateRequest &)> &change,
                              const QString &field, const QString &allowed) {
        row(
            QStringLiteral("DuplicateRequest"), QLatin1String(name), kind,
            [change] {
                DuplicateRequest d = goodDuplicate();
                change(d);
                QString f;
                const QString m = d.validate(&f, kToday);
                return Outcome{m, f};
            },
            field, allowed);
    };
    duplicate(
        "order_id", kEmpty, [](DuplicateRequest &d) { d.orderId = 0; }, "order_id", "issued order");
    duplicate(
        "common_name", kEmpty, [](DuplicateRequest &d) { d.commonName.clear(); }, cn,
        "example.com");
    duplicate(
        "common_name", "not on the order",
        [](DuplicateRequest &d) { d.commonName = QStringLiteral("other.example.com"); }, cn,
        "only use the order's names");
    duplicate(
        "common_name", kControl,
        [](DuplicateRequest &d) { d.commonName = QStringLiteral("example.com\x07"); }, cn,
        "letters, digits or hyphens");
    duplicate(
        "dns_names", "not on the order",
        [](DuplicateRequest &d) { d.dnsNames = {QStringLiteral("api.example.com")}; }, sans,
        "only use the order's names");
    duplicate(
        "dns_names", kFormat,
        [](DuplicateRequest &d) { d.dnsNames = {QStringLiteral("-www.example.com")}; }, sans,
        "no hyphen at either end");
    duplicate(
        "csr", kBlank, [](DuplicateRequest &d) { d.csr = "   "; }, "certificate.csr", "CSR");
    duplicate(
        "signature_hash", kUnknown,
        [](DuplicateRequest &d) { d.signatureHash = QStringLiteral("SHA256"); },
        "certificate.signature_hash", "sha256, sha384 or sha512");
    duplicate(
        "custom_expiration_date", "today",
        [](DuplicateRequest &d) { d.customExpirationDate = kToday; }, "custom_expiration_date",
        "after today");
    duplicate(
        "custom_expiration_date", "past the order",
        [](DuplicateRequest &d) { d.customExpirationDate = kToday.addDays(41); },
        "custom_expiration_date", kToday.addDays(40).toString(Qt::ISODate));
    duplicate(
        "custom_expiration_date", "past the longest validity",
        [](DuplicateRequest &d) {
            d.orderEnd = QDate();
            d.customExpirationDate = kToday.addDays(TlsLimits::maxCertificateDays(kToday) + 1);
        },
        "custom_expiration_date",
        kToday.addDays(TlsLimits::maxCertificateDays(kToday)).toString(Qt::ISODate));
    duplicate(
        "comments", kTooLong, [](DuplicateRequest &d) { d.comments = repeat(1025); }, "comments",
        "at most 1024");
    duplicate(
        "comments", kControl, [](DuplicateRequest &d) { d.comments = kBell; }, "comments",
        "U+0007");

    // ---- RevokeRequest ----
    const auto revoke = [](const char *name, const char *kind,
                           const std::function<void(RevokeRequest &)> &change, const QString &field,
                           const QString &allowed,
                           const std::function<RevokeRequest()> &make = goodRevoke) {
        row(
            QStringLiteral("RevokeRequest"), QLatin1String(name), kind,
            [change, make] {
                RevokeRequest r = make();
                change(r);
                QString f;
                const QString m = r.validate(&f, kNow);
                return Outcome{m, f};
            },
            field, allowed);
    };
    revoke(
        "certificate_id", kEmpty, [](RevokeRequest &r) { r.certificateId = 0; }, "certificate_id",
        "positive number");
    revoke(
        "certificate_id", "negative", [](RevokeRequest &r) { r.certificateId = -9; },
        "certificate_id", "positive number");
    revoke(
        "serial_number", kEmpty, [](RevokeRequest &r) { r.serialNumber.clear(); }, "serial_number",
        "2 to 40 hexadecimal digits", serialRevoke);
    revoke(
        "serial_number", kTooLong, [](RevokeRequest &r) { r.serialNumber = repeat(41, 'A'); },
        "serial_number", "2 to 40", serialRevoke);
    revoke(
        "serial_number", "too short",
        [](RevokeRequest &r) { r.serialNumber = QStringLiteral("A"); }, "serial_number", "2 to 40",
        serialRevoke);
    revoke(
        "serial_number", kCharset,
        [](RevokeRequest &r) { r.serialNumber = QStringLiteral("0G:1H"); }, "serial_number",
        "0-9, A-F", serialRevoke);
    revoke(
        "serial_number", kEmoji,
        [](RevokeRequest &r) { r.serialNumber = QStringLiteral("0A") + kEmojiText; },
        "serial_number", "0-9, A-F", serialRevoke);
    revoke(
        "order_id", kEmpty, [](RevokeRequest &r) { r.scope = RevokeRequest::Scope::Order; },
        "order_id", "positive number");
    revoke(
        "revocation_reason", kEmpty, [](RevokeRequest &r) { r.reason.clear(); },
        "revocation_reason", "keyCompromise");
    revoke(
        "revocation_reason", kUnknown, [](RevokeRequest &r) { r.reason = QStringLiteral("lost"); },
        "revocation_reason", "unspecified, keyCompromise");
    revoke(
        "revocation_reason", "snake case",
        [](RevokeRequest &r) { r.reason = QStringLiteral("key_compromise"); }, "revocation_reason",
        "keyCompromise");
    revoke(
        "key_compromise_date", "with another reason",
        [](RevokeRequest &r) { r.reason = QStringLiteral("superseded"); }, "key_compromise_date",
        "only with the reason keyCompromise");
    revoke(
        "key_compromise_date", "future",
        [](RevokeRequest &r) { r.compromisedAt = kNow.addDays(1); }, "key_compromise_date",
        "may not be in the future");
    revoke(
        "key_compromise_date", "before the issue date",
        [](RevokeRequest &r) { r.compromisedAt = kNow.addDays(-31); }, "key_compromise_date",
        "may not be before");
    revoke(
        "comments", kTooLong, [](RevokeRequest &r) { r.comments = repeat(1025); }, "comments",
        "at most 1024");
    revoke(
        "comments", kControl, [](RevokeRequest &r) { r.comments = QStringLiteral("lost\x08\x08"); },
        "comments", "U+0008");

    // ---- OrderCancellation ----
    const auto cancel = [](const char *name, const char *kind,
                           const std::function<void(OrderCancellation &)> &change,
                           const QString &field, const QString &allowed) {
        row(
            QStringLiteral("OrderCancellation"), QLatin1String(name), kind,
            [change] {
                OrderCancellation c = goodCancellation();
                change(c);
                QString f;
                const QString m = c.validate(&f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    cancel(
        "order_id", kEmpty, [](OrderCancellation &c) { c.orderId = 0; }, "order_id",
        "positive number");
    cancel(
        "order_id", "negative", [](OrderCancellation &c) { c.orderId = -1; }, "order_id",
        "positive number");
    cancel(
        "note", kEmpty, [](OrderCancellation &c) { c.note.clear(); }, "note", "requires a note");
    cancel(
        "note", kBlank, [](OrderCancellation &c) { c.note = QStringLiteral(" \n\t"); }, "note",
        "requires a note");
    cancel(
        "note", kTooLong, [](OrderCancellation &c) { c.note = repeat(1025); }, "note",
        "at most 1024");
    cancel(
        "note", kControl, [](OrderCancellation &c) { c.note = kEscape; }, "note",
        "line breaks and tabs");

    // ---- RequestDecision ----
    const auto decide = [](const char *name, const char *kind,
                           const std::function<void(RequestDecision &)> &change,
                           const QString &field, const QString &allowed) {
        row(
            QStringLiteral("RequestDecision"), QLatin1String(name), kind,
            [change] {
                RequestDecision d = goodRejection();
                change(d);
                QString f;
                const QString m = d.validate(&f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    decide(
        "request_id", kEmpty, [](RequestDecision &d) { d.requestId = 0; }, "request_id",
        "positive number");
    decide(
        "processor_comment", kEmpty, [](RequestDecision &d) { d.comment.clear(); },
        "processor_comment", "Say why");
    decide(
        "processor_comment", kBlank, [](RequestDecision &d) { d.comment = QStringLiteral("  "); },
        "processor_comment", "Say why");
    decide(
        "processor_comment", kTooLong, [](RequestDecision &d) { d.comment = repeat(1025); },
        "processor_comment", "at most 1024");
    decide(
        "processor_comment", "too long on approval",
        [](RequestDecision &d) {
            d.outcome = RequestDecision::Outcome::Approve;
            d.comment = repeat(1025);
        },
        "processor_comment", "at most 1024");
    decide(
        "processor_comment", kControl, [](RequestDecision &d) { d.comment = kBell; },
        "processor_comment", "U+0007");

    // ---- NewOrganization ----
    const auto organization = [](const char *name, const char *kind,
                                 const std::function<void(NewOrganization &)> &change,
                                 const QString &field, const QString &allowed) {
        row(
            QStringLiteral("NewOrganization"), QLatin1String(name), kind,
            [change] {
                NewOrganization o = goodOrganization();
                change(o);
                return fromErrors(o.validate());
            },
            field, allowed);
    };
    organization(
        "name", kEmpty, [](NewOrganization &o) { o.name.clear(); }, "name", "Required");
    organization(
        "name", kTooLong, [](NewOrganization &o) { o.name = repeat(65); }, "name", "At most 64");
    organization(
        "name", kLineBreak, [](NewOrganization &o) { o.name = kNewline; }, "name", "one line");
    organization(
        "assumed_name", kTooLong, [](NewOrganization &o) { o.assumedName = repeat(65); },
        "assumed_name", "At most 64");
    organization(
        "assumed_name", "together too long",
        [](NewOrganization &o) {
            o.name = repeat(40);
            o.assumedName = repeat(22);
        },
        "assumed_name", "at most 61");
    organization(
        "assumed_name", kControl, [](NewOrganization &o) { o.assumedName = kBell; }, "assumed_name",
        "U+0007");
    organization(
        "address", kEmpty, [](NewOrganization &o) { o.address.clear(); }, "address", "Required");
    organization(
        "address", kTooLong, [](NewOrganization &o) { o.address = repeat(65); }, "address",
        "At most 64");
    organization(
        "address2", kTooLong, [](NewOrganization &o) { o.address2 = repeat(65); }, "address2",
        "At most 64");
    organization(
        "address2", kLineBreak, [](NewOrganization &o) { o.address2 = kNewline; }, "address2",
        "one line");
    organization(
        "city", kBlank, [](NewOrganization &o) { o.city = QStringLiteral("   "); }, "city",
        "Required");
    organization(
        "city", kTooLong, [](NewOrganization &o) { o.city = repeat(65); }, "city", "At most 64");
    organization(
        "state", kEmpty, [](NewOrganization &o) { o.state.clear(); }, "state", "Required");
    organization(
        "state", kTooLong, [](NewOrganization &o) { o.state = repeat(65); }, "state", "At most 64");
    organization(
        "zip", kEmpty, [](NewOrganization &o) { o.zip.clear(); }, "zip", "Required");
    organization(
        "zip", kTooLong, [](NewOrganization &o) { o.zip = repeat(129, '1'); }, "zip",
        "At most 128");
    organization(
        "zip", kControl,
        [](NewOrganization &o) {
            o.zip = QStringLiteral("840") + QChar(u'\0') + QStringLiteral("43");
        },
        "zip", "U+0000");
    organization(
        "country", kEmpty, [](NewOrganization &o) { o.country.clear(); }, "country", "Required");
    organization(
        "country", kFormat, [](NewOrganization &o) { o.country = QStringLiteral("USA"); },
        "country", "Two letters");
    organization(
        "country", kCharset, [](NewOrganization &o) { o.country = QStringLiteral("D3"); },
        "country", "Two letters");
    organization(
        "country", "non-ASCII",
        [](NewOrganization &o) { o.country = QString(QChar(0xc4)) + QChar(0xd6); }, "country",
        "Two letters");
    organization(
        "telephone", kEmpty, [](NewOrganization &o) { o.telephone.clear(); }, "telephone",
        "Required");
    organization(
        "telephone", kTooLong,
        [](NewOrganization &o) { o.telephone = QStringLiteral("+1 ") + repeat(30, '5'); },
        "telephone", "At most 32");
    organization(
        "organization_contact.first_name", kEmpty,
        [](NewOrganization &o) { o.organizationContact.firstName.clear(); },
        "organization_contact.first_name", "Required");
    organization(
        "organization_contact.email", kFormat,
        [](NewOrganization &o) { o.organizationContact.email = QStringLiteral("ada@"); },
        "organization_contact.email", "name@example.com");
    organization(
        "technical_contact.last_name", kTooLong,
        [](NewOrganization &o) {
            o.technicalContact = goodContact();
            o.technicalContact.lastName = repeat(129);
        },
        "technical_contact.last_name", "At most 128");
    organization(
        "technical_contact.email", kEmpty,
        [](NewOrganization &o) {
            o.technicalContact = goodContact();
            o.technicalContact.email.clear();
        },
        "technical_contact.email", "Required");
    organization(
        "contacts", kTooMany,
        [](NewOrganization &o) {
            for (int i = 0; i < 31; ++i)
                o.verifiedContacts << goodVerifiedContact();
        },
        "contacts", "At most 30");
    organization(
        "contacts.telephone", kEmpty,
        [](NewOrganization &o) {
            o.verifiedContacts = {goodVerifiedContact()};
            o.verifiedContacts[0].contact.telephone.clear();
        },
        "contacts[0].telephone", "Required");
    organization(
        "validations", kUnknown,
        [](NewOrganization &o) {
            o.validations = {{QStringLiteral("dv"), {}}};
        },
        "validations", "OV, EV, CS or EV CS");
    organization(
        "validations", "twice",
        [](NewOrganization &o) {
            o.validations = {{QStringLiteral("ov"), {}}, {QStringLiteral("ov"), {}}};
        },
        "validations", "twice");
    organization(
        "validations", "EV without approver",
        [](NewOrganization &o) {
            o.validations = {{QStringLiteral("ev"), {}}};
        },
        "validations", "verified contact");

    // ---- NewVerifiedContact (the list POST verified-contact sends) ----
    const auto verified = [](const char *name, const char *kind,
                             const std::function<void(QList<NewVerifiedContact> &)> &change,
                             const QString &field, const QString &allowed) {
        row(
            QStringLiteral("NewVerifiedContact"), QLatin1String(name), kind,
            [change] {
                QList<NewVerifiedContact> list{goodVerifiedContact()};
                change(list);
                return fromErrors(NewVerifiedContact::validateList(list));
            },
            field, allowed);
    };
    using Contacts = QList<NewVerifiedContact>;
    verified(
        "contacts", kEmpty, [](Contacts &l) { l.clear(); }, "contacts", "at least one");
    verified(
        "contacts", kTooMany,
        [](Contacts &l) {
            while (l.size() < 31)
                l << goodVerifiedContact();
        },
        "contacts", "At most 30");
    verified(
        "first_name", kEmpty, [](Contacts &l) { l[0].contact.firstName.clear(); },
        "contacts[0].first_name", "Required");
    verified(
        "first_name", kControl, [](Contacts &l) { l[0].contact.firstName = kBell; },
        "contacts[0].first_name", "U+0007");
    verified(
        "last_name", kTooLong, [](Contacts &l) { l[0].contact.lastName = repeat(129); },
        "contacts[0].last_name", "At most 128");
    verified(
        "email", kEmpty, [](Contacts &l) { l[0].contact.email.clear(); }, "contacts[0].email",
        "Required");
    verified(
        "email", kFormat, [](Contacts &l) { l[0].contact.email = QStringLiteral("@example.com"); },
        "contacts[0].email", "name@example.com");
    verified(
        "email", kCharset,
        [](Contacts &l) { l[0].contact.email = QStringLiteral("ada lovelace@example.com"); },
        "contacts[0].email", "name@example.com");
    verified(
        "email", kTooLong,
        [](Contacts &l) { l[0].contact.email = repeat(250) + QStringLiteral("@example.com"); },
        "contacts[0].email", "At most 255");
    verified(
        "job_title", kEmpty, [](Contacts &l) { l[0].contact.jobTitle.clear(); },
        "contacts[0].job_title", "Required");
    verified(
        "job_title", kTooLong, [](Contacts &l) { l[0].contact.jobTitle = repeat(65); },
        "contacts[0].job_title", "At most 64");
    verified(
        "job_title", kLineBreak, [](Contacts &l) { l[0].contact.jobTitle = kNewline; },
        "contacts[0].job_title", "one line");
    verified(
        "telephone", kEmpty, [](Contacts &l) { l[0].contact.telephone.clear(); },
        "contacts[0].telephone", "Required");
    verified(
        "telephone", kTooLong, [](Contacts &l) { l[0].contact.telephone = repeat(33, '5'); },
        "contacts[0].telephone", "At most 32");
    verified(
        "telephone_extension", kTooLong,
        [](Contacts &l) { l[0].contact.telephoneExtension = repeat(17, '1'); },
        "contacts[0].telephone_extension", "At most 16");
    verified(
        "validation_types", kUnknown,
        [](Contacts &l) { l[0].validationTypes = {QStringLiteral("ov")}; },
        "contacts[0].validation_types", "EV, CS or EV CS");
    verified(
        "contacts[1].email", kFormat,
        [](Contacts &l) {
            l << goodVerifiedContact();
            l[1].contact.email = QStringLiteral("bob");
        },
        "contacts[1].email", "name@example.com");

    // ---- OrganizationContact (an organization's contact edited on its own) ----
    const auto contact = [](const char *name, const char *kind,
                            const std::function<void(OrganizationContact &)> &change,
                            const QString &field, const QString &allowed) {
        row(
            QStringLiteral("OrganizationContact"), QLatin1String(name), kind,
            [change] {
                OrganizationContact c = goodContact();
                change(c);
                return fromErrors(c.validate(QStringLiteral("organization_contact."), false));
            },
            field, allowed);
    };
    contact(
        "first_name", kBlank, [](OrganizationContact &c) { c.firstName = QStringLiteral(" "); },
        "organization_contact.first_name", "Required");
    contact(
        "last_name", kEmpty, [](OrganizationContact &c) { c.lastName.clear(); },
        "organization_contact.last_name", "Required");
    contact(
        "last_name", kLineBreak,
        [](OrganizationContact &c) {
            c.lastName = QStringLiteral("Love") + QChar(0x2028) + QStringLiteral("lace");
        },
        "organization_contact.last_name", "U+2028");
    contact(
        "email", "no local part",
        [](OrganizationContact &c) { c.email = QStringLiteral("@example.com"); },
        "organization_contact.email", "name@example.com");
    contact(
        "email", kControl,
        [](OrganizationContact &c) { c.email = QStringLiteral("ada\x07@example.com"); },
        "organization_contact.email", "U+0007");
    contact(
        "job_title", kControl, [](OrganizationContact &c) { c.jobTitle = kEscape; },
        "organization_contact.job_title", "U+001B");
    contact(
        "telephone", kTooLong, [](OrganizationContact &c) { c.telephone = repeat(33, '5'); },
        "organization_contact.telephone", "At most 32");
    contact(
        "telephone", kLineBreak,
        [](OrganizationContact &c) { c.telephone = QStringLiteral("555\n0100"); },
        "organization_contact.telephone", "one line");

    // ---- PaymentCard ----
    const auto card = [](const char *name, const char *kind,
                         const std::function<void(PaymentCard &)> &change, const QString &field,
                         const QString &allowed) {
        row(
            QStringLiteral("PaymentCard"), QLatin1String(name), kind,
            [change] {
                PaymentCard c = goodCard();
                change(c);
                QString f;
                const QString m = c.validate(kToday, &f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    card(
        "number", kEmpty, [](PaymentCard &c) { c.number.clear(); }, "credit_card.number",
        "card number");
    card(
        "number", kBlank, [](PaymentCard &c) { c.number = QStringLiteral(" - "); },
        "credit_card.number", "card number");
    card(
        "number", "check digit",
        [](PaymentCard &c) { c.number = QStringLiteral("4242424242424241"); }, "credit_card.number",
        "13 to 19 digits");
    card(
        "number", "too short", [](PaymentCard &c) { c.number = QStringLiteral("424242424242"); },
        "credit_card.number", "13 to 19 digits");
    card(
        "number", kTooLong, [](PaymentCard &c) { c.number = repeat(20, '4'); },
        "credit_card.number", "13 to 19 digits");
    card(
        "number", kCharset,
        [](PaymentCard &c) { c.number = QStringLiteral("4242 4242 4242 424O"); },
        "credit_card.number", "13 to 19 digits");
    card(
        "number", "non-ASCII digits",
        [](PaymentCard &c) {
            c.number.clear();
            for (const QChar d : QStringLiteral("4242424242424242"))
                c.number += QChar(0x0660 + d.digitValue()); // Arabic-Indic digits
        },
        "credit_card.number", "13 to 19 digits");
    card(
        "expiration_month", "zero", [](PaymentCard &c) { c.expirationMonth = 0; },
        "credit_card.expiration_month", "1 to 12");
    card(
        "expiration_month", kRange, [](PaymentCard &c) { c.expirationMonth = 13; },
        "credit_card.expiration_month", "1 to 12");
    card(
        "expiration_year", "two digits", [](PaymentCard &c) { c.expirationYear = 28; },
        "credit_card.expiration_year", "four digits");
    card(
        "expiration_year", kRange, [](PaymentCard &c) { c.expirationYear = 2101; },
        "credit_card.expiration_year", "four digits");
    card(
        "expiration_year", "expired",
        [](PaymentCard &c) {
            const QDate last = kToday.addMonths(-1);
            c.expirationMonth = last.month();
            c.expirationYear = last.year();
        },
        "credit_card.expiration_year", "expired in");
    card(
        "cvv", kEmpty, [](PaymentCard &c) { c.cvv.clear(); }, "credit_card.cvv", "3 or 4 digits");
    card(
        "cvv", "too short", [](PaymentCard &c) { c.cvv = QStringLiteral("12"); }, "credit_card.cvv",
        "3 or 4 digits");
    card(
        "cvv", kTooLong, [](PaymentCard &c) { c.cvv = QStringLiteral("12345"); }, "credit_card.cvv",
        "3 or 4 digits");
    card(
        "cvv", kCharset, [](PaymentCard &c) { c.cvv = QStringLiteral("12a"); }, "credit_card.cvv",
        "3 or 4 digits");
    card(
        "cardholder_name", kEmpty, [](PaymentCard &c) { c.cardholderName.clear(); },
        "credit_card.cardholder_name", "name on the card");
    card(
        "cardholder_name", kTooLong, [](PaymentCard &c) { c.cardholderName = repeat(129); },
        "credit_card.cardholder_name", "At most 128");
    card(
        "cardholder_name", kControl, [](PaymentCard &c) { c.cardholderName = kBell; },
        "credit_card.cardholder_name", "U+0007");
    card(
        "address", kEmpty, [](PaymentCard &c) { c.address.clear(); }, "billing_address.address",
        "billing address");
    card(
        "address", kTooLong, [](PaymentCard &c) { c.address = repeat(65); },
        "billing_address.address", "At most 64");
    card(
        "address", kLineBreak, [](PaymentCard &c) { c.address = kNewline; },
        "billing_address.address", "one line");
    card(
        "city", kBlank, [](PaymentCard &c) { c.city = QStringLiteral("  "); },
        "billing_address.city", "billing city");
    card(
        "city", kTooLong, [](PaymentCard &c) { c.city = repeat(65); }, "billing_address.city",
        "At most 64");
    card(
        "state", "empty for the US", [](PaymentCard &c) { c.state.clear(); },
        "billing_address.state", "state or province");
    card(
        "state", "empty for Canada",
        [](PaymentCard &c) {
            c.country = QStringLiteral("CA");
            c.state.clear();
        },
        "billing_address.state", "state or province");
    card(
        "state", kTooLong, [](PaymentCard &c) { c.state = repeat(65); }, "billing_address.state",
        "At most 64");
    card(
        "zip", "empty for the US", [](PaymentCard &c) { c.zip.clear(); }, "billing_address.zip",
        "postal code");
    card(
        "zip", "empty for Canada",
        [](PaymentCard &c) {
            c.country = QStringLiteral("ca");
            c.zip.clear();
        },
        "billing_address.zip", "postal code");
    card(
        "zip", kTooLong, [](PaymentCard &c) { c.zip = repeat(129, '1'); }, "billing_address.zip",
        "At most 128");
    card(
        "zip", kControl, [](PaymentCard &c) { c.zip = QStringLiteral("84043\x7f"); },
        "billing_address.zip", "U+007F");
    card(
        "country", kEmpty, [](PaymentCard &c) { c.country.clear(); }, "billing_address.country",
        "two-letter code");
    card(
        "country", kFormat, [](PaymentCard &c) { c.country = QStringLiteral("USA"); },
        "billing_address.country", "two-letter code");
    card(
        "country", kCharset, [](PaymentCard &c) { c.country = QStringLiteral("1A"); },
        "billing_address.country", "two-letter code");

    // ---- FundsTransfer (POST finance/transfer) ----
    const auto transfer =
        [](const char *name, const char *kind, const std::function<void(FundsTransfer &)> &change,
           const QString &field, const QString &allowed, qint64 availableCents = -1) {
            row(
                QStringLiteral("FundsTransfer"), QLatin1String(name), kind,
                [change, availableCents] {
                    FundsTransfer t = goodTransfer();
                    change(t);
                    QString f;
                    const QString m = t.validate(&f, availableCents);
                    return Outcome{m, f};
                },
                field, allowed);
        };
    const QString whole = QStringLiteral("a whole amount from 1 to 10000000");
    transfer(
        "amount", kEmpty, [](FundsTransfer &t) { t.amount.clear(); }, "amount", whole);
    transfer(
        "amount", kBlank, [](FundsTransfer &t) { t.amount = QStringLiteral("  "); }, "amount",
        whole);
    transfer(
        "amount", kFormat, [](FundsTransfer &t) { t.amount = QStringLiteral("12 dollars"); },
        "amount", whole);
    transfer(
        "amount", "cents", [](FundsTransfer &t) { t.amount = QStringLiteral("10.50"); }, "amount",
        "moves no cents");
    transfer(
        "amount", "exponent", [](FundsTransfer &t) { t.amount = QStringLiteral("1e3"); }, "amount",
        whole);
    transfer(
        "amount", kCharset,
        [](FundsTransfer &t) { t.amount = QString(QChar(0x0661)) + QChar(0x0660); }, "amount",
        whole);
    transfer(
        "amount", "zero", [](FundsTransfer &t) { t.amount = QStringLiteral("0"); }, "amount",
        whole);
    transfer(
        "amount", "negative", [](FundsTransfer &t) { t.amount = QStringLiteral("-5"); }, "amount",
        whole);
    transfer(
        "amount", kRange, [](FundsTransfer &t) { t.amount = QStringLiteral("10000001"); }, "amount",
        whole);
    transfer(
        "amount", kTooLong, [](FundsTransfer &t) { t.amount = repeat(16, '9'); }, "amount", whole);
    transfer(
        "amount", "more than available",
        [](FundsTransfer &t) { t.amount = QStringLiteral("3000"); }, "amount",
        "more than the 2454.00", 245400);
    transfer(
        "from_container_id", kEmpty, [](FundsTransfer &t) { t.fromContainerId = 0; },
        "from_container_id", "the division the funds leave");
    transfer(
        "to_container_id", kEmpty, [](FundsTransfer &t) { t.toContainerId = 0; }, "to_container_id",
        "the division that receives");
    transfer(
        "to_container_id", "same division",
        [](FundsTransfer &t) { t.toContainerId = t.fromContainerId; }, "to_container_id",
        "other than the one the funds leave");

    // ---- BalanceHistoryQuery (the history filters; the field is the message's prefix) ----
    const auto history = [](const char *name, const char *kind, const QString &from,
                            const QString &to, const QString &field, const QString &allowed) {
        row(
            QStringLiteral("BalanceHistoryQuery"), QLatin1String(name), kind,
            [from, to] {
                BalanceHistoryQuery q;
                QString m;
                if (BalanceHistoryQuery::parseDate(from, QStringLiteral("From"), &q.from, &m) &&
                    BalanceHistoryQuery::parseDate(to, QStringLiteral("To"), &q.to, &m))
                    m = q.validate(kToday);
                return Outcome{m, m.section(QLatin1Char(':'), 0, 0)};
            },
            field, allowed);
    };
    history("from", kFormat, QStringLiteral("31/01/2026"), QString(), QStringLiteral("From"),
            QStringLiteral("use YYYY-MM-DD"));
    history("from", "impossible date", QStringLiteral("2026-02-30"), QString(),
            QStringLiteral("From"), QStringLiteral("use YYYY-MM-DD"));
    history("to", kCharset, QString(), QStringLiteral("2026-0l-05"), QStringLiteral("To"),
            QStringLiteral("use YYYY-MM-DD"));
    history("to", "before from", QStringLiteral("2026-03-01"), QStringLiteral("2026-02-01"),
            QStringLiteral("To"), QStringLiteral("before From"));
    history("from", "future", kToday.addDays(1).toString(Qt::ISODate), QString(),
            QStringLiteral("From"), QStringLiteral("in the future"));
    history("from", kRange, QStringLiteral("1999-12-31"), QString(), QStringLiteral("From"),
            QStringLiteral("earliest date"));

    // ---- CustomField::problem (no field out-param: the label must be in the message) ----
    const auto custom = [](const char *type, const char *kind, const QString &value,
                           const QString &allowed, bool required = true) {
        row(
            QStringLiteral("CustomField"), QLatin1String(type), kind,
            [type, value, required] {
                return Outcome{customField(type, required).problem(value), QString(), false};
            },
            QStringLiteral("Cost center"), allowed);
    };
    custom("text", kEmpty, QString(), "required");
    custom("text", kBlank, QStringLiteral("   "), "required");
    custom("text", kTooLong, repeat(1025), "at most 1,024");
    custom("text", "too long, optional", repeat(1025), "at most 1,024", false);
    custom("text", kControl, QStringLiteral("CC\x07"), "control characters");
    custom("text", kLineBreak, kNewline, "no line breaks");
    custom("int", kEmpty, QString(), "a whole number");
    custom("int", kFormat, QStringLiteral("12a"), "whole number");
    custom("int", "decimal", QStringLiteral("4.5"), "whole number");
    custom("int", kRange, repeat(19, '9'), "whole number");
    custom("email_address", kFormat, QStringLiteral("ops"), "name@example.com");
    custom("email_address", "two addresses", QStringLiteral("a@example.com, b@example.com"),
           "name@example.com");
    custom("email_list", kFormat, QStringLiteral("a@example.com, nobody"), "separated by commas");
    custom("email_list", "empty entry", QStringLiteral("a@example.com,,b@example.com"),
           "separated by commas");

    // ---- DnsName::problem (no field out-param: "domain" must be in the message) ----
    // The two wildcard messages name the value the user typed, in quotes, not the field.
    const auto dns = [](const char *kind, const QString &value, const QString &allowed,
                        bool wildcard = false, const QString &named = QStringLiteral("domain")) {
        row(
            QStringLiteral("DnsName"), QStringLiteral("name"), kind,
            [value, wildcard] {
                return Outcome{DnsName::problem(value, wildcard), QString(), false};
            },
            named, allowed);
    };
    dns(kEmpty, QString(), "example.com");
    dns(kTooLong, repeat(250) + QStringLiteral(".com"), "at most 253");
    dns(kFormat, QStringLiteral("https://example.com"), "without http://");
    dns("no dot", QStringLiteral("localhost"), "full domain");
    dns("ip address", QStringLiteral("10.0.0.1"), "domain names only");
    dns("label too long", repeat(64) + QStringLiteral(".example.com"), "1 to 63");
    dns("empty label", QStringLiteral("a..example.com"), "1 to 63");
    dns(kCharset, QStringLiteral("my_host.example.com"), "letters, digits or hyphens");
    dns(kControl, QStringLiteral("host\x09.example.com"), "letters, digits or hyphens");
    dns(kEmoji, kEmojiText + QStringLiteral(".example.com"), "letters, digits or hyphens");
    dns("wildcard not allowed", QStringLiteral("*.example.com"), "wildcard products", false,
        QStringLiteral("\"*.example.com\""));
    dns("wildcard inside", QStringLiteral("w*.example.com"), "left-most label", true,
        QStringLiteral("\"w*.example.com\""));

    // ---- NewDomain ----
    const auto domain = [](const char *name, const char *kind,
                           const std::function<void(NewDomain &)> &change, const QString &field,
                           const QString &allowed) {
        row(
            QStringLiteral("NewDomain"), QLatin1String(name), kind,
            [change] {
                NewDomain d = goodDomain();
                change(d);
                QString f;
                const QString m = d.validate(&f);
                return Outcome{m, f};
            },
            field, allowed);
    };
    domain(
        "name", kEmpty, [](NewDomain &d) { d.name.clear(); }, "name", "example.com");
    domain(
        "name", "wildcard", [](NewDomain &d) { d.name = QStringLiteral("*.example.com"); }, "name",
        "without \"*.\"");
    domain(
        "name", kCharset, [](NewDomain &d) { d.name = QStringLiteral("exa mple.com"); }, "name",
        "letters, digits or hyphens");
    domain(
        "name", kTooLong, [](NewDomain &d) { d.name = repeat(250) + QStringLiteral(".com"); },
        "name", "at most 253");
    domain(
        "organization", kEmpty, [](NewDomain &d) { d.organizationId = 0; }, "organization",
        "organization");
    domain(
        "validations", kUnknown, [](NewDomain &d) { d.validationTypes = {QStringLiteral("dv")}; },
        "validations", "ov or ev");
    domain(
        "dcv_method", kUnknown, [](NewDomain &d) { d.dcvMethod = QStringLiteral("phone"); },
        "dcv_method", "email");

    // ---- KeySpec::parse (no field out-param: "Key type" must be in the message) ----
    const auto key = [](const char *kind, const QString &text) {
        row(
            QStringLiteral("KeySpec"), QStringLiteral("key"), kind,
            [text] {
                KeySpec spec;
                QString error;
                if (KeySpec::parse(text, &spec, &error))
                    return Outcome{};
                return Outcome{error, QString(), false};
            },
            QStringLiteral("Key type"),
            QStringLiteral("rsa:2048, rsa:3072, rsa:4096, ec:p256, ec:p384"));
    };
    key(kEmpty, QString());
    key(kRange, QStringLiteral("rsa:1024"));
    key("too big", QStringLiteral("rsa:8192"));
    key(kFormat, QStringLiteral("RSA-2048"));
    key(kUnknown, QStringLiteral("ec:p521"));
    key(kCharset, QString::fromUtf8("rsa:\uff12\uff10\uff14\uff18")); // full-width digits
    key(kControl, QStringLiteral("rsa:2048\x07"));

    // ---- Profile (no field out-param: the field's name must be in the message) ----
    const auto profileName = [](const char *kind, const QString &value, const QString &allowed) {
        row(
            QStringLiteral("Profile"), QStringLiteral("name"), kind,
            [value] {
                return Outcome{Profile::validateName(value), QString(), false};
            },
            QStringLiteral("profile name"), allowed);
    };
    profileName(kEmpty, QString(), "Enter");
    profileName(kBlank, QStringLiteral(" \t "), "Enter");
    profileName(kTooLong, repeat(65), "at most 64");
    profileName(kLineBreak, kNewline, "one line");
    profileName(kControl, kBell, "control characters");
    const auto profileUrl = [](const char *kind, const QString &value, const QString &name,
                               const QString &allowed) {
        row(
            QStringLiteral("Profile"), QStringLiteral("url"), kind,
            [value] {
                return Outcome{Profile::validateUrl(QUrl(value)), QString(), false};
            },
            name, allowed);
    };
    profileUrl(kEmpty, QString(), "API address", "https://www.digicert.com/services/v2/");
    profileUrl(kFormat, QStringLiteral("www.digicert.com/services/v2"), "API address", "https://");
    profileUrl("no host", QStringLiteral("https:///services/v2/"), "API address", "https://");
    profileUrl("wrong scheme", QStringLiteral("ftp://www.digicert.com/"), "address", "https://");
    profileUrl("plain http", QStringLiteral("http://www.digicert.com/services/v2/"), "http://",
               "127.0.0.1 or localhost");
    profileUrl(kCharset, QStringLiteral("https://exa mple.com/"), "API address", "https://");
    const auto apiKey = [](const char *kind, const QString &value, const QString &allowed) {
        row(
            QStringLiteral("Profile"), QStringLiteral("api_key"), kind,
            [value] {
                QString clean;
                return Outcome{Profile::validateApiKey(value, &clean), QString(), false};
            },
            QStringLiteral("API key"), allowed);
    };
    apiKey(kEmpty, QString(), "Automation > API Keys");
    apiKey(kBlank, QStringLiteral("\n  \n"), "Automation > API Keys");
    apiKey(kTooLong, repeat(257, 'K'), "at most 256");
    apiKey("space inside", QStringLiteral("ABCD EFGH"), "no spaces or line breaks");
    apiKey(kLineBreak, QStringLiteral("ABCD\nEFGH"), "no spaces or line breaks");
    apiKey(kControl, QStringLiteral("ABCD\x01") + QStringLiteral("EFGH"),
           "letters, digits and punctuation");
    apiKey("non-ASCII", QStringLiteral("ABCD") + QChar(0xe9), "letters, digits and punctuation");
    apiKey(kEmoji, QStringLiteral("ABCD") + kEmojiText, "letters, digits and punctuation");

    // ---- OrderQuery (no field out-param: the field's name must be in the message) ----
    const auto query = [](const char *name, const char *kind,
                          const std::function<void(OrderQuery &)> &change, const QString &shown,
                          const QString &allowed) {
        row(
            QStringLiteral("OrderQuery"), QLatin1String(name), kind,
            [change] {
                OrderQuery q;
                change(q);
                return Outcome{q.validate(), QString(), false};
            },
            shown, allowed);
    };
    query(
        "status", kUnknown, [](OrderQuery &q) { q.status = QStringLiteral("done"); }, "Status",
        "issued");
    query(
        "sort", kUnknown, [](OrderQuery &q) { q.sort = QStringLiteral("-price"); }, "Sort field",
        "prefix - for descending");
    query(
        "page_size", "zero", [](OrderQuery &q) { q.pageSize = 0; }, "Page size",
        "between 1 and 1000");
    query(
        "page_size", kRange, [](OrderQuery &q) { q.pageSize = 1001; }, "Page size",
        "between 1 and 1000");
    query(
        "search", kTooLong, [](OrderQuery &q) { q.search = repeat(256); }, "Search text",
        "at most 255");
    query(
        "search", kControl, [](OrderQuery &q) { q.search = QStringLiteral("exa\x00mple"); },
        "Search text", "without control characters");
    query(
        "product", kCharset, [](OrderQuery &q) { q.productNameId = QStringLiteral("SSL Basic"); },
        "Product", "lower-case letters, digits and _");
    query(
        "product", kTooLong, [](OrderQuery &q) { q.productNameId = repeat(65); }, "Product",
        "lower-case letters, digits and _");
    query(
        "organization", "negative", [](OrderQuery &q) { q.organizationId = -1; }, "Organization id",
        "positive number");
    query(
        "container", "negative", [](OrderQuery &q) { q.containerId = -1; }, "Container id",
        "positive number");
    query(
        "valid_till", "reversed range",
        [](OrderQuery &q) {
            q.validTillFrom = QDate(2027, 2, 1);
            q.validTillTo = QDate(2027, 1, 1);
        },
        "Valid till", "is after the last day");
}

void tst_BadInput::refusedWithTheFieldNamed() {
    QFETCH(Probe, probe);
    QFETCH(QString, field);
    QFETCH(QString, allowed);
    const Outcome outcome = probe();
    QVERIFY2(!outcome.message.isEmpty(), "the bad value was accepted");
    if (outcome.byPath)
        QVERIFY2(outcome.field == field,
                 qPrintable(QStringLiteral("named %1 instead of %2: %3")
                                .arg(outcome.field, field, outcome.message)));
    else
        QVERIFY2(outcome.message.contains(field, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("the message does not name \"%1\": %2")
                                .arg(field, outcome.message)));
    QVERIFY2(
        outcome.message.contains(allowed, Qt::CaseInsensitive),
        qPrintable(
            QStringLiteral("the message does not say \"%1\": %2").arg(allowed, outcome.message)));
}

void tst_BadInput::cleanupTestCase() {
    int total = 0;
    for (auto it = rowCounts().cbegin(); it != rowCounts().cend(); ++it) {
        qInfo("%-22s %4d rows", qPrintable(it.key()), it.value());
        total += it.value();
    }
    qInfo("%-22s %4d rows", "total", total);
}

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_badinput.moc"
