#include "core/RolePolicy.h"

#include <QtTest>

using C = RolePolicy::Capability;

class tst_RolePolicy : public QObject {
    Q_OBJECT
private slots:
    void capabilities_data();
    void capabilities();
    void reasonsNameWhoMay();
    void viewOnlyKeyNeverWrites();
    void domainsAndOrganizations();
};

void tst_RolePolicy::capabilities_data() {
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<bool>("order");
    QTest::addColumn<bool>("skip");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<bool>("finance");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("admin") << QStringList{"admin"} << true << true << true << true << false;
    QTest::newRow("manager") << QStringList{"manager"} << true << false << true << false << false;
    QTest::newRow("finance") << QStringList{"finance_manager"} << true << false << false << true
                             << true;
    QTest::newRow("user") << QStringList{"user"} << true << false << false << false << true;
    QTest::newRow("limited") << QStringList{"limited_user"} << true << false << false << false
                             << true;
    QTest::newRow("view only") << QStringList{"view_only"} << false << false << false << false
                               << true;
    QTest::newRow("none") << QStringList{} << false << false << false << false << true;
}

void tst_RolePolicy::capabilities() {
    QFETCH(QStringList, roles);
    QFETCH(bool, order);
    QFETCH(bool, skip);
    QFETCH(bool, approve);
    QFETCH(bool, finance);
    QFETCH(bool, needsApproval);
    const RolePolicy p(roles);
    QCOMPARE(p.allows(C::PlaceOrders), order);
    QCOMPARE(p.allows(C::SkipApproval), skip);
    QCOMPARE(p.allows(C::ApproveRequests), approve);
    QCOMPARE(p.allows(C::ViewFinance), finance);
    QCOMPARE(p.allows(C::MoveFunds), finance);
    QCOMPARE(p.ordersNeedApproval(), needsApproval);
}

void tst_RolePolicy::reasonsNameWhoMay() {
    const RolePolicy user(QStringList{QStringLiteral("user")});
    QVERIFY(user.reasonDenied(C::ApproveRequests)
                .contains(QLatin1String("administrators and managers")));
    QVERIFY(user.reasonDenied(C::ViewFinance).contains(QLatin1String("finance managers")));
    QVERIFY(user.reasonDenied(C::SkipApproval).contains(QLatin1String("administrators")));
    QVERIFY(user.reasonDenied(C::PlaceOrders).isEmpty());
    QCOMPARE(RolePolicy(QStringList{"admin", "finance_manager"}).roleNames(),
             QStringLiteral("Administrator, Finance manager"));
}

void tst_RolePolicy::viewOnlyKeyNeverWrites() {
    // An administrator's key found restricted (a change the role allows was refused).
    const RolePolicy p(QStringList{QStringLiteral("admin")}, true);
    QVERIFY(p.isViewOnlyKey());
    QVERIFY(p.allows(C::ViewOrders));
    QVERIFY(p.allows(C::ViewFinance));
    for (const C c : {C::PlaceOrders, C::SkipApproval, C::Revoke, C::ApproveRequests, C::MoveFunds,
                      C::ManageDomainsAndOrganizations, C::DeleteDomainsAndOrganizations})
        QVERIFY2(p.reasonDenied(c).contains(QLatin1String("View Only")),
                 qPrintable(p.reasonDenied(c)));
    QVERIFY(p.roleNames().contains(QLatin1String("restricted key")));
}

void tst_RolePolicy::domainsAndOrganizations() {
    const RolePolicy admin(QStringList{QStringLiteral("admin")});
    const RolePolicy manager(QStringList{QStringLiteral("manager")});
    const RolePolicy user(QStringList{QStringLiteral("user")});
    QVERIFY(admin.allows(C::ManageDomainsAndOrganizations));
    QVERIFY(admin.allows(C::DeleteDomainsAndOrganizations));
    QVERIFY(manager.allows(C::ManageDomainsAndOrganizations));
    QVERIFY(manager.reasonDenied(C::DeleteDomainsAndOrganizations)
                .contains(QLatin1String("Only administrators")));
    QVERIFY(!user.allows(C::ManageDomainsAndOrganizations));
}

QTEST_GUILESS_MAIN(tst_RolePolicy)
#include "tst_rolepolicy.moc"
