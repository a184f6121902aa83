#include "core/PaymentCard.h"

#include <QDate>
#include <QJsonObject>
#include <QtTest>

class tst_PaymentCard : public QObject {
    Q_OBJECT
private slots:
    void luhn_data();
    void luhn();
    void validate_data();
    void validate();
    void jsonAndClear();
};

void tst_PaymentCard::luhn_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("visa test") << "4242424242424242" << true;
    QTest::newRow("declined test card") << "4000000000000002" << true;
    QTest::newRow("one digit off") << "4242424242424243" << false;
    QTest::newRow("amex") << "378282246310005" << true;
    QTest::newRow("too short") << "424242424242" << false;
    QTest::newRow("letters") << "4242a24242424242" << false;
}

void tst_PaymentCard::luhn() {
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(PaymentCard::luhnValid(digits), valid);
}

namespace {
PaymentCard good() {
    PaymentCard c;
    c.number = QStringLiteral("4242 4242-4242 4242");
    c.expirationMonth = 12;
    c.expirationYear = 2027;
    c.cvv = QStringLiteral("123");
    c.cardholderName = QStringLiteral("Ada Admin");
    c.address = QStringLiteral("1 Main St");
    c.city = QStringLiteral("Lehi");
    c.state = QStringLiteral("Utah");
    c.zip = QStringLiteral("84043");
    c.country = QStringLiteral("US");
    return c;
}
} // namespace

void tst_PaymentCard::validate_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("good") << ""
                          << "";
    QTest::newRow("typo") << "number=4242424242424243"
                          << "credit_card.number";
    QTest::newRow("expired") << "expired"
                             << "credit_card.expiration_year";
    QTest::newRow("this month is fine") << "this-month"
                                        << "";
    QTest::newRow("cvv") << "cvv=12"
                         << "credit_card.cvv";
    QTest::newRow("no name") << "holder="
                             << "credit_card.cardholder_name";
    QTest::newRow("us without state") << "state="
                                      << "billing_address.state";
    QTest::newRow("de without state") << "de"
                                      << "";
    QTest::newRow("country name") << "country=Germany"
                                  << "billing_address.country";
}

void tst_PaymentCard::validate() {
    QFETCH(QString, change);
    QFETCH(QString, field);
    const QDate today(2026, 11, 22);
    PaymentCard c = good();
    if (change.startsWith(QLatin1String("number=")))
        c.number = change.mid(7);
    else if (change == QLatin1String("expired")) {
        c.expirationMonth = 10;
        c.expirationYear = 2026;
    } else if (change == QLatin1String("this-month")) {
        c.expirationMonth = 11;
        c.expirationYear = 2026;
    } else if (change.startsWith(QLatin1String("cvv=")))
        c.cvv = change.mid(4);
    else if (change == QLatin1String("holder="))
        c.cardholderName.clear();
    else if (change == QLatin1String("state="))
        c.state.clear();
    else if (change == QLatin1String("de")) {
        c.country = QStringLiteral("DE");
        c.state.clear();
        c.zip.clear();
    } else if (change.startsWith(QLatin1String("country=")))
        c.country = change.mid(8);
    QString actual;
    const QString problem = c.validate(today, &actual);
    QCOMPARE(actual, field);
    QCOMPARE(problem.isEmpty(), field.isEmpty());
}

void tst_PaymentCard::jsonAndClear() {
    PaymentCard c = good();
    QCOMPARE(c.creditCardJson().value(QLatin1String("number")).toString(),
             QStringLiteral("4242424242424242"));
    QCOMPARE(c.last4(), QStringLiteral("4242"));
    QCOMPARE(c.billingAddressJson().value(QLatin1String("country")).toString(),
             QStringLiteral("us"));
    c.clear();
    QVERIFY(c.number.isEmpty());
    QVERIFY(c.cvv.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PaymentCard)
#include "tst_paymentcard.moc"
