#include "core/NewDomain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class tst_NewDomain : public QObject {
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void json();
};

void tst_NewDomain::validate_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("organization");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("plain") << "example.com" << qint64(3001) << ""
                           << "";
    QTest::newRow("upper case, trailing dot") << "Shop.Example.COM." << qint64(1) << ""
                                              << "";
    QTest::newRow("idn") << "bäckerei.example" << qint64(1) << "http-token"
                         << "";
    QTest::newRow("empty") << "  " << qint64(1) << ""
                           << "name";
    QTest::newRow("no dot") << "localhost" << qint64(1) << ""
                            << "name";
    QTest::newRow("url") << "https://example.com/x" << qint64(1) << ""
                         << "name";
    QTest::newRow("wildcard") << "*.example.com" << qint64(1) << ""
                              << "name";
    QTest::newRow("underscore") << "a_b.example" << qint64(1) << ""
                                << "name";
    QTest::newRow("leading hyphen") << "-a.example" << qint64(1) << ""
                                    << "name";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + ".example" << qint64(1) << ""
                                    << "name";
    QTest::newRow("empty label") << "a..example" << qint64(1) << ""
                                 << "name";
    QTest::newRow("no organization") << "example.com" << qint64(0) << ""
                                     << "organization";
    QTest::newRow("unicode hyphen method")
        << "example.com" << qint64(1) << QString::fromUtf8("dns\u2011txt\u2011token")
        << "dcv_method";
}

void tst_NewDomain::validate() {
    QFETCH(QString, name);
    QFETCH(qint64, organization);
    QFETCH(QString, method);
    QFETCH(QString, field);
    NewDomain d;
    d.name = name;
    d.organizationId = organization;
    d.dcvMethod = method;
    QString actualField;
    const QString problem = d.validate(&actualField);
    QCOMPARE(actualField, field);
    QCOMPARE(problem.isEmpty(), field.isEmpty());
}

void tst_NewDomain::json() {
    NewDomain d;
    d.name = QStringLiteral(" Bäckerei.Example. ");
    d.organizationId = 3001;
    d.validationTypes = {QStringLiteral("ov"), QStringLiteral("ev")};
    d.dcvMethod = QStringLiteral("dns-txt-token");
    const QJsonObject o = QJsonDocument::fromJson(d.toJson()).object();
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("xn--bckerei-5wa.example"));
    QCOMPARE(o.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toInt(),
             3001);
    QCOMPARE(o.value(QLatin1String("validations")).toArray().size(), 2);
    QCOMPARE(o.value(QLatin1String("dcv_method")).toString(), QStringLiteral("dns-txt-token"));
    d.validationTypes.clear();
    d.dcvMethod.clear();
    const QJsonObject bare = QJsonDocument::fromJson(d.toJson()).object();
    QVERIFY(!bare.contains(QLatin1String("validations")));
    QVERIFY(!bare.contains(QLatin1String("dcv_method")));
}

QTEST_GUILESS_MAIN(tst_NewDomain)
#include "tst_newdomain.moc"
