#include "core/DcvInstructions.h"

#include <QtTest>

class tst_DcvInstructions : public QObject {
    Q_OBJECT
private slots:
    void perMethod_data();
    void perMethod();
};

void tst_DcvInstructions::perMethod_data() {
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("txt") << "example.com"
                         << "dns-txt-token"
                         << "example.com"
                         << "DNS TXT record";
    QTest::newRow("txt, wildcard") << "*.example.com"
                                   << "dns-txt-token"
                                   << "example.com"
                                   << "TXT";
    QTest::newRow("http") << "shop.example.com"
                          << "http-token"
                          << "http://shop.example.com/.well-known/pki-validation/fileauth.txt"
                          << "exact name only";
    QTest::newRow("cname") << "example.com"
                           << "dns-cname-token"
                           << "example.com"
                           << "CNAME";
    QTest::newRow("email") << "example.com"
                           << "email"
                           << ""
                           << "";
}

void tst_DcvInstructions::perMethod() {
    QFETCH(QString, domain);
    QFETCH(QString, method);
    QFETCH(QString, location);
    QFETCH(QString, mentions);
    QCOMPARE(DcvInstructions::location(domain, method), location);
    const QString text =
        DcvInstructions::describe(domain, method, QStringLiteral("RaNdOm123"),
                                  QDateTime(QDate(2026, 12, 22), QTime(12, 0), Qt::UTC));
    if (mentions.isEmpty()) {
        QVERIFY(text.isEmpty());
        return;
    }
    QVERIFY2(text.contains(mentions), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("RaNdOm123")));
    QVERIFY(text.contains(location));
    QVERIFY(text.contains(QLatin1String("good until")));
}

QTEST_GUILESS_MAIN(tst_DcvInstructions)
#include "tst_dcvinstructions.moc"
