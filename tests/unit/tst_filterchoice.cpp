#include "core/FilterChoice.h"

#include <QtTest>

class tst_FilterChoice : public QObject {
    Q_OBJECT
private slots:
    void products();
    void organizationsPreferDisplayName();
    void containersSkipEntriesWithoutId();
    void emptyAndHostileBodies();
};

void tst_FilterChoice::products() {
    const QByteArray body = R"j({"products":[
        {"name_id":"ssl_ev_basic","name":"Basic EV","type":"ssl_certificate"},
        {"name_id":"ssl_basic","name":"Basic OV"},
        {"name_id":"","name":"No id"},
        {"name_id":"code_signing"}]})j";
    QList<FilterChoice> list;
    QString error;
    QVERIFY(FilterChoice::listFromJson(FilterChoice::Kind::Product, body, &list, &error));
    QCOMPARE(list.size(), 3);
    // Sorted by name; a missing name shows the id.
    QCOMPARE(list.at(0).name, QStringLiteral("Basic EV"));
    QCOMPARE(list.at(1).id, QStringLiteral("ssl_basic"));
    QCOMPARE(list.at(2).name, QStringLiteral("code_signing"));
}

void tst_FilterChoice::organizationsPreferDisplayName() {
    const QByteArray body = R"j({"page":{"total":2,"limit":1000,"offset":0},"organizations":[
        {"id":3002,"name":"Zeta GmbH","assumed_name":"Zeta","display_name":"Zeta GmbH (Zeta)"},
        {"id":"3001","name":"Alpha Ltd"}]})j";
    QList<FilterChoice> list;
    QString error;
    QVERIFY(FilterChoice::listFromJson(FilterChoice::Kind::Organization, body, &list, &error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, QStringLiteral("3001"));
    QCOMPARE(list.at(0).name, QStringLiteral("Alpha Ltd"));
    QCOMPARE(list.at(1).name, QStringLiteral("Zeta GmbH (Zeta)"));
}

void tst_FilterChoice::containersSkipEntriesWithoutId() {
    const QByteArray body =
        R"j({"containers":[{"id":101,"name":"EMEA"},{"name":"ghost"},{"id":-4,"name":"neg"},
                          {"id":1.5,"name":"fraction"},{"id":100,"name":"Example Corp"}]})j";
    QList<FilterChoice> list;
    QString error;
    QVERIFY(FilterChoice::listFromJson(FilterChoice::Kind::Container, body, &list, &error));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("EMEA"));
    QCOMPARE(list.at(1).id, QStringLiteral("100"));
}

void tst_FilterChoice::emptyAndHostileBodies() {
    QList<FilterChoice> list{{QStringLiteral("x"), QStringLiteral("y")}};
    QString error;
    QVERIFY(FilterChoice::listFromJson(FilterChoice::Kind::Organization,
                                       R"j({"page":{"total":0,"limit":1000,"offset":0}})j", &list,
                                       &error));
    QVERIFY(list.isEmpty());
    QVERIFY(!FilterChoice::listFromJson(FilterChoice::Kind::Product, "[1,2]", &list, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(
        !FilterChoice::listFromJson(FilterChoice::Kind::Product, "{\"products\":[", &list, &error));
    QVERIFY(FilterChoice::listFromJson(FilterChoice::Kind::Product, R"j({"products":"many"})j",
                                       &list, &error));
    QVERIFY(list.isEmpty());
}

QTEST_GUILESS_MAIN(tst_FilterChoice)
#include "tst_filterchoice.moc"
