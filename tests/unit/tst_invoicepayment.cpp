#include "InvoicePayment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// InvoicePayment: which invoices and which method may be sent (the card through PaymentCard),
// the body, the receipt, and totals in whole cents.
class tst_InvoicePayment : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void profileJson();
    void cardJson();
    void receipt_data();
    void receipt();
    void total_data();
    void total();

private:
    static PaymentCard goodCard() {
        PaymentCard c;
        c.number = QStringLiteral("4242 4242 4242 4242");
        c.expirationMonth = 12;
        c.expirationYear = 2030;
        c.cvv = QStringLiteral("123");
        c.cardholderName = QStringLiteral("Cleo Finance");
        c.address = QStringLiteral("1 Main St");
        c.city = QStringLiteral("Lehi");
        c.state = QStringLiteral("UT");
        c.zip = QStringLiteral("84043");
        c.country = QStringLiteral("US");
        return c;
    }
};

void tst_InvoicePayment::validation_data() {
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<bool>("card");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("field");
    const QList<qint64> two{9003, 9004};
    QTest::newRow("profile") << two << false << ""
                             << ""
                             << "";
    QTest::newRow("card") << two << true << "4242424242424242"
                          << ""
                          << "";
    // Declined by the issuer, not by the number's rules: only the server can say.
    QTest::newRow("declined test card") << two << true << "4000000000000002"
                                        << ""
                                        << "";
    QTest::newRow("bad luhn") << two << true << "4242424242424241"
                              << ""
                              << "credit_card.number";
    QTest::newRow("no card number") << two << true << ""
                                    << ""
                                    << "credit_card.number";
    QTest::newRow("no invoices") << QList<qint64>() << false << ""
                                 << ""
                                 << "invoice_id";
    QTest::newRow("zero invoice") << QList<qint64>{9003, 0} << false << ""
                                  << ""
                                  << "invoice_id";
    QTest::newRow("same invoice twice") << QList<qint64>{9003, 9003} << false << ""
                                        << ""
                                        << "invoice_id";
    QTest::newRow("vat") << two << false << ""
                         << "DE 123.456-789"
                         << "";
    QTest::newRow("vat with symbols") << two << false << ""
                                      << "DE<123>"
                                      << "vat_number";
    QTest::newRow("vat too long") << two << false << "" << QString(33, QLatin1Char('1'))
                                  << "vat_number";
}

void tst_InvoicePayment::validation() {
    QFETCH(QList<qint64>, ids);
    QFETCH(bool, card);
    QFETCH(QString, number);
    QFETCH(QString, vat);
    QFETCH(QString, field);
    InvoicePayment p;
    p.invoiceIds = ids;
    p.vatNumber = vat;
    if (card) {
        p.method = InvoicePayment::Method::Card;
        p.card = goodCard();
        p.card.number = number;
    }
    QString got;
    const QString message = p.validate(QDate(2026, 11, 22), &got);
    QCOMPARE(message.isEmpty(), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(got, field);
}

void tst_InvoicePayment::profileJson() {
    InvoicePayment p;
    p.invoiceIds = {9003};
    QCOMPARE(InvoicePayment::path(9003), QStringLiteral("finance/invoice/9003/pay"));
    QCOMPARE(QJsonDocument::fromJson(p.toJson()).object(),
             (QJsonObject{{"payment_method", "profile"}}));
    p.vatNumber = QStringLiteral(" DE123 ");
    QCOMPARE(QJsonDocument::fromJson(p.toJson()).object(),
             (QJsonObject{{"payment_method", "profile"}, {"vat_number", "DE123"}}));
}

void tst_InvoicePayment::cardJson() {
    InvoicePayment p;
    p.invoiceIds = {9003};
    p.method = InvoicePayment::Method::Card;
    p.card = goodCard();
    const QJsonObject o = QJsonDocument::fromJson(p.toJson()).object();
    QCOMPARE(o.value("payment_method").toString(), QStringLiteral("card"));
    QCOMPARE(o.value("credit_card").toObject().value("number").toString(),
             QStringLiteral("4242424242424242"));
    QCOMPARE(o.value("credit_card").toObject().value("expiration_year").toInt(), 2030);
    QCOMPARE(o.value("billing_address").toObject().value("country").toString(),
             QStringLiteral("us"));
    QCOMPARE(o.value("billing_address").toObject().value("zip").toString(),
             QStringLiteral("84043"));
}

void tst_InvoicePayment::receipt_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("sandbox") << QByteArray(R"({"invoice_id":9004,"status":"paid","amount":"750.00",
        "currency":"USD","payment_method":"card","card_last4":"4242","receipt_id":"RCPT-000003"})")
                             << true;
    QTest::newRow("no invoice id") << QByteArray(R"({"status":"paid"})") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("html") << QByteArray("<html>ok</html>") << false;
}

void tst_InvoicePayment::receipt() {
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    InvoicePayment::Receipt r;
    QString error;
    QCOMPARE(InvoicePayment::Receipt::fromJson(body, &r, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(r.invoiceId, 9004);
        QCOMPARE(r.amount, QStringLiteral("750.00"));
        QCOMPARE(r.cardLast4, QStringLiteral("4242"));
        QCOMPARE(r.receiptId, QStringLiteral("RCPT-000003"));
    }
}

void tst_InvoicePayment::total_data() {
    QTest::addColumn<QStringList>("amounts"); // amount_due per invoice
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("two") << QStringList{"5000.00", "750.00"} << QStringList{"USD", "USD"}
                         << QStringList{"unpaid", "unpaid"} << true << qint64(575000);
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; in cents it is 30.
    QTest::newRow("no float drift") << QStringList{"0.10", "0.20"} << QStringList{"USD", "USD"}
                                    << QStringList{"unpaid", "unpaid"} << true << qint64(30);
    QTest::newRow("large") << QStringList{"999999999999.99", "0.01"} << QStringList{"USD", "USD"}
                           << QStringList{"unpaid", "unpaid"} << true << qint64(100000000000000);
    QTest::newRow("paid") << QStringList{"5000.00", "0.00"} << QStringList{"USD", "USD"}
                          << QStringList{"unpaid", "paid"} << false << qint64(0);
    QTest::newRow("mixed currencies") << QStringList{"5.00", "5.00"} << QStringList{"USD", "EUR"}
                                      << QStringList{"unpaid", "unpaid"} << false << qint64(0);
    QTest::newRow("unreadable amount") << QStringList{"5.00", "five"} << QStringList{"USD", "USD"}
                                       << QStringList{"unpaid", "unpaid"} << false << qint64(0);
}

void tst_InvoicePayment::total() {
    QFETCH(QStringList, amounts);
    QFETCH(QStringList, currencies);
    QFETCH(QStringList, statuses);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QList<Invoice> invoices;
    for (int i = 0; i < amounts.size(); ++i) {
        Invoice inv;
        inv.id = 9000 + i;
        inv.amount = amounts.at(i) == QLatin1String("five") ? QString() : amounts.at(i);
        inv.amountDue = inv.amount;
        inv.currency = currencies.at(i);
        inv.status = statuses.at(i);
        invoices << inv;
    }
    qint64 got = -1;
    QString currency;
    QString error;
    QCOMPARE(InvoicePayment::total(invoices, &got, &currency, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (ok) {
        QCOMPARE(got, cents);
        QCOMPARE(currency, QStringLiteral("USD"));
    }
}

QTEST_GUILESS_MAIN(tst_InvoicePayment)
#include "tst_invoicepayment.moc"
