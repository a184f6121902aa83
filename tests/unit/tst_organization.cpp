#include "core/Organization.h"
#include "core/OrganizationBatch.h"

#include <QtTest>

// Organization and OrganizationBatch: the list and info bodies, and bodies that are not.
class tst_Organization : public QObject {
    Q_OBJECT
private slots:
    void listEntry();
    void infoWithContactsAndValidations();
    void hostileEntriesKeepTheRest();
    void emptyPageAndBadBodies();
    void addressOnOneLine();
};

void tst_Organization::listEntry() {
    // The fields List organizations sends (sandbox README), with include_validation.
    const QByteArray body =
        R"J({"organizations":[{"id":3001,"status":"active","name":"Example Corp",
      "assumed_name":"Example","display_name":"Example Corp (Example)","is_active":true,
      "address":"2801 N Thanksgiving Way","address2":"Suite 500","city":"Lehi","state":"Utah",
      "zip":"84043","country":"us","telephone":"+1 801-701-9600",
      "container":{"id":100,"name":"Example Corp"},
      "validations":[{"type":"ov","name":"OV","description":"Normal Organization Validation",
        "status":"completed","date_created":"2025-08-16T12:00:00+00:00","validated_until":"2027-11-19"}]}],
      "page":{"total":31,"limit":1000,"offset":0}})J";
    OrganizationBatch page;
    QString error;
    QVERIFY2(OrganizationBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.organizations.size(), 1);
    QCOMPARE(page.total, 31);
    QCOMPARE(page.skipped, 0);
    const Organization &o = page.organizations.first();
    QCOMPARE(o.id, 3001);
    QCOMPARE(o.name, QStringLiteral("Example Corp"));
    QCOMPARE(o.assumedName, QStringLiteral("Example"));
    QCOMPARE(o.displayName, QStringLiteral("Example Corp (Example)"));
    QCOMPARE(o.country, QStringLiteral("us"));
    QCOMPARE(o.containerId, 100);
    QCOMPARE(o.containerName, QStringLiteral("Example Corp"));
    QVERIFY(o.isActive);
    QVERIFY(o.hasValidations);
    QVERIFY(!o.hasDetails);
    QCOMPARE(o.validation(QStringLiteral("ov"))->validatedUntil, QDate(2027, 11, 19));
    QCOMPARE(o.validation(QStringLiteral("ov"))->dateCreated,
             QDateTime(QDate(2025, 8, 16), QTime(12, 0), Qt::UTC));
    QVERIFY(!o.validation(QStringLiteral("ev")));
    QVERIFY(o.organizationContact.isEmpty()); // the list has no contacts
}

void tst_Organization::infoWithContactsAndValidations() {
    // Organization info: the list entry plus contacts, validations (the README's example) and
    // verified contacts.
    const QByteArray body = R"J({"id":3002,"status":"active","name":"Müller & Söhne GmbH",
      "is_active":true,"address":"Hauptstraße 1","city":"München","state":"Bayern","zip":"80331",
      "country":"de","telephone":"+49 89 123456","date_created":"2024-01-02T03:04:05+00:00",
      "organization_contact":{"id":8001,"first_name":"Jana","last_name":"Weber",
        "email":"jana@example.de","job_title":"CFO","telephone":"+49 89 1","user_id":"1001"},
      "technical_contact":{"id":8002,"first_name":"Tom","last_name":"Kurz","email":"tom@example.de",
        "telephone_extension":"12"},
      "validations":[
        {"type":"ov","name":"OV","description":"Normal Organization Validation","status":"completed",
         "date_created":"2025-08-16T12:00:00+00:00","validated_until":"2027-11-19"},
        {"type":"ev","name":"EV","description":"Extended Organization Validation (EV)","status":"pending",
         "date_created":"2026-03-04T12:00:00+00:00","verified_users":[{"id":7003,"first_name":"Gia","last_name":"Rahman"}]}],
      "verified_contacts":[{"id":7003,"first_name":"Gia","last_name":"Rahman","email":"gia@example.de",
        "job_title":"Chief Executive Officer","telephone":"+49 89 2","date_created":"2025-01-01T00:00:00+00:00",
        "validations":[{"type":"ev","name":"EV","status":"completed"},{"type":"cs","name":"CS","status":"pending"}]}]})J";
    Organization o;
    QString error;
    QVERIFY2(Organization::fromBody(body, &o, &error), qPrintable(error));
    QVERIFY(o.hasDetails);
    QCOMPARE(o.name, QStringLiteral("Müller & Söhne GmbH"));
    QCOMPARE(o.displayName, QStringLiteral("Müller & Söhne GmbH")); // filled in when absent
    QCOMPARE(o.dateCreated.date(), QDate(2024, 1, 2));
    QCOMPARE(o.organizationContact.id, 8001);
    QCOMPARE(o.organizationContact.displayName(), QStringLiteral("Jana Weber"));
    QCOMPARE(o.organizationContact.userId, 1001); // a string of digits is accepted
    QCOMPARE(o.technicalContact.email, QStringLiteral("tom@example.de"));
    QCOMPARE(o.technicalContact.telephoneExtension, QStringLiteral("12"));
    QCOMPARE(o.validations.size(), 2);
    const OrganizationValidation *ev = o.validation(QStringLiteral("ev"));
    QVERIFY(ev);
    QCOMPARE(ev->status, QStringLiteral("pending"));
    QCOMPARE(ev->description, QStringLiteral("Extended Organization Validation (EV)"));
    QVERIFY(!ev->validatedUntil.isValid());
    QCOMPARE(ev->verifiedUsers.size(), 1);
    QCOMPARE(ev->verifiedUsers.first().id, 7003);
    QCOMPARE(ev->verifiedUsers.first().lastName, QStringLiteral("Rahman"));
    QCOMPARE(o.verifiedContacts.size(), 1);
    QCOMPARE(o.verifiedContacts.first().contact.jobTitle,
             QStringLiteral("Chief Executive Officer"));
    QCOMPARE(o.verifiedContacts.first().validationSummary(),
             QStringLiteral("EV (completed), CS (pending)"));
}

void tst_Organization::hostileEntriesKeepTheRest() {
    // Entries that are not objects, ids that are not ids, fields of the wrong type.
    const QByteArray body =
        R"J({"organizations":[null,"x",{"id":"abc","name":"A"},{"id":4.5,"name":"B"},
      {"id":1e20,"name":"C"},{"id":3005,"name":"   "},
      {"id":"3006","name":" Kept Ltd ","is_active":"0","address":["1 Road"],"city":42,
       "container":"100","organization_contact":"nobody","technical_contact":[1],
       "validations":[{"type":null,"status":"completed"},{"type":"EV_CS","status":"Expired",
         "validated_until":"not a date","verified_users":[{"id":0},{"id":"x"},"y",{"id":7010}]}],
       "verified_contacts":{"id":1}}],
      "page":{"total":"7","limit":"1000","offset":-5}})J";
    OrganizationBatch page;
    QString error;
    QVERIFY2(OrganizationBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.organizations.size(), 1);
    QCOMPARE(page.skipped, 6);
    QCOMPARE(page.total, 7);
    QCOMPARE(page.offset, 0);
    const Organization &o = page.organizations.first();
    QCOMPARE(o.id, 3006);
    QCOMPARE(o.name, QStringLiteral("Kept Ltd"));
    QVERIFY(!o.isActive);
    QVERIFY(o.address.isEmpty());
    QCOMPARE(o.city, QStringLiteral("42")); // a number reads as its text
    QCOMPARE(o.containerId, 0);
    QVERIFY(o.organizationContact.isEmpty());
    QVERIFY(o.technicalContact.isEmpty());
    QCOMPARE(o.validations.size(), 1); // the one without a type is dropped
    const OrganizationValidation &v = o.validations.first();
    QCOMPARE(v.type, QStringLiteral("ev_cs"));
    QCOMPARE(v.name, QStringLiteral("EV CS")); // no name sent: from the type
    QCOMPARE(v.status, QStringLiteral("expired"));
    QVERIFY(!v.validatedUntil.isValid());
    QCOMPARE(v.verifiedUsers.size(), 1);
    QCOMPARE(v.verifiedUsers.first().id, 7010);
    QVERIFY(o.verifiedContacts.isEmpty()); // an object where an array belongs
}

void tst_Organization::emptyPageAndBadBodies() {
    OrganizationBatch page;
    QString error;
    // An empty page leaves the collection out.
    QVERIFY(OrganizationBatch::fromJson(R"J({"page":{"total":0,"limit":1000,"offset":0}})J", &page,
                                        &error));
    QVERIFY(page.organizations.isEmpty());
    QCOMPARE(page.total, 0);
    QVERIFY(!OrganizationBatch::fromJson("[]", &page, &error));
    QVERIFY(
        !OrganizationBatch::fromJson(R"J({"organizations":[{"id":1,"name":"a"})J", &page, &error));
    QVERIFY2(error.contains(QLatin1String("Invalid JSON")), qPrintable(error));
    QVERIFY(!OrganizationBatch::fromJson("<html>502 Bad Gateway</html>", &page, &error));
    QVERIFY(!OrganizationBatch::fromJson("\xff\xfe{}", &page, &error));

    Organization o;
    QVERIFY(!Organization::fromBody(R"J({"id":3001})J", &o, &error)); // no name
    QVERIFY(error.contains(QLatin1String("without an id or a name")));
    QVERIFY(!Organization::fromBody(R"J("text")J", &o, &error));
    QVERIFY(!Organization::fromBody("", &o, &error));
}

void tst_Organization::addressOnOneLine() {
    Organization o;
    o.address = QStringLiteral("1 Main St");
    o.city = QStringLiteral("Lehi");
    o.state = QStringLiteral("UT");
    o.zip = QStringLiteral("84043");
    o.country = QStringLiteral("us");
    QCOMPARE(o.oneLineAddress(), QStringLiteral("1 Main St, Lehi, UT 84043, US"));
    o.address2 = QStringLiteral("Suite 2");
    o.state.clear();
    QCOMPARE(o.oneLineAddress(), QStringLiteral("1 Main St, Suite 2, Lehi, 84043, US"));
    QCOMPARE(Organization().oneLineAddress(), QString());
}

QTEST_GUILESS_MAIN(tst_Organization)
#include "tst_organization.moc"
