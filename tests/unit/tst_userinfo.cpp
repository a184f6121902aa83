#include "UserInfo.h"

#include <QtTest>

class tst_UserInfo : public QObject {
    Q_OBJECT
private slots:
    void roles_data();
    void roles();
    void rejectsBodiesWithoutAUser_data();
    void rejectsBodiesWithoutAUser();
    void viewOnlyKey();
};

void tst_UserInfo::roles_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("display");
    QTest::newRow("objects with name_id")
        << QByteArray(
               R"({"id":1001,"first_name":"Ada","last_name":"Admin","email":"a@example.com","access_roles":[{"id":1,"name":"Administrator","name_id":"admin"}]})")
        << QStringList{"admin"} << "Ada Admin";
    QTest::newRow("objects with display names only")
        << QByteArray(
               R"({"id":5,"username":"fm","access_roles":[{"id":2,"name":"Finance Manager"},{"id":3,"name":"Standard User"}]})")
        << QStringList{"finance_manager", "user"} << "fm";
    QTest::newRow("plain strings, duplicates")
        << QByteArray(
               R"({"id":6,"email":"l@example.com","access_roles":["limited_user","limited_user"]})")
        << QStringList{"limited_user"} << "l@example.com";
    QTest::newRow("roles of the wrong type")
        << QByteArray(R"({"id":7,"first_name":"X","access_roles":"admin"})") << QStringList{}
        << "X";
}

void tst_UserInfo::roles() {
    QFETCH(QByteArray, body);
    QFETCH(QStringList, roles);
    QFETCH(QString, display);
    UserInfo user;
    QString error;
    QVERIFY2(UserInfo::fromJson(body, &user, &error), qPrintable(error));
    QCOMPARE(user.accessRoles, roles);
    QCOMPARE(user.displayName(), display);
}

void tst_UserInfo::rejectsBodiesWithoutAUser_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << QByteArray(R"({"id":10)");
    QTest::newRow("id of wrong type only") << QByteArray(R"({"id":"x"})");
}

void tst_UserInfo::rejectsBodiesWithoutAUser() {
    QFETCH(QByteArray, body);
    UserInfo user;
    QString error;
    QVERIFY(!UserInfo::fromJson(body, &user, &error));
    QVERIFY(!error.isEmpty());
}

void tst_UserInfo::viewOnlyKey() {
    UserInfo user;
    QString error;
    QVERIFY(UserInfo::fromJson(
        R"({"id":1006,"access_roles":[{"id":1,"name":"Administrator","name_id":"admin"}],
            "api_key_access_role":{"id":102,"name":"View Only","name_id":"view_only"}})",
        &user, &error));
    QVERIFY(user.viewOnlyKey);
    QVERIFY(UserInfo::fromJson(
        R"({"id":1001,"access_roles":["admin"],
            "api_key_access_role":{"id":0,"name":"N/A","name_id":"user_role"}})",
        &user, &error));
    QVERIFY(!user.viewOnlyKey);
}

QTEST_GUILESS_MAIN(tst_UserInfo)
#include "tst_userinfo.moc"
