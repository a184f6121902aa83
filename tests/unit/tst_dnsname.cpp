#include "core/DnsName.h"

#include <QtTest>

class tst_DnsName : public QObject {
    Q_OBJECT
private slots:
    void problem_data();
    void problem();
    void normalized();
};

void tst_DnsName::problem_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QString>("mentions"); // empty: fine
    QTest::newRow("plain") << "shop.example.com" << false << "";
    QTest::newRow("idn") << "bücher.example" << false << "";
    QTest::newRow("wildcard allowed") << "*.example.com" << true << "";
    QTest::newRow("wildcard refused") << "*.example.com" << false << "wildcard products";
    QTest::newRow("wildcard inside") << "www.*.example.com" << true << "left-most";
    QTest::newRow("partial wildcard") << "w*.example.com" << true << "left-most";
    QTest::newRow("ipv4") << "192.0.2.10" << false << "IP address";
    QTest::newRow("ipv6") << "2001:db8::1" << false << "IP address";
    QTest::newRow("no dot") << "intranet" << false << "needs a dot";
    QTest::newRow("underscore") << "a_b.example" << false << "not a valid";
    QTest::newRow("trailing hyphen") << "a-.example" << false << "not a valid";
    QTest::newRow("url") << "https://example.com" << false << "without http";
    QTest::newRow("empty") << " " << false << "Enter a domain";
    QTest::newRow("too long") << QString(250, QLatin1Char('a')) + ".com" << false << "253";
}

void tst_DnsName::problem() {
    QFETCH(QString, name);
    QFETCH(bool, wildcard);
    QFETCH(QString, mentions);
    const QString p = DnsName::problem(name, wildcard);
    if (mentions.isEmpty())
        QVERIFY2(p.isEmpty(), qPrintable(p));
    else
        QVERIFY2(p.contains(mentions), qPrintable(p));
}

void tst_DnsName::normalized() {
    QCOMPARE(DnsName::normalized(QStringLiteral(" Bücher.Example. ")),
             QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(DnsName::normalized(QStringLiteral("*.Example.COM")), QStringLiteral("*.example.com"));
}

QTEST_GUILESS_MAIN(tst_DnsName)
#include "tst_dnsname.moc"
