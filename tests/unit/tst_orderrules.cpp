#include "core/OrderRules.h"

#include <QtTest>

using A = OrderRules::Action;

namespace {
Order order(const QString &status, const QString &product = QStringLiteral("ssl_plus")) {
    Order o;
    o.id = 4242;
    o.status = status;
    o.productNameId = product;
    return o;
}
} // namespace

// Which action fits which order and role: the rules the Actions menu and the CLI share.
class tst_OrderRules : public QObject {
    Q_OBJECT
private slots:
    void statuses();
    void states_data();
    void states();
    void rolesComeFirstForWizards();
    void stateComesFirstForPendingActions();
    void editNamesNeedsOrderingAndReviewing();
};

void tst_OrderRules::statuses() {
    QCOMPARE(OrderRules::status(QStringLiteral("reissue_pending")),
             OrderRules::Status::ReissuePending);
    QCOMPARE(OrderRules::status(QStringLiteral("issued")), OrderRules::Status::Issued);
    QCOMPARE(OrderRules::status(QStringLiteral("something_new")), OrderRules::Status::Other);
    QCOMPARE(OrderRules::statusText(QStringLiteral("waiting_pickup")),
             QStringLiteral("Waiting for pickup"));
    QCOMPARE(OrderRules::statusText(QStringLiteral("something_new")),
             QStringLiteral("something new"));
}

void tst_OrderRules::states_data() {
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("reason"); // a word the reason must contain, or empty

    QTest::newRow("reissue issued") << int(A::Reissue) << "issued"
                                    << "ssl_plus"
                                    << "";
    QTest::newRow("reissue pending") << int(A::Reissue) << "pending"
                                     << "ssl_plus"
                                     << "only issued orders";
    QTest::newRow("duplicate issued") << int(A::Duplicate) << "issued"
                                      << "ssl_plus"
                                      << "";
    QTest::newRow("duplicate code signing") << int(A::Duplicate) << "issued"
                                            << "code_signing_ev"
                                            << "cannot be duplicated";
    QTest::newRow("reissue code signing") << int(A::Reissue) << "issued"
                                          << "code_signing"
                                          << "";
    QTest::newRow("revoke issued") << int(A::Revoke) << "issued"
                                   << "ssl_plus"
                                   << "";
    QTest::newRow("revoke reissue pending") << int(A::Revoke) << "reissue_pending"
                                            << "ssl_plus"
                                            << "reissue waiting";
    QTest::newRow("revoke revoked") << int(A::Revoke) << "revoked"
                                    << "ssl_plus"
                                    << "only issued certificates";
    QTest::newRow("revoke expired says so") << int(A::Revoke) << "expired"
                                            << "ssl_plus"
                                            << "Expired";
    QTest::newRow("cancel pending") << int(A::Cancel) << "pending"
                                    << "ssl_plus"
                                    << "";
    QTest::newRow("cancel needs approval") << int(A::Cancel) << "needs_approval"
                                           << "ssl_plus"
                                           << "";
    QTest::newRow("check DCV reissue pending") << int(A::CheckDcv) << "reissue_pending"
                                               << "ssl_plus"
                                               << "";
    QTest::newRow("cancel issued") << int(A::Cancel) << "issued"
                                   << "ssl_plus"
                                   << "Only pending orders";
    QTest::newRow("resend issued") << int(A::ResendDcvEmails) << "issued"
                                   << "ssl_plus"
                                   << "Only pending orders";
}

void tst_OrderRules::states() {
    QFETCH(int, action);
    QFETCH(QString, status);
    QFETCH(QString, product);
    QFETCH(QString, reason);
    const QString got = OrderRules::reasonNotAllowed(A(action), order(status, product));
    if (reason.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(reason), qPrintable(got));
}

void tst_OrderRules::rolesComeFirstForWizards() {
    // A view-only key is told about its key, not about the order's state.
    const RolePolicy viewOnly({QStringLiteral("admin")}, true);
    const QString reason = OrderRules::reasonDenied(A::Reissue, order("pending"), viewOnly);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(reason, viewOnly.reasonDenied(RolePolicy::Capability::PlaceOrders));
    const RolePolicy admin({QStringLiteral("admin")});
    QVERIFY(OrderRules::reasonDenied(A::Revoke, order("issued"), admin).isEmpty());
}

void tst_OrderRules::stateComesFirstForPendingActions() {
    const RolePolicy viewOnly({QStringLiteral("admin")}, true);
    QVERIFY(OrderRules::reasonDenied(A::Cancel, order("issued"), viewOnly)
                .contains(QLatin1String("Only pending orders")));
    QCOMPARE(OrderRules::reasonDenied(A::Cancel, order("pending"), viewOnly),
             viewOnly.reasonDenied(RolePolicy::Capability::PlaceOrders));
}

void tst_OrderRules::editNamesNeedsOrderingAndReviewing() {
    const RolePolicy user({QStringLiteral("user")});
    const QString reason = OrderRules::reasonDenied(A::EditNames, order("pending"), user);
    QCOMPARE(reason, user.reasonDenied(RolePolicy::Capability::ApproveRequests));
    QVERIFY(!reason.isEmpty());
    const RolePolicy manager({QStringLiteral("manager")});
    QVERIFY(OrderRules::reasonDenied(A::EditNames, order("pending"), manager).isEmpty());
}

QTEST_GUILESS_MAIN(tst_OrderRules)
#include "tst_orderrules.moc"
