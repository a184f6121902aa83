#include "core/OrderValidation.h"

#include <QtTest>

class tst_OrderValidation : public QObject {
    Q_OBJECT
private slots:
    void sandboxShape();
    void seedExampleWithBlankNames();
    void organizationValidationAsObject();
    void hostileBodies();
};

void tst_OrderValidation::sandboxShape() {
    const QByteArray body = R"({"order_id":"100301","order_status":"pending",
        "order_name_scope":"base_domain","order_dcv_method":"dns-txt-token",
        "dns_name_validations":[
          {"dns_names":["shop.bluebird.test"],"status":"unapproved","method":"dns-txt-token",
           "base_domain":"bluebird.test","name_scope":"bluebird.test","domain_id":"55"},
          {"dns_names":["bluebird.test"],"status":"approved","method":"dns-txt-token"}],
        "organization_id":3001,"organization_name":"Example Corp",
        "organization_validations":[{"type":"ov","name":"OV","status":"completed",
          "validated_until":"2027-11-19"}],
        "risk_status":"passed"})";
    OrderValidation v;
    QString error;
    QVERIFY(OrderValidation::fromJson(body, &v, &error));
    QCOMPARE(v.orderId, 100301); // a string in the reference's example
    QCOMPARE(v.orderStatus, QStringLiteral("pending"));
    QCOMPARE(v.nameScope, QStringLiteral("base_domain"));
    QCOMPARE(v.names.size(), 2);
    QCOMPARE(v.names.at(0).nameScope, QStringLiteral("bluebird.test"));
    QCOMPARE(v.names.at(0).domainId, 55);
    QCOMPARE(v.approvedCount(), 1);
    QCOMPARE(v.organizationName, QStringLiteral("Example Corp"));
    QCOMPARE(v.organizationValidations.size(), 1);
    QCOMPARE(v.organizationValidations.at(0).validatedUntil, QDate(2027, 11, 19));
    QCOMPARE(v.riskStatus, QStringLiteral("passed"));
    // Only the unapproved name is left to prove, at its scope.
    QCOMPARE(v.namesToProve(), QStringList{QStringLiteral("bluebird.test")});
    v.names[0].nameScope.clear();
    v.names[0].baseDomain = QStringLiteral("bluebird.test");
    QCOMPARE(v.namesToProve(), QStringList{QStringLiteral("bluebird.test")});
    v.nameScope = QStringLiteral("fqdn");
    QCOMPARE(v.namesToProve(), QStringList{QStringLiteral("shop.bluebird.test")});
}

void tst_OrderValidation::seedExampleWithBlankNames() {
    // The seed's example, whose names were lost in extraction: nothing to show, no crash.
    const QByteArray body = R"({"dns_name_validations": [
        { "name_scope": "", "status": "unapproved", "method": "email", "dns_names": [ "" ],
          "base_domain": "" }]})";
    OrderValidation v;
    QString error;
    QVERIFY(OrderValidation::fromJson(body, &v, &error));
    QVERIFY(v.names.isEmpty());
    QCOMPARE(v.approvedCount(), 0);
}

void tst_OrderValidation::organizationValidationAsObject() {
    OrderValidation v;
    QString error;
    QVERIFY(OrderValidation::fromJson(
        R"({"organization_validations":{"type":"ev","name":"EV","status":"pending"}})", &v,
        &error));
    QCOMPARE(v.organizationValidations.size(), 1);
    QCOMPARE(v.organizationValidations.at(0).type, QStringLiteral("ev"));
}

void tst_OrderValidation::hostileBodies() {
    OrderValidation v;
    QString error;
    QVERIFY(!OrderValidation::fromJson("[]", &v, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!OrderValidation::fromJson("{\"dns_name_validations\":[", &v, &error));
    QVERIFY(OrderValidation::fromJson(
        R"({"order_id":{"x":1},"dns_name_validations":[7,null,{"dns_names":"a.example"}],
            "organization_validations":"none"})",
        &v, &error));
    QCOMPARE(v.orderId, 0);
    QVERIFY(v.names.isEmpty() || v.names.at(0).dnsNames == QStringList{"a.example"});
    QVERIFY(v.organizationValidations.isEmpty());
}

QTEST_GUILESS_MAIN(tst_OrderValidation)
#include "tst_ordervalidation.moc"
