#include "core/UserInfo.h"

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
    // The documented shape (certcentral-docs.md 10.1): {id, name}; the id decides.
    QTest::newRow("documented {id, name}")
        << QByteArray(
               R"({"id":1001,"first_name":"Ada","last_name":"Admin","email":"a@example.com","access_roles":[{"id":1,"name":"Administrator"}]})")
        << QStringList{"admin"} << "Ada Admin";
    QTest::newRow("every documented id")
        << QByteArray(
               R"({"id":5,"username":"fm","access_roles":[{"id":1,"name":"Administrator"},{"id":2,"name":"Limited user"},{"id":3,"name":"Finance manager"},{"id":4,"name":"Manager"},{"id":5,"name":"Standard user"}]})")
        << QStringList{"admin", "limited_user", "finance_manager", "manager", "user"} << "fm";
    QTest::newRow("the id wins over a renamed role")
        << QByteArray(R"({"id":8,"username":"r","access_roles":[{"id":3,"name":"Finanzen"}]})")
        << QStringList{"finance_manager"} << "r";
    QTest::newRow("an unknown id falls back on the name")
        << QByteArray(
               R"({"id":9,"username":"u","access_roles":[{"id":77,"name":"Standard User"}]})")
        << QStringList{"user"} << "u";
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
    // user/me does not tell a restricted key; fields that the real reply lacks are not read.
    UserInfo user;
    QString error;
    QVERIFY(UserInfo::fromJson(
        R"({"id":1006,"access_roles":[{"id":1,"name":"Administrator","name_id":"user"}],
            "api_key_access_role":{"id":102,"name":"View Only","name_id":"view_only"}})",
        &user, &error));
    QVERIFY(!user.viewOnlyKey);
    QCOMPARE(user.accessRoles, QStringList{QStringLiteral("admin")});
}

QTEST_GUILESS_MAIN(tst_UserInfo)
#include "tst_userinfo.moc"
