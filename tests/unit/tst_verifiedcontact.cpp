#include "core/NewVerifiedContact.h"
#include "core/OrganizationValidation.h"
#include "core/VerifiedContact.h"

#include <QtTest>

// VerifiedContact and OrganizationValidation: the verified-contact and validation bodies.
class tst_VerifiedContact : public QObject {
    Q_OBJECT
private slots:
    void readmeExample();
    void hostileEntries();
    void validationsBody();
    void newContactsAsVerifiedUsers();
};

void tst_VerifiedContact::readmeExample() {
    const QByteArray body =
        R"J({"verified_contacts":[{"id":7003,"first_name":"Gia","last_name":"Rahman",
      "email":"gia.rahman@example.com","job_title":"Chief Executive Officer","telephone":"+1 555 0100",
      "date_created":"2025-05-06T12:00:00+00:00",
      "validations":[{"type":"ev","name":"EV","status":"completed"},{"type":"cs","name":"CS","status":"pending"}]}]})J";
    QList<VerifiedContact> list;
    QString error;
    QVERIFY2(VerifiedContact::listFromBody(body, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 1);
    const VerifiedContact &c = list.first();
    QCOMPARE(c.id(), 7003);
    QCOMPARE(c.contact.displayName(), QStringLiteral("Gia Rahman"));
    QCOMPARE(c.contact.telephone, QStringLiteral("+1 555 0100"));
    QCOMPARE(c.dateCreated, QDateTime(QDate(2025, 5, 6), QTime(12, 0), Qt::UTC));
    QCOMPARE(c.validations.size(), 2);
    QCOMPARE(c.validations.at(1).type, QStringLiteral("cs"));
    QCOMPARE(c.validations.at(1).status, QStringLiteral("pending"));
    QCOMPARE(c.validationSummary(), QStringLiteral("EV (completed), CS (pending)"));
}

void tst_VerifiedContact::hostileEntries() {
    const QByteArray body = R"J({"verified_contacts":[7,{"first_name":"No id"},{"id":-3},
      {"id":"7004","first_name":null,"last_name":["x"],"email":"only@example.com",
       "validations":[{"type":""},{"type":"EV_CS"},"ev"]}]})J";
    QList<VerifiedContact> list;
    QString error;
    QVERIFY(VerifiedContact::listFromBody(body, &list, &error));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id(), 7004);
    QCOMPARE(list.first().contact.displayName(), QStringLiteral("only@example.com"));
    QCOMPARE(list.first().validations.size(), 1);
    QCOMPARE(list.first().validations.first().name, QStringLiteral("EV CS"));
    int skipped = 0;
    VerifiedContact::listFromJson(
        QJsonDocument::fromJson(body).object().value(QLatin1String("verified_contacts")), &skipped);
    QCOMPARE(skipped, 3);
    // No contacts yet: the key may be absent or empty.
    QVERIFY(VerifiedContact::listFromBody(R"J({"verified_contacts":[]})J", &list, &error));
    QVERIFY(list.isEmpty());
    QVERIFY(VerifiedContact::listFromBody("{}", &list, &error));
    QVERIFY(!VerifiedContact::listFromBody(R"J({"verified_contacts":[)J", &list, &error));
    QVERIFY(!VerifiedContact::listFromBody("null", &list, &error));
}

void tst_VerifiedContact::validationsBody() {
    // GET organization/{id}/validation as the sandbox README shows it.
    const QByteArray body = R"J({"validations":[
      {"type":"ov","name":"OV","description":"Normal Organization Validation","status":"completed",
       "date_created":"2025-08-16T12:00:00+00:00","validated_until":"2027-11-19"},
      {"type":"ev","name":"EV","description":"Extended Organization Validation (EV)","status":"pending",
       "date_created":"2026-03-04T12:00:00+00:00","verified_users":[{"id":7003,"first_name":"Gia","last_name":"Rahman"}]}]})J";
    QList<OrganizationValidation> list;
    QString error;
    QVERIFY2(OrganizationValidation::listFromBody(body, &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().validatedUntil, QDate(2027, 11, 19));
    QCOMPARE(list.at(1).verifiedUsers.first().firstName, QStringLiteral("Gia"));
    QVERIFY(!OrganizationValidation::listFromBody("[1,2]", &list, &error));
    QCOMPARE(OrganizationValidation::typeName(QStringLiteral("ev_cs")), QStringLiteral("EV CS"));
    QCOMPARE(OrganizationValidation::types().size(), 4);
}

void tst_VerifiedContact::newContactsAsVerifiedUsers() {
    // POST organization/{id}/validation: validations[]{type, verified_users[]} with the
    // documented person fields only (certcentral-docs.md 8.4), one entry per type.
    NewVerifiedContact gia;
    gia.contact.firstName = QStringLiteral(" Gia ");
    gia.contact.lastName = QStringLiteral("Rahman");
    gia.contact.email = QStringLiteral("gia@example.com");
    gia.contact.jobTitle = QStringLiteral("CEO");
    gia.contact.telephone = QStringLiteral("555-0100");
    gia.validationTypes = {QStringLiteral("ev"), QStringLiteral("cs")};
    NewVerifiedContact bo = gia;
    bo.contact.firstName = QStringLiteral("Bo");
    bo.contact.email = QStringLiteral("bo@example.com");
    bo.validationTypes.clear(); // EV when none is chosen
    const QJsonObject body = QJsonDocument::fromJson(NewVerifiedContact::body({gia, bo})).object();
    QCOMPARE(body.keys(), QStringList{QStringLiteral("validations")});
    const QJsonArray validations = body.value(QStringLiteral("validations")).toArray();
    QCOMPARE(validations.size(), 2);
    const QJsonObject ev = validations.at(0).toObject();
    QCOMPARE(ev.value(QStringLiteral("type")).toString(), QStringLiteral("ev"));
    const QJsonArray evUsers = ev.value(QStringLiteral("verified_users")).toArray();
    QCOMPARE(evUsers.size(), 2);
    QCOMPARE(evUsers.at(0).toObject(), (QJsonObject{{"first_name", "Gia"},
                                                    {"last_name", "Rahman"},
                                                    {"job_title", "CEO"},
                                                    {"telephone", "555-0100"},
                                                    {"email", "gia@example.com"}}));
    const QJsonObject cs = validations.at(1).toObject();
    QCOMPARE(cs.value(QStringLiteral("type")).toString(), QStringLiteral("cs"));
    QCOMPARE(cs.value(QStringLiteral("verified_users")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_VerifiedContact)
#include "tst_verifiedcontact.moc"
