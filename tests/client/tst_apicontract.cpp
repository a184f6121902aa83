#include "SandboxHarness.h"
#include "api/CertificateEndpoints.h"
#include "api/DomainEndpoints.h"
#include "api/OrderEndpoints.h"
#include "api/OrganizationEndpoints.h"
#include "core/AccountBalance.h"
#include "core/ApprovalRequest.h"
#include "core/BalanceAdjustment.h"
#include "core/BalanceHistoryQuery.h"
#include "core/CertificateRecord.h"
#include "core/CustomField.h"
#include "core/Domain.h"
#include "core/DuplicateRequest.h"
#include "core/FilterChoice.h"
#include "core/FundsTransfer.h"
#include "core/LifecycleResult.h"
#include "core/NewDomain.h"
#include "core/NewOrder.h"
#include "core/NewOrganization.h"
#include "core/Order.h"
#include "core/OrderBatch.h"
#include "core/OrderCancellation.h"
#include "core/OrderQuery.h"
#include "core/OrderValidation.h"
#include "core/Organization.h"
#include "core/OrganizationBatch.h"
#include "core/PaymentProfile.h"
#include "core/PlacedOrder.h"
#include "core/Product.h"
#include "core/ReissueRequest.h"
#include "core/RequestDecision.h"
#include "core/RevokeRequest.h"
#include "core/StatusChange.h"
#include "core/UserInfo.h"

#include <QtTest>

// Contract tests from the documentation, not from the sandbox (issue 17, point 3). Each fixture
// in tests/contract is a reply as certcentral-docs.md documents it. The client's own decoder
// reads it and every field CertDesk uses is checked; then the same endpoint is asked of the
// sandbox, whose reply must carry every documented field with the documented JSON type (extra
// fields are allowed: the real service has more than the pages show). Requests the client
// builds are checked against the documented names and values.
class tst_ApiContract : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void documentedRepliesDecode_data();
    void documentedRepliesDecode();
    void sandboxRepliesHaveTheDocumentedShape_data();
    void sandboxRepliesHaveTheDocumentedShape();
    void sandboxWritesHaveTheDocumentedShape();
    void shapeCheckBites();
    void requestsUseDocumentedNames();

private:
    struct Fixture {
        QJsonObject reply;
        QSet<QString> optional;
    };
    static Fixture fixture(const QString &name);
    QJsonObject sandboxGet(const QString &path, const QString &query = {});

    sbx::Sandbox m_sb;
    sbx::Http m_http;
};

namespace {

const QByteArray kAdmin = QByteArrayLiteral("demo-admin-key");

QString typeName(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Every documented field must be in actual with the same JSON type; arrays are compared element
// by element against the documented first element. Paths name fields as "orders[].id".
void compareShape(const QJsonValue &documented, const QJsonValue &actual, const QString &path,
                  const QSet<QString> &optional, QStringList *problems) {
    if (typeName(documented) != typeName(actual)) {
        problems->append(QStringLiteral("%1: documented %2, got %3")
                             .arg(path.isEmpty() ? QStringLiteral("(reply)") : path,
                                  typeName(documented), typeName(actual)));
        return;
    }
    if (documented.isObject()) {
        const QJsonObject d = documented.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = d.begin(); it != d.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!a.contains(it.key())) {
                if (!optional.contains(child))
                    problems->append(QStringLiteral("%1: documented, missing").arg(child));
                continue;
            }
            compareShape(it.value(), a.value(it.key()), child, optional, problems);
        }
    } else if (documented.isArray()) {
        const QJsonArray d = documented.toArray();
        if (d.isEmpty())
            return;
        for (const QJsonValue &element : actual.toArray())
            compareShape(d.first(), element, path + QStringLiteral("[]"), optional, problems);
    }
}

QByteArray body(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

tst_ApiContract::Fixture tst_ApiContract::fixture(const QString &name) {
    QFile file(QStringLiteral(CERTDESK_CONTRACT_DIR "/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read contract fixture %s", qPrintable(file.fileName()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    Fixture f;
    f.reply = root.value(QStringLiteral("reply")).toObject();
    for (const QJsonValue &path : root.value(QStringLiteral("optional")).toArray())
        f.optional.insert(path.toString());
    if (f.reply.isEmpty())
        qFatal("contract fixture %s has no reply", qPrintable(name));
    return f;
}

QJsonObject tst_ApiContract::sandboxGet(const QString &path, const QString &query) {
    const sbx::Response r = m_http.get(m_sb.api(path, query), kAdmin);
    if (r.status != 200)
        qWarning() << "GET" << path << r.describe();
    return r.json();
}

void tst_ApiContract::initTestCase() {
    QVERIFY(m_sb.start({QStringLiteral("--now"), QStringLiteral("2026-03-04"),
                        QStringLiteral("--orders"), QStringLiteral("60"),
                        QStringLiteral("--no-rate-limit")}));
}

void tst_ApiContract::documentedRepliesDecode_data() {
    QTest::addColumn<QString>("name");
    for (const char *name : {"user_me",
                             "balance",
                             "list_orders",
                             "order_info",
                             "status_changes",
                             "alternate_orders",
                             "revoke_request",
                             "list_domains",
                             "list_organizations",
                             "product_list",
                             "product_info",
                             "request_info",
                             "organization_info",
                             "custom_fields",
                             "list_reissues",
                             "order_validation",
                             "balance_history",
                             "payment_profile",
                             "place_order",
                             "reissue_reply",
                             "order_check_dcv",
                             "order_dcv_random_value",
                             "list_requests",
                             "domain_create",
                             "organization_create",
                             "list_containers"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ApiContract::documentedRepliesDecode() {
    QFETCH(QString, name);
    const Fixture f = fixture(name);
    const QByteArray json = body(f.reply);
    QString error;
    if (name == QLatin1String("user_me")) {
        UserInfo user;
        QVERIFY2(UserInfo::fromJson(json, &user, &error), qPrintable(error));
        QCOMPARE(user.id, 1001);
        QCOMPARE(user.displayName(), QStringLiteral("Ada Admin"));
        QCOMPARE(user.email, QStringLiteral("ada.admin@example.com"));
        QCOMPARE(user.containerName, QStringLiteral("Sandbox Corp"));
        QCOMPARE(user.accessRoles, QStringList{QStringLiteral("admin")});
    } else if (name == QLatin1String("balance")) {
        AccountBalance b;
        QVERIFY2(AccountBalance::fromJson(json, &b, &error), qPrintable(error));
        QCOMPARE(b.balance, QStringLiteral("454.00"));
        QCOMPARE(b.currency, QStringLiteral("USD"));
        QCOMPARE(b.unpaidInvoiceBalance, QStringLiteral("0.00"));
        QCOMPARE(b.negativeBalanceLimit, QStringLiteral("2000.00"));
        QCOMPARE(b.usedCreditFromOtherContainers, QStringLiteral("0.00"));
        QCOMPARE(b.totalAvailableFunds, QStringLiteral("2454.00"));
        QVERIFY(!b.unlimitedNegativeBalance);
    } else if (name == QLatin1String("list_orders")) {
        OrderBatch page;
        QVERIFY2(OrderBatch::fromJson(json, &page, &error), qPrintable(error));
        QCOMPARE(page.orders.size(), 1);
        QCOMPARE(page.total, 1);
        const Order &o = page.orders.first();
        QCOMPARE(o.id, 100001);
        QCOMPARE(o.certificateId, 200001);
        QCOMPARE(o.commonName, QStringLiteral("shop.example.com"));
        QCOMPARE(o.dnsNames, (QStringList{"shop.example.com", "www.shop.example.com"}));
        QCOMPARE(o.validTill, QDate(2026, 9, 11));
        QCOMPARE(o.daysRemaining, 184);
        QCOMPARE(o.status, QStringLiteral("issued"));
        QCOMPARE(o.productNameId, QStringLiteral("ssl_basic"));
        QCOMPARE(o.productName, QStringLiteral("Basic OV"));
        QCOMPARE(o.organizationId, 3001);
        QCOMPARE(o.organizationName, QStringLiteral("Sandbox Corp"));
        QCOMPARE(o.containerName, QStringLiteral("Sandbox Corp"));
        QCOMPARE(o.signatureHash, QStringLiteral("sha256"));
        QCOMPARE(o.dateCreated, QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC));
        // Not in List orders (certcentral-docs.md 3.2): left empty, never guessed.
        QVERIFY(o.serialNumber.isEmpty());
        QVERIFY(o.validationType.isEmpty());
    } else if (name == QLatin1String("order_info")) {
        Order o;
        QVERIFY2(Order::fromJson(f.reply, &o, &error), qPrintable(error));
        QCOMPARE(o.id, 100001);
        QCOMPARE(o.certificateId, 200001);
        QCOMPARE(o.serialNumber, QStringLiteral("0669D46CAE78E5AA8B8B5C6AB4F9B2E1"));
        QCOMPARE(o.thumbprint, QStringLiteral("7D236B54D19D5EACF0881FAF24D51DFE5D23E945"));
        QCOMPARE(o.validFrom, QDate(2026, 3, 4));
        QCOMPARE(o.validTill, QDate(2026, 9, 11));
        QCOMPARE(o.keySize, 2048);
        QCOMPARE(o.serverPlatform, QStringLiteral("OTHER"));
        QCOMPARE(o.status, QStringLiteral("issued"));
    } else if (name == QLatin1String("status_changes")) {
        QList<StatusChange> changes;
        QVERIFY2(StatusChange::fromJson(json, &changes, &error), qPrintable(error));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).orderId, 100002);
        QCOMPARE(changes.at(1).certificateId, 200002);
        QCOMPARE(changes.at(1).status, QStringLiteral("canceled"));
        // Nothing changed: {} (certcentral-docs.md 3.4).
        QVERIFY2(StatusChange::fromJson("{}", &changes, &error), qPrintable(error));
        QVERIFY(changes.isEmpty());
    } else if (name == QLatin1String("alternate_orders")) {
        QList<StatusChange> orders;
        QVERIFY2(StatusChange::fromJson(json, &orders, &error), qPrintable(error));
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().orderId, 100001);
    } else if (name == QLatin1String("revoke_request")) {
        LifecycleResult r;
        QVERIFY2(LifecycleResult::fromRevokeReply(json, 201, &r, &error), qPrintable(error));
        QCOMPARE(r.requestId, 1);
        QVERIFY(r.waitsForApproval());
        QCOMPARE(r.date, QDateTime(QDate(2016, 2, 10), QTime(17, 6, 15), Qt::UTC));
    } else if (name == QLatin1String("list_domains")) {
        DomainBatch page;
        QVERIFY2(DomainBatch::fromJson(json, &page, &error), qPrintable(error));
        QCOMPARE(page.domains.size(), 1);
        const Domain &d = page.domains.first();
        QCOMPARE(d.id, 10001);
        QCOMPARE(d.name, QStringLiteral("example.com"));
        QCOMPARE(d.organizationName, QStringLiteral("Sandbox Corp"));
        QCOMPARE(d.dcvMethod, QStringLiteral("email"));
        QCOMPARE(d.validations.size(), 1);
        QCOMPARE(d.validations.first().type, QStringLiteral("ov"));
    } else if (name == QLatin1String("list_organizations")) {
        OrganizationBatch page;
        QVERIFY2(OrganizationBatch::fromJson(json, &page, &error), qPrintable(error));
        QCOMPARE(page.organizations.size(), 1);
        const Organization &o = page.organizations.first();
        QCOMPARE(o.id, 3001);
        QCOMPARE(o.name, QStringLiteral("Sandbox Corp"));
        QCOMPARE(o.city, QStringLiteral("Lehi"));
        QCOMPARE(o.country, QStringLiteral("us"));
    } else if (name == QLatin1String("product_list")) {
        QList<Product> products;
        QVERIFY2(Product::listFromJson(json, &products, &error), qPrintable(error));
        QCOMPARE(products.size(), 1);
        QCOMPARE(products.first().nameId, QStringLiteral("ssl_basic"));
        QCOMPARE(products.first().groupId, QStringLiteral("ssl_certificate"));
        QCOMPARE(products.first().allowedYears, (QList<int>{1, 2, 3}));
        // No validation_type in the list: the group decides until Product info says.
        QCOMPARE(products.first().validationType, QStringLiteral("ov"));
    } else if (name == QLatin1String("product_info")) {
        Product p;
        QVERIFY2(Product::infoFromJson(json, &p, &error), qPrintable(error));
        QCOMPARE(p.nameId, QStringLiteral("ssl_basic"));
        // Upper case in the reply, CertDesk's own spelling after reading.
        QCOMPARE(p.validationType, QStringLiteral("ov"));
        QVERIFY(p.isOrderable());
        QCOMPARE(p.group(), Product::Group::Ov);
        // EV CS and DS as documented.
        QJsonObject other = f.reply;
        other.insert(QStringLiteral("validation_type"), QStringLiteral("EV CS"));
        QVERIFY(Product::infoFromJson(body(other), &p, &error));
        QCOMPARE(p.validationType, QStringLiteral("ev_cs"));
        other.insert(QStringLiteral("validation_type"), QStringLiteral("DS"));
        QVERIFY(Product::infoFromJson(body(other), &p, &error));
        QVERIFY(!p.isOrderable());
        QCOMPARE(p.group(), Product::Group::Other);
    } else if (name == QLatin1String("organization_info")) {
        Organization o;
        QVERIFY2(Organization::fromBody(json, &o, &error), qPrintable(error));
        QCOMPARE(o.id, 3001);
        QCOMPARE(o.state, QStringLiteral("Utah"));
        QCOMPARE(o.containerId, 100);
        // The verified contacts come from here: there is no verified-contact endpoint.
        QCOMPARE(o.verifiedContacts.size(), 1);
        QCOMPARE(o.verifiedContacts.first().id(), 7003);
        QCOMPARE(o.verifiedContacts.first().contact.email,
                 QStringLiteral("gia.rahman@example.com"));
    } else if (name == QLatin1String("custom_fields")) {
        QList<CustomField> fields;
        QVERIFY2(CustomField::listFromBody(json, &fields, &error), qPrintable(error));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(1).id, 13);
        QVERIFY(fields.at(1).required);
        QCOMPARE(fields.at(1).dataType, QStringLiteral("int"));
        // No fields: {}.
        QVERIFY2(CustomField::listFromBody("{}", &fields, &error), qPrintable(error));
        QVERIFY(fields.isEmpty());
    } else if (name == QLatin1String("list_reissues")) {
        QList<CertificateRecord> records;
        QVERIFY2(CertificateRecord::listFromJson(CertificateRecord::Kind::Reissue, json, &records,
                                                 &error),
                 qPrintable(error));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().id, 200101);
        QCOMPARE(records.first().status, QStringLiteral("issued"));
        QCOMPARE(records.first().validTill, QDate(2026, 9, 20));
        QCOMPARE(records.first().keySize, 2048);
    } else if (name == QLatin1String("place_order")) {
        PlacedOrder placed;
        QVERIFY2(PlacedOrder::fromPlaceReply(json, &placed, &error), qPrintable(error));
        QCOMPARE(placed.orderId, 112233);
        QCOMPARE(placed.requests.size(), 1);
        QCOMPARE(placed.requests.first().first, 113);
        QVERIFY(placed.waitsForApproval());
        QCOMPARE(placed.certificateId, 445566);
        QCOMPARE(placed.dcvRandomValue, QStringLiteral("0123456789abcdef"));
    } else if (name == QLatin1String("reissue_reply")) {
        LifecycleResult r;
        QVERIFY2(LifecycleResult::fromReissueReply(json, &r, &error), qPrintable(error));
        QCOMPARE(r.orderId, 112233);
        QCOMPARE(r.requestId, 113);
        QVERIFY(r.waitsForApproval());
        QCOMPARE(r.dcvRandomValue, QStringLiteral("0123456789abcdef"));
        // Without a status the result is "submitted", never "approved".
        LifecycleResult bare;
        QVERIFY(
            LifecycleResult::fromReissueReply(R"({"id":1,"requests":[{"id":2}]})", &bare, &error));
        QVERIFY(bare.statusUnknown());
    } else if (name == QLatin1String("order_check_dcv")) {
        // The entry's own decoder, as the client runs it on the decoding thread.
        OrderDcvResult r;
        QCOMPARE(OrderEndpoints::dcv(1, OrderDcvAction::Check).decode(json, 200, &r), QString());
        QCOMPARE(r.orderStatus, QStringLiteral("issued"));
        QCOMPARE(r.certificateId, 445566);
        QCOMPARE(r.dcvStatus, QStringLiteral("valid"));
        QCOMPARE(r.approvedNames, QStringList{QStringLiteral("example.com")});
    } else if (name == QLatin1String("order_dcv_random_value")) {
        OrderDcvResult r;
        QCOMPARE(OrderEndpoints::dcv(1, OrderDcvAction::RandomValue).decode(json, 200, &r),
                 QString());
        QCOMPARE(r.randomValue, QStringLiteral("0123456789abcdef"));
        QCOMPARE(r.expires, QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC));
    } else if (name == QLatin1String("list_requests")) {
        ApprovalRequestBatch page;
        QVERIFY2(ApprovalRequestBatch::fromJson(json, &page, &error), qPrintable(error));
        QCOMPARE(page.requests.size(), 1);
        QCOMPARE(page.requests.first().id, 400001);
        QCOMPARE(page.requests.first().type, QStringLiteral("new_request"));
        QCOMPARE(page.requests.first().status, QStringLiteral("pending"));
        QCOMPARE(page.requests.first().orderId, 100001);
        QCOMPARE(page.total, 1);
    } else if (name == QLatin1String("domain_create")) {
        qint64 id = 0;
        QString token;
        QCOMPARE(DomainEndpoints::create(NewDomain()).decode(json, 201, &id, &token), QString());
        QCOMPARE(id, 112233);
        QCOMPARE(token, QStringLiteral("0123456789abcdef"));
    } else if (name == QLatin1String("organization_create")) {
        qint64 id = 0;
        QCOMPARE(OrganizationEndpoints::create(NewOrganization()).decode(json, 201, &id),
                 QString());
        QCOMPARE(id, 112233);
    } else if (name == QLatin1String("list_containers")) {
        QList<FilterChoice> choices;
        QVERIFY2(FilterChoice::listFromJson(FilterChoice::Kind::Container, json, &choices, &error),
                 qPrintable(error));
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.first().id, QStringLiteral("123456"));
        QCOMPARE(choices.first().name, QStringLiteral("Example Company"));
    } else if (name == QLatin1String("balance_history")) {
        BalanceHistoryBatch page;
        QVERIFY2(BalanceHistoryBatch::fromJson(json, &page, &error), qPrintable(error));
        QCOMPARE(page.adjustments.size(), 1);
        const BalanceAdjustment &a = page.adjustments.first();
        QCOMPARE(a.id, QStringLiteral("5533001"));
        QCOMPARE(a.containerId, 123456);
        QCOMPARE(a.containerName, QStringLiteral("Example Company"));
        QCOMPARE(a.credit, QStringLiteral("1000.00"));
        QCOMPARE(a.transactionType, QStringLiteral("Credit Card Deposit"));
        QCOMPARE(a.receiptId, QStringLiteral("0"));
        QCOMPARE(a.transactionDate, QDateTime(QDate(2021, 1, 21), QTime(15, 20, 18), Qt::UTC));
        QCOMPARE(a.balanceAfter, QStringLiteral("9250.15"));
        QCOMPARE(a.orderId, QStringLiteral("12346"));
        QCOMPARE(a.expirationDate.date(), QDate(2022, 1, 21));
        QCOMPARE(a.note, QStringLiteral("Payment for invoice #100001"));
        QCOMPARE(a.currency, QStringLiteral("USD"));
        QCOMPARE(page.total, 2);
    } else if (name == QLatin1String("payment_profile")) {
        QList<PaymentProfile> profiles;
        QVERIFY2(PaymentProfile::listFromJson(json, &profiles, &error), qPrintable(error));
        QCOMPARE(profiles.size(), 1);
        const PaymentProfile &p = profiles.first();
        QCOMPARE(p.id, 11);
        QVERIFY(p.isDefault);
        QCOMPARE(p.status, QStringLiteral("active"));
        QCOMPARE(p.lastDigits(), QStringLiteral("1111"));
        QCOMPARE(p.cardType, QStringLiteral("visa"));
        QCOMPARE(p.expirationMonth, 12);
        QCOMPARE(p.expirationYear, 2027);
        QCOMPARE(p.cardholderName, QStringLiteral("Jane Doe"));
        QCOMPARE(p.label, QStringLiteral("Company card"));
        QCOMPARE(p.billingEmail, QStringLiteral("billing@example.com"));
    } else if (name == QLatin1String("order_validation")) {
        OrderValidation v;
        QVERIFY2(OrderValidation::fromJson(json, &v, &error), qPrintable(error));
        QCOMPARE(v.orderId, 112211); // a digit string in the documented example
        QCOMPARE(v.orderStatus, QStringLiteral("pending"));
        QCOMPARE(v.dcvMethod, QStringLiteral("email"));
        QCOMPARE(v.names.size(), 1);
        QCOMPARE(v.names.first().status, QStringLiteral("approved"));
        QCOMPARE(v.organizationValidations.size(), 1);
    } else if (name == QLatin1String("request_info")) {
        ApprovalRequest r;
        QVERIFY2(ApprovalRequest::fromJson(json, &r, &error), qPrintable(error));
        QCOMPARE(r.id, 400001);
        QCOMPARE(r.type, QStringLiteral("new_request"));
        QCOMPARE(r.status, QStringLiteral("pending"));
        QVERIFY(r.isPending());
        QCOMPARE(r.orderId, 100001);
        QCOMPARE(r.commonName, QStringLiteral("shop.example.com"));
        QCOMPARE(r.requester.displayName(), QStringLiteral("Dana User"));
    } else {
        QFAIL("no decoder check for this fixture");
    }
}

void tst_ApiContract::sandboxRepliesHaveTheDocumentedShape_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::newRow("user/me") << "user_me"
                             << "user/me"
                             << "";
    QTest::newRow("finance/balance") << "balance"
                                     << "finance/balance"
                                     << "container_id=100";
    QTest::newRow("finance/balance-history") << "balance_history"
                                             << "finance/balance-history"
                                             << "container_id=100";
    QTest::newRow("finance/payment-profile") << "payment_profile"
                                             << "finance/payment-profile"
                                             << "";
    QTest::newRow("request") << "list_requests"
                             << "request"
                             << "limit=5";
    QTest::newRow("container") << "list_containers"
                               << "container"
                               << "";
    QTest::newRow("order/certificate") << "list_orders"
                                       << "order/certificate"
                                       << "filters[status]=issued&limit=20";
    QTest::newRow("order/certificate/{id}") << "order_info"
                                            << "order/certificate/{order}"
                                            << "";
    QTest::newRow("status-changes") << "status_changes"
                                    << "order/certificate/status-changes"
                                    << "minutes=10080";
    QTest::newRow("domain") << "list_domains"
                            << "domain"
                            << "";
    QTest::newRow("organization") << "list_organizations"
                                  << "organization"
                                  << "";
    QTest::newRow("product") << "product_list"
                             << "product"
                             << "";
    QTest::newRow("product/{name_id}") << "product_info"
                                       << "product/ssl_basic"
                                       << "";
    QTest::newRow("request/{id}") << "request_info"
                                  << "request/{request}"
                                  << "";
    QTest::newRow("organization/{id}") << "organization_info"
                                       << "organization/3001"
                                       << "";
    QTest::newRow("account/metadata") << "custom_fields"
                                      << "account/metadata"
                                      << "";
    QTest::newRow("order/certificate/{id}/validation") << "order_validation"
                                                       << "order/certificate/{order}/validation"
                                                       << "";
}

void tst_ApiContract::sandboxRepliesHaveTheDocumentedShape() {
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QString, query);
    if (path.contains(QLatin1String("{order}"))) {
        const QJsonObject list = sandboxGet(QStringLiteral("order/certificate"),
                                            QStringLiteral("filters[status]=issued&limit=1"));
        const int id = list.value(QStringLiteral("orders"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInt();
        QVERIFY(id > 0);
        path.replace(QStringLiteral("{order}"), QString::number(id));
    }
    if (path.contains(QLatin1String("{request}"))) {
        const QJsonObject list = sandboxGet(QStringLiteral("request"),
                                            QStringLiteral("filters[status]=pending&limit=1"));
        const int id = list.value(QStringLiteral("requests"))
                           .toArray()
                           .at(0)
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toInt();
        QVERIFY(id > 0);
        path.replace(QStringLiteral("{request}"), QString::number(id));
    }
    const sbx::Response r = m_http.get(m_sb.api(path, query), kAdmin);
    QVERIFY2(r.status == 200, r.describe().constData());
    const Fixture f = fixture(name);
    QStringList problems;
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void tst_ApiContract::sandboxWritesHaveTheDocumentedShape() {
    // Writes whose replies are documented: the revoke request (201), a domain's new DCV token
    // and its check.
    QStringList problems;
    const QJsonObject list = sandboxGet(QStringLiteral("order/certificate"),
                                        QStringLiteral("filters[status]=issued&limit=5"));
    const int certificateId = list.value(QStringLiteral("orders"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("certificate"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInt();
    QVERIFY(certificateId > 0);
    sbx::Response r =
        m_http.send("PUT", m_sb.api(QStringLiteral("certificate/%1/revoke").arg(certificateId)),
                    kAdmin, body({{"revocation_reason", "superseded"}, {"comments", "contract"}}));
    QVERIFY2(r.status == 201, r.describe().constData());
    Fixture f = fixture(QStringLiteral("revoke_request"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);

    // A domain switched to DNS TXT: a new token, then the check (not found yet, then found).
    const int domainId = sandboxGet(QStringLiteral("domain"))
                             .value(QStringLiteral("domains"))
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toInt();
    QVERIFY(domainId > 0);
    r = m_http.send("PUT", m_sb.api(QStringLiteral("domain/%1/dcv/method").arg(domainId)), kAdmin,
                    body({{"dcv_method", "email"}}));
    QCOMPARE(r.status, 200);
    r = m_http.send("PUT", m_sb.api(QStringLiteral("domain/%1/dcv/method").arg(domainId)), kAdmin,
                    body({{"dcv_method", "dns-txt-token"}}));
    QCOMPARE(r.status, 200);
    r = m_http.send("POST", m_sb.api(QStringLiteral("domain/%1/dcv/token").arg(domainId)), kAdmin);
    QVERIFY2(r.status == 200, r.describe().constData());
    f = fixture(QStringLiteral("domain_dcv_token"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    const QString domainName = sandboxGet(QStringLiteral("domain/%1").arg(domainId))
                                   .value(QStringLiteral("name"))
                                   .toString();
    r = m_http.send("PUT", m_sb.api(QStringLiteral("domain/%1/dcv/validate-token").arg(domainId)),
                    kAdmin);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_dns_txt"));
    QCOMPARE(
        m_http.send("POST", m_sb.control(QStringLiteral("dcv/") + domainName), QByteArray()).status,
        204);
    r = m_http.send("PUT", m_sb.api(QStringLiteral("domain/%1/dcv/validate-token").arg(domainId)),
                    kAdmin);
    QVERIFY2(r.status == 200, r.describe().constData());
    f = fixture(QStringLiteral("domain_validate_token"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // Place a DV order (token DCV, approval skipped), ask its random value, check its DCV (not
    // found, then found), reissue it once issued.
    const sbx::Csr csr = sbx::makeCsr(2048, "contract.example.com");
    r = m_http.send("POST", m_sb.api(QStringLiteral("order/certificate/ssl_dv_geotrust")), kAdmin,
                    body({{"certificate", QJsonObject{{"common_name", "contract.example.com"},
                                                      {"csr", QString::fromLatin1(csr.pem)},
                                                      {"signature_hash", "sha256"}}},
                          {"dcv_method", "dns-txt-token"},
                          {"order_validity", QJsonObject{{"years", 1}}},
                          {"skip_approval", true}}));
    QVERIFY2(r.status == 201, r.describe().constData());
    f = fixture(QStringLiteral("place_order"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    const int orderId = r.json().value(QStringLiteral("id")).toInt();
    QVERIFY(orderId > 0);
    r = m_http.send("PUT",
                    m_sb.api(QStringLiteral("order/certificate/%1/dcv-random-value").arg(orderId)),
                    kAdmin, QByteArrayLiteral("{}"));
    QVERIFY2(r.status == 200, r.describe().constData());
    f = fixture(QStringLiteral("order_dcv_random_value"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    const QUrl checkDcv = m_sb.api(QStringLiteral("order/certificate/%1/check-dcv").arg(orderId));
    // The TXT record is published first (the sandbox's DNS); a check without it is refused with
    // invalid_dns_txt (tst_sandboxlifecycle).
    QCOMPARE(
        m_http.send("POST", m_sb.control(QStringLiteral("dcv/contract.example.com")), QByteArray())
            .status,
        204);
    r = m_http.send("PUT", checkDcv, kAdmin, QByteArrayLiteral("{}"));
    QVERIFY2(r.status == 200, r.describe().constData());
    f = fixture(QStringLiteral("order_check_dcv"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    QTRY_COMPARE_WITH_TIMEOUT(sandboxGet(QStringLiteral("order/certificate/%1").arg(orderId))
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("issued"), 10000);
    const sbx::Csr csr2 = sbx::makeCsr(2048, "contract.example.com");
    r = m_http.send("POST", m_sb.api(QStringLiteral("order/certificate/%1/reissue").arg(orderId)),
                    kAdmin,
                    body({{"certificate", QJsonObject{{"common_name", "contract.example.com"},
                                                      {"csr", QString::fromLatin1(csr2.pem)},
                                                      {"signature_hash", "sha256"}}}}));
    QVERIFY2(r.status == 201, r.describe().constData());
    f = fixture(QStringLiteral("reissue_reply"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);

    // Add a domain with token DCV, and an organization.
    r = m_http.send("POST", m_sb.api(QStringLiteral("domain")), kAdmin,
                    body({{"name", "contract-added.example.com"},
                          {"organization", QJsonObject{{"id", 3001}}},
                          {"validations", QJsonArray{QJsonObject{{"type", "ov"}}}},
                          {"dcv_method", "dns-txt-token"}}));
    QVERIFY2(r.status == 201, r.describe().constData());
    f = fixture(QStringLiteral("domain_create"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);
    r = m_http.send(
        "POST", m_sb.api(QStringLiteral("organization")), kAdmin,
        body({{"name", "Contract Example Inc."},
              {"address", "1 Main St"},
              {"city", "Lehi"},
              {"state", "Utah"},
              {"zip", "84043"},
              {"country", "us"},
              {"telephone", "+1 801 555 0100"},
              {"organization_contact", QJsonObject{{"first_name", "Ada"},
                                                   {"last_name", "Lovelace"},
                                                   {"job_title", "Engineer"},
                                                   {"email", "ada@example.com"},
                                                   {"telephone", "+1 801 555 0100"}}}}));
    QVERIFY2(r.status == 201, r.describe().constData());
    f = fixture(QStringLiteral("organization_create"));
    compareShape(f.reply, r.json(), QString(), f.optional, &problems);

    // Transfer funds: the client's body is taken as documented, 204 with no body.
    FundsTransfer transfer;
    transfer.fromContainerId = 100;
    transfer.toContainerId = 102;
    transfer.amount = QStringLiteral("1");
    r = m_http.send("POST", m_sb.api(QStringLiteral("finance/transfer")), kAdmin,
                    transfer.toJson());
    QVERIFY2(r.status == 204, r.describe().constData());
    QVERIFY(r.body.isEmpty());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void tst_ApiContract::shapeCheckBites() {
    // The comparison fails on what matters: a documented field missing, or of another type.
    const Fixture f = fixture(QStringLiteral("balance"));
    QJsonObject wrong = f.reply;
    wrong.insert(QStringLiteral("balance"), 454.0); // a number, not a decimal string
    wrong.remove(QStringLiteral("currency"));
    QStringList problems;
    compareShape(f.reply, wrong, QString(), f.optional, &problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("balance: documented string")),
             qPrintable(problems.join(QLatin1Char(' '))));
    // Optional fields may be missing, but not of another type.
    wrong = f.reply;
    wrong.remove(QStringLiteral("total_available_funds"));
    wrong.insert(QStringLiteral("negative_balance_limit"), false);
    problems.clear();
    compareShape(f.reply, wrong, QString(), f.optional, &problems);
    QCOMPARE(problems, QStringList{"negative_balance_limit: documented string, got bool"});
    // Arrays are checked element by element.
    const Fixture roles = fixture(QStringLiteral("user_me"));
    QJsonObject me = roles.reply;
    me.insert(QStringLiteral("access_roles"), QJsonArray{QJsonObject{{"name_id", "admin"}}});
    problems.clear();
    compareShape(roles.reply, me, QString(), roles.optional, &problems);
    QCOMPARE(problems.size(), 2); // access_roles[].id and access_roles[].name missing
}

void tst_ApiContract::requestsUseDocumentedNames() {
    // List orders: only documented filters, documented status values (certcentral-docs.md
    // 3.2), and the search as "contains" with a leading %25.
    const QStringList documentedFilters{"filters[id]",
                                        "filters[status]",
                                        "filters[organization_id]",
                                        "filters[product_name_id]",
                                        "filters[valid_till]",
                                        "filters[user_id]",
                                        "filters[common_name]",
                                        "filters[domain_name]",
                                        "filters[date_created]",
                                        "filters[container_id]",
                                        "filters[metadata_id]",
                                        "filters[is_renewed]",
                                        "filters[disable_renewal_notifications]",
                                        "filters[email]",
                                        "filters[certificate_id]",
                                        "filters[origin]",
                                        "filters[serial_number]",
                                        "filters[search]",
                                        "sort",
                                        "offset",
                                        "limit"};
    const QStringList documentedStatuses{"pending",        "issued",          "rejected", "revoked",
                                         "waiting_pickup", "reissue_pending", "canceled"};
    for (const QString &status : OrderQuery::statuses()) {
        OrderQuery q;
        q.status = status;
        q.search = QStringLiteral("shop");
        q.productNameId = QStringLiteral("ssl_basic");
        q.organizationId = 3001;
        q.containerId = 100;
        q.validTillFrom = QDate(2026, 1, 1);
        q.sort = QStringLiteral("-valid_till");
        const QUrlQuery query = q.toUrlQuery(0);
        for (const auto &[key, value] : query.queryItems()) {
            QVERIFY2(documentedFilters.contains(key), qPrintable(key));
            Q_UNUSED(value);
        }
        QVERIFY2(
            documentedStatuses.contains(query.queryItemValue(QStringLiteral("filters[status]"))),
            qPrintable(status));
        QCOMPARE(query.queryItemValue(QStringLiteral("filters[search]")),
                 QStringLiteral("%25shop"));
    }
    // Revoke: revocation_reason in the documented camel case, comments, skip_approval; never
    // a date field (certcentral-docs.md 5.6).
    const QStringList documentedReasons{"unspecified", "keyCompromise", "affiliationChanged",
                                        "superseded", "cessationOfOperation"};
    QCOMPARE(RevokeRequest::reasons(), documentedReasons);
    for (const QString &reason : RevokeRequest::reasons()) {
        RevokeRequest r;
        r.certificateId = 1;
        r.reason = reason;
        r.comments = QStringLiteral("why");
        if (reason == QLatin1String("keyCompromise"))
            r.compromisedAt = QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
        const QJsonObject sent = QJsonDocument::fromJson(r.toJson()).object();
        for (const QString &key : sent.keys())
            QVERIFY2((QStringList{"revocation_reason", "comments", "skip_approval"}.contains(key)),
                     qPrintable(key));
    }
    // Transfer funds (11.3): amount, from_container_id, to_container_id, as int; nothing else.
    FundsTransfer transfer;
    transfer.fromContainerId = 608272;
    transfer.toContainerId = 608373;
    transfer.amount = QStringLiteral("1000");
    const QJsonObject sent = QJsonDocument::fromJson(transfer.toJson()).object();
    QCOMPARE(sent.keys(), (QStringList{"amount", "from_container_id", "to_container_id"}));
    for (const QJsonValue &v : sent)
        QVERIFY(v.isDouble());
    // List balance history (11.2): only its documented query names.
    const QStringList historyNames{"container_id",
                                   "filters[container_id]",
                                   "filters[adjust_type]",
                                   "filters[transaction_date]",
                                   "filters[expiration_date]",
                                   "sort",
                                   "offset",
                                   "limit"};
    BalanceHistoryQuery history;
    history.containerId = 100;
    history.from = QDate(2026, 1, 1);
    history.transactionType = QStringLiteral("Charge");
    for (const auto &[key, value] : history.urlQuery(0, QDate(2026, 12, 7)).queryItems()) {
        QVERIFY2(historyNames.contains(key), qPrintable(key));
        Q_UNUSED(value);
    }
    // Every write body: top-level names documented (certcentral-docs.md, or the seeds where the
    // docs are silent: additional_emails, auto_reissue, organization_contact, credit_card,
    // billing_address, vat_number from certcentral-api.md), nothing else.
    const auto keysOf = [](const QByteArray &body) {
        const QStringList keys = QJsonDocument::fromJson(body).object().keys();
        return QSet<QString>(keys.begin(), keys.end());
    };
    const auto onlyDocumented = [](const QSet<QString> &sent, const QStringList &documented,
                                   const char *what) {
        for (const QString &key : sent)
            QVERIFY2(documented.contains(key),
                     qPrintable(QLatin1String(what) + QStringLiteral(": ") + key));
    };
    const QStringList orderNames{"certificate",
                                 "custom_expiration_date",
                                 "comments",
                                 "container",
                                 "custom_renewal_message",
                                 "skip_approval",
                                 "disable_ct",
                                 "validity_years",
                                 "order_validity",
                                 "custom_fields",
                                 "payment_method",
                                 "dcv_method",
                                 "dcv_emails",
                                 "locale",
                                 "technical_contact",
                                 "organization",
                                 "auto_renew",
                                 "disable_renewal_notifications",
                                 "cs_provisioning_method",
                                 "ship_info",
                                 "alternative_order_id",
                                 "renewal_of_order_id",
                                 "certificate_dcv_scope",
                                 "additional_emails",
                                 "auto_reissue",
                                 "organization_contact",
                                 "credit_card",
                                 "billing_address",
                                 "vat_number"};
    const QStringList certificateNames{"common_name",     "dns_names",      "csr",
                                       "server_platform", "signature_hash", "organization_units",
                                       "cert_validity"};
    NewOrder dv;
    dv.productNameId = QStringLiteral("ssl_basic");
    dv.commonName = QStringLiteral("example.com");
    dv.dnsNames = {QStringLiteral("www.example.com")};
    dv.csr = sbx::makeCsr(2048, "example.com").pem;
    dv.alternativeOrderId = QStringLiteral("certdesk20261207T1200000abc");
    dv.dcvMethod = QStringLiteral("dns-txt-token");
    NewOrder ov = dv;
    ov.organizationRequired = true;
    ov.organizationId = 7;
    ov.organizationContact.firstName = QStringLiteral("Ada");
    ov.organizationContact.lastName = QStringLiteral("Lovelace");
    ov.organizationContact.email = QStringLiteral("ada@example.com");
    NewOrder cs;
    cs.productNameId = QStringLiteral("code_signing");
    cs.codeSigning = true;
    cs.organizationId = 7;
    for (const NewOrder &o : {dv, ov, cs}) {
        const QByteArray sent = o.toJson();
        onlyDocumented(keysOf(sent), orderNames, "order");
        const QJsonObject certificate =
            QJsonDocument::fromJson(sent).object().value(QStringLiteral("certificate")).toObject();
        for (const QString &key : certificate.keys())
            QVERIFY2(certificateNames.contains(key), qPrintable(key));
    }
    // Reissue (5.1), duplicate (5.3), cancel (3.6), request decision (6.3), add domain (7.3),
    // create organization (8.3).
    ReissueRequest reissue;
    reissue.orderId = 1;
    reissue.commonName = QStringLiteral("example.com");
    reissue.csr = dv.csr;
    reissue.dcvScope = QStringLiteral("fqdn");
    reissue.dcvMethod = QStringLiteral("dns-txt-token");
    reissue.comments = QStringLiteral("why");
    onlyDocumented(keysOf(reissue.toJson()),
                   {"certificate", "skip_approval", "cs_provisioning_method",
                    "certificate_dcv_scope", "dcv_method", "comments", "custom_expiration_date"},
                   "reissue");
    DuplicateRequest duplicate;
    duplicate.orderId = 1;
    duplicate.commonName = QStringLiteral("example.com");
    duplicate.csr = dv.csr;
    duplicate.customExpirationDate = QDate(2027, 1, 1);
    duplicate.comments = QStringLiteral("why");
    onlyDocumented(keysOf(duplicate.toJson()),
                   {"certificate", "skip_approval", "custom_expiration_date", "comments"},
                   "duplicate");
    OrderCancellation cancel;
    cancel.orderId = 1;
    cancel.note = QStringLiteral("not needed");
    QCOMPARE(keysOf(cancel.toJson()), (QSet<QString>{"status", "note"}));
    QCOMPARE(QJsonDocument::fromJson(cancel.toJson()).object().value("status").toString(),
             QStringLiteral("canceled"));
    RequestDecision decision;
    decision.requestId = 1;
    decision.comment = QStringLiteral("ok");
    QCOMPARE(keysOf(decision.toJson()), (QSet<QString>{"status", "processor_comment"}));
    NewDomain domain;
    domain.name = QStringLiteral("example.com");
    domain.organizationId = 7;
    domain.validationTypes = {QStringLiteral("ov")};
    domain.dcvMethod = QStringLiteral("dns-txt-token");
    onlyDocumented(
        keysOf(domain.toJson()),
        {"name", "organization", "validations", "dcv_method", "locale", "email_array", "keep_www"},
        "add domain");
    NewOrganization organization;
    organization.name = QStringLiteral("Example Inc.");
    organization.country = QStringLiteral("us");
    organization.organizationContact.firstName = QStringLiteral("Ada");
    onlyDocumented(keysOf(organization.body()),
                   {"name", "assumed_name", "address", "address2", "city", "state", "zip",
                    "country", "telephone", "organization_contact", "technical_contact",
                    "validations", "skip_duplicate_org_check", "container"},
                   "create organization");
    // Downloads: only the Glossary's format_type values reach the server (5.9).
    const QStringList glossary{"default",     "apache",  "default_cer",        "cer",       "p7b",
                               "default_pem", "pem_all", "pem_nointermediate", "pem_noroot"};
    for (const QString &format : CertificateEndpoints::downloadFormats())
        QVERIFY2(glossary.contains(CertificateEndpoints::apiFormat(format)), qPrintable(format));
}

QTEST_GUILESS_MAIN(tst_ApiContract)
#include "tst_apicontract.moc"
