#include "core/NewOrganization.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// NewOrganization: CertCentral's rules checked before sending, and the body it sends.
class tst_NewOrganization : public QObject {
    Q_OBJECT
private slots:
    void validOneIsAccepted();
    void eachRuleNamesItsField_data();
    void eachRuleNamesItsField();
    void verifiedContactsForEvAndCodeSigning();
    void thirtyOneVerifiedContactsAreRefused();
    void body();
};

namespace {
NewOrganization valid() {
    NewOrganization o;
    o.name = QStringLiteral("Fabrikam Ltd");
    o.address = QStringLiteral("1 Quay Street");
    o.city = QStringLiteral("Dublin");
    o.state = QStringLiteral("Dublin");
    o.zip = QStringLiteral("D02");
    o.country = QStringLiteral("IE");
    o.telephone = QStringLiteral("+353 1 555 0100");
    o.organizationContact.firstName = QStringLiteral("Aoife");
    o.organizationContact.lastName = QStringLiteral("Byrne");
    o.organizationContact.email = QStringLiteral("aoife@fabrikam.example");
    return o;
}

NewVerifiedContact verified(int i) {
    NewVerifiedContact c;
    c.contact.firstName = QStringLiteral("First%1").arg(i);
    c.contact.lastName = QStringLiteral("Last");
    c.contact.email = QStringLiteral("p%1@fabrikam.example").arg(i);
    c.contact.jobTitle = QStringLiteral("Director");
    c.contact.telephone = QStringLiteral("+353 1 555 01%1").arg(i, 2, 10, QLatin1Char('0'));
    return c;
}

QStringList fields(const FieldErrors &errors) {
    QStringList list;
    for (const FieldError &e : errors)
        list << e.field;
    return list;
}
} // namespace

void tst_NewOrganization::validOneIsAccepted() {
    QCOMPARE(valid().validate(), FieldErrors{});
    NewOrganization o = valid();
    o.name = QString(64, QLatin1Char('n')); // 64 alone is fine
    QCOMPARE(o.validate(), FieldErrors{});
    o.name = QString(40, QLatin1Char('n'));
    o.assumedName = QString(21, QLatin1Char('a')); // 61 together is fine
    QCOMPARE(o.validate(), FieldErrors{});
}

void tst_NewOrganization::eachRuleNamesItsField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("name missing") << "name"
                                  << "  "
                                  << "Required";
    QTest::newRow("name 65") << "name" << QString(65, QLatin1Char('n')) << "At most 64";
    QTest::newRow("name + assumed 62") << "assumed_name" << QString(22, QLatin1Char('a'))
                                       << "together may have at most 61 characters; these have 62";
    QTest::newRow("country 3") << "country"
                               << "USA"
                               << "Two letters";
    QTest::newRow("country digits") << "country"
                                    << "1A"
                                    << "Two letters";
    QTest::newRow("country missing") << "country"
                                     << ""
                                     << "Required";
    QTest::newRow("zip 129") << "zip" << QString(129, QLatin1Char('9')) << "At most 128";
    QTest::newRow("telephone 33") << "telephone" << QString(33, QLatin1Char('1')) << "At most 32";
    QTest::newRow("address missing") << "address"
                                     << ""
                                     << "Required";
    QTest::newRow("org contact first") << "organization_contact.first_name"
                                       << ""
                                       << "Required";
    QTest::newRow("org contact last") << "organization_contact.last_name"
                                      << ""
                                      << "Required";
    QTest::newRow("org contact email") << "organization_contact.email"
                                       << ""
                                       << "Required";
    QTest::newRow("org contact bad email") << "organization_contact.email"
                                           << "not-an-address"
                                           << "e-mail address";
}

void tst_NewOrganization::eachRuleNamesItsField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    NewOrganization o = valid();
    if (field == QLatin1String("name"))
        o.name = value;
    else if (field == QLatin1String("assumed_name"))
        o.name = QString(40, QLatin1Char('n')), o.assumedName = value;
    else if (field == QLatin1String("country"))
        o.country = value;
    else if (field == QLatin1String("zip"))
        o.zip = value;
    else if (field == QLatin1String("telephone"))
        o.telephone = value;
    else if (field == QLatin1String("address"))
        o.address = value;
    else if (field == QLatin1String("organization_contact.first_name"))
        o.organizationContact.firstName = value;
    else if (field == QLatin1String("organization_contact.last_name"))
        o.organizationContact.lastName = value;
    else if (field == QLatin1String("organization_contact.email"))
        o.organizationContact.email = value;
    const FieldErrors errors = o.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(messagePart), qPrintable(errors.first().message));
}

void tst_NewOrganization::verifiedContactsForEvAndCodeSigning() {
    NewOrganization o = valid();
    o.validations = {{QStringLiteral("ov"), {}}};
    QCOMPARE(o.validate(), FieldErrors{});
    o.validations << NewOrganization::Validation{QStringLiteral("ev"), {}};
    QCOMPARE(fields(o.validate()), QStringList{QStringLiteral("validations")});
    QVERIFY(o.validate().first().message.contains(QLatin1String("verified contact")));
    // A verified contact given with the organization approves it.
    o.verifiedContacts << verified(1);
    QCOMPARE(o.validate(), FieldErrors{});
    // ...and it needs a job title and a telephone.
    o.verifiedContacts[0].contact.jobTitle.clear();
    o.verifiedContacts[0].contact.telephone.clear();
    QCOMPARE(fields(o.validate()), (QStringList{QStringLiteral("contacts[0].job_title"),
                                                QStringLiteral("contacts[0].telephone")}));
    // Twice the same type, or an unknown one.
    QVERIFY(!NewOrganization::validateValidations(
                 {{QStringLiteral("ov"), {}}, {QStringLiteral("ov"), {}}}, false)
                 .isEmpty());
    QVERIFY(!NewOrganization::validateValidations({{QStringLiteral("dv"), {}}}, true).isEmpty());
    // An existing organization with verified contacts, or a chosen approver.
    QVERIFY(NewOrganization::validateValidations({{QStringLiteral("cs"), {}}}, true).isEmpty());
    QVERIFY(
        NewOrganization::validateValidations({{QStringLiteral("ev_cs"), {7003}}}, false).isEmpty());
}

void tst_NewOrganization::thirtyOneVerifiedContactsAreRefused() {
    QList<NewVerifiedContact> contacts;
    for (int i = 0; i < 30; ++i)
        contacts << verified(i);
    QCOMPARE(NewVerifiedContact::validateList(contacts), FieldErrors{});
    contacts << verified(30);
    const FieldErrors errors = NewVerifiedContact::validateList(contacts);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("contacts"));
    QCOMPARE(errors.first().message,
             QStringLiteral("At most 30 new verified contacts can be added in one request; you "
                            "entered 31."));
    NewOrganization o = valid();
    o.verifiedContacts = contacts;
    QCOMPARE(o.validate(), errors);
    QVERIFY(!NewVerifiedContact::validateList({}).isEmpty());
    NewVerifiedContact bad = verified(1);
    bad.validationTypes = {QStringLiteral("ov")};
    QCOMPARE(fields(bad.validate(4)), QStringList{QStringLiteral("contacts[4].validation_types")});
}

void tst_NewOrganization::body() {
    NewOrganization o = valid();
    o.assumedName = QStringLiteral(" Fab ");
    o.containerId = 101;
    o.technicalContact.firstName = QStringLiteral("Tom");
    o.technicalContact.lastName = QStringLiteral("Tech");
    o.technicalContact.email = QStringLiteral("tom@fabrikam.example");
    o.verifiedContacts << verified(1);
    o.validations = {{QStringLiteral("ov"), {}}, {QStringLiteral("ev"), {7003, 7004}}};
    const QJsonObject json = QJsonDocument::fromJson(o.body()).object();
    QCOMPARE(json[QLatin1String("name")].toString(), QStringLiteral("Fabrikam Ltd"));
    QCOMPARE(json[QLatin1String("assumed_name")].toString(), QStringLiteral("Fab"));
    QCOMPARE(json[QLatin1String("country")].toString(), QStringLiteral("ie"));
    QVERIFY(!json.contains(QLatin1String("address2"))); // empty: left out
    QCOMPARE(json[QLatin1String("container")][QLatin1String("id")].toInteger(), 101);
    QCOMPARE(json[QLatin1String("organization_contact")][QLatin1String("email")].toString(),
             QStringLiteral("aoife@fabrikam.example"));
    QVERIFY(!json[QLatin1String("organization_contact")].toObject().contains(
        QLatin1String("job_title")));
    QCOMPARE(json[QLatin1String("technical_contact")][QLatin1String("first_name")].toString(),
             QStringLiteral("Tom"));
    const QJsonArray contacts = json[QLatin1String("contacts")].toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts[0][QLatin1String("contact_type")].toString(),
             QStringLiteral("verified_contact"));
    QCOMPARE(contacts[0][QLatin1String("job_title")].toString(), QStringLiteral("Director"));
    const QJsonArray validations = json[QLatin1String("validations")].toArray();
    QCOMPARE(validations.size(), 2);
    QVERIFY(!validations[0].toObject().contains(QLatin1String("verified_users")));
    QCOMPARE(validations[1][QLatin1String("verified_users")][1][QLatin1String("id")].toInteger(),
             7004);
    QVERIFY(!json.contains(QLatin1String("skip_duplicate_org_check")));
    // Without a technical contact it is left out.
    QVERIFY(!QJsonDocument::fromJson(valid().body())
                 .object()
                 .contains(QLatin1String("technical_contact")));
    // Verified contacts of an existing organization go as verified_users of its validation.
    QCOMPARE(QJsonDocument::fromJson(NewVerifiedContact::body({verified(2)}))
                 .object()[QLatin1String("validations")][0][QLatin1String("verified_users")][0]
                          [QLatin1String("email")]
                 .toString(),
             QStringLiteral("p2@fabrikam.example"));
}

QTEST_GUILESS_MAIN(tst_NewOrganization)
#include "tst_neworganization.moc"
