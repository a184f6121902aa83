#include "core/PaymentProfile.h"

#include <QtTest>

// PaymentProfile: the documented List payment profiles reply, read only, and a reply that
// carries more of a card number than it should (never kept).
class tst_PaymentProfile : public QObject {
    Q_OBJECT
private slots:
    void documentedShape();
    void aFullNumberIsCut();
    void emptyAndBroken();
};

void tst_PaymentProfile::documentedShape() {
    const QByteArray body = R"({"profiles":[{"id":11,"is_default":true,"status":"active",
      "credit_card":{"shortened_number":"************1111","type":"visa","expiration_month":12,
      "expiration_year":2027,"cardholder_name":"Jane Doe","label":"Company card"},
      "billing_address":{"address":"2801 N Thanksgiving Way","city":"Lehi","state":"ut",
      "zip":"84043","country":"us"},"billing_email":"billing@example.com"}],
      "page":{"total":1,"limit":0,"offset":0}})";
    QList<PaymentProfile> profiles;
    QString error;
    QVERIFY2(PaymentProfile::listFromJson(body, &profiles, &error), qPrintable(error));
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
    QCOMPARE(p.billingEmail, QStringLiteral("billing@example.com"));
    QCOMPARE(p.summary(), QStringLiteral("Company card (Visa ending 1111, expires 12/2027)"));
}

void tst_PaymentProfile::aFullNumberIsCut() {
    const QByteArray body = R"({"profiles":[{"id":12,"credit_card":{
      "shortened_number":"4111 1111 1111 1111","type":"visa"}}]})";
    QList<PaymentProfile> profiles;
    QString error;
    QVERIFY2(PaymentProfile::listFromJson(body, &profiles, &error), qPrintable(error));
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().shortenedNumber, QStringLiteral("************1111"));
    QVERIFY(!profiles.first().summary().contains(QStringLiteral("4111")));
}

void tst_PaymentProfile::emptyAndBroken() {
    QList<PaymentProfile> profiles;
    QString error;
    QVERIFY(PaymentProfile::listFromJson(R"({"page":{"total":0}})", &profiles, &error));
    QVERIFY(profiles.isEmpty());
    QVERIFY(PaymentProfile::listFromJson(R"({"profiles":[{"status":"active"},"x"]})", &profiles,
                                         &error));
    QVERIFY(profiles.isEmpty()); // no id: not a profile
    QVERIFY(!PaymentProfile::listFromJson("not json", &profiles, &error));
}

QTEST_GUILESS_MAIN(tst_PaymentProfile)
#include "tst_paymentprofile.moc"
