#include "core/Domain.h"

#include <QtTest>

class tst_Domain : public QObject {
    Q_OBJECT
private slots:
    void typical();
    void hostileEntriesKeepTheRest();
    void emptyPageAndBadBodies();
};

void tst_Domain::typical() {
    // The shape Domain info and List domains send (with include_validation).
    const QByteArray body =
        R"({"domains":[{"id":5001,"name":"example.com","is_active":true,"status":"active",
      "date_created":"2023-09-16T12:00:00+00:00","organization":{"id":3001,"name":"Example Corp"},
      "container":{"id":100,"name":"Example Corp"},"dcv_method":"email",
      "dcv_approval_datetime":"2026-01-23T12:00:00+00:00","dcv_expiration":{"ov":"2027-02-24","ev":"2027-02-24"},
      "domain_locking_status":"enabled",
      "validations":[{"type":"ov","name":"OV","status":"completed","validated_until":"2026-12-29","dcv_status":"complete"},
                     {"type":"EV","name":"EV","status":"pending"}]}],
      "page":{"total":1,"limit":1000,"offset":0}})";
    DomainBatch page;
    QString error;
    QVERIFY2(DomainBatch::fromJson(body, &page, &error), qPrintable(error));
    QCOMPARE(page.domains.size(), 1);
    QCOMPARE(page.total, 1);
    const Domain &d = page.domains.first();
    QCOMPARE(d.id, 5001);
    QCOMPARE(d.name, QStringLiteral("example.com"));
    QCOMPARE(d.organizationName, QStringLiteral("Example Corp"));
    QCOMPARE(d.dcvExpiresOv, QDate(2027, 2, 24));
    QCOMPARE(d.validations.size(), 2);
    QCOMPARE(d.validation(QStringLiteral("ov"))->validatedUntil, QDate(2026, 12, 29));
    QCOMPARE(d.validation(QStringLiteral("ev"))->status,
             QStringLiteral("pending")); // type lower-cased
    QVERIFY(!d.validation(QStringLiteral("cs")));
    QCOMPARE(d.lockingStatus, QStringLiteral("enabled"));
}

void tst_Domain::hostileEntriesKeepTheRest() {
    const QByteArray body =
        R"({"domains":[1,{"id":"x","name":"a"},{"id":7},{"id":8,"name":"  b.example  ",
      "is_active":"false","validations":"none","organization":[]}],"page":{"total":"4"}})";
    DomainBatch page;
    QString error;
    QVERIFY(DomainBatch::fromJson(body, &page, &error));
    QCOMPARE(page.domains.size(), 1);
    QCOMPARE(page.skipped, 3);
    QCOMPARE(page.total, 4);
    QCOMPARE(page.domains.first().name, QStringLiteral("b.example"));
    QVERIFY(!page.domains.first().isActive);
    QVERIFY(page.domains.first().validations.isEmpty());
}

void tst_Domain::emptyPageAndBadBodies() {
    DomainBatch page;
    QString error;
    QVERIFY(
        DomainBatch::fromJson(R"({"page":{"total":0,"limit":1000,"offset":0}})", &page, &error));
    QVERIFY(page.domains.isEmpty());
    QVERIFY(!DomainBatch::fromJson("[]", &page, &error));
    QVERIFY(!DomainBatch::fromJson(R"({"domains":[)", &page, &error));
    QVERIFY(error.contains(QLatin1String("Invalid JSON")));
}

QTEST_GUILESS_MAIN(tst_Domain)
#include "tst_domain.moc"
