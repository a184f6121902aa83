#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"
#include "ui/dashboard/DashboardScreen.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

// The dashboard against a sandbox: its counts match the loaded orders, and each count opens
// the orders page filtered to exactly those orders.
class tst_DashboardPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void countsMatchTheOrders();
    void statusCountOpensTheOrders();
    void expiringCountOpensTheOrders();
    void emptyAccount();
    void saysWhenTheServerFilterLimitsIt();
    void pendingRequestsAndBalance();

private:
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    const QDate m_today{2026, 11, 22}; // the sandbox's --now
};

void tst_DashboardPage::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("1200")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->dashboardScreen()->setToday(m_today);
    m_window->ordersScreen()->model()->setToday(m_today);
    m_window->show();
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->ordersScreen()->model()->rowCount(), 1200, 20000);
    QTRY_COMPARE(m_window->dashboardScreen()->stats().total, 1200);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/dashboard.png")));
}

void tst_DashboardPage::countsMatchTheOrders() {
    const OrdersModel *model = m_window->ordersScreen()->model();
    int issued = 0;
    int expiring30 = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Order &o = model->orderAt(r);
        issued += o.status == QLatin1String("issued");
        expiring30 +=
            (o.status == QLatin1String("issued") || o.status == QLatin1String("reissue_pending")) &&
            o.validTill.isValid() && o.validTill >= m_today && m_today.daysTo(o.validTill) <= 30;
    }
    const DashboardStats &s = m_window->dashboardScreen()->stats();
    QCOMPARE(s.byStatus.value(QStringLiteral("issued")), issued);
    QCOMPARE(s.expiring30, expiring30);
    QVERIFY(expiring30 > 0);
    QVERIFY(m_window->dashboardScreen()
                ->countButton(QStringLiteral("count_issued"))
                ->text()
                .startsWith(QLocale().toString(issued)));
}

void tst_DashboardPage::statusCountOpensTheOrders() {
    m_window->showScreen(MainWindow::DashboardScreenIndex);
    m_window->dashboardScreen()->countButton(QStringLiteral("count_revoked"))->click();
    QCOMPARE(m_window->currentScreen(), int(MainWindow::OrdersScreenIndex));
    QAbstractItemModel *shown = m_window->ordersScreen()->table()->model();
    QCOMPARE(shown->rowCount(),
             m_window->dashboardScreen()->stats().byStatus.value(QStringLiteral("revoked")));
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, 0).data(OrdersModel::StatusRole).toString(),
                 QStringLiteral("revoked"));
    QVERIFY(m_window->ordersScreen()->localFilterText().contains(QLatin1String("Revoked")));
    m_window->ordersScreen()->findChild<QPushButton *>(QStringLiteral("clearLocalFilter"))->click();
    QCOMPARE(shown->rowCount(), 1200);
    QVERIFY(m_window->ordersScreen()->localFilterText().isEmpty());
}

void tst_DashboardPage::expiringCountOpensTheOrders() {
    m_window->showScreen(MainWindow::DashboardScreenIndex);
    m_window->dashboardScreen()->countButton(QStringLiteral("expiring_30"))->click();
    QAbstractItemModel *shown = m_window->ordersScreen()->table()->model();
    QCOMPARE(shown->rowCount(), m_window->dashboardScreen()->stats().expiring30);
    const OrdersModel *model = m_window->ordersScreen()->model();
    for (int r = 0; r < shown->rowCount(); ++r) {
        const qint64 id = shown->index(r, 0).data(OrdersModel::OrderIdRole).toLongLong();
        const Order &o = model->orderAt(model->rowOfOrder(id));
        QVERIFY(o.validTill >= m_today && m_today.daysTo(o.validTill) <= 30);
    }
    m_window->ordersScreen()->clearLocalFilter();
}

void tst_DashboardPage::emptyAccount() {
    OrdersModel empty;
    DashboardScreen page(&empty);
    QCOMPARE(page.stats().total, 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("dashboardSummary"))
                ->text()
                .contains(QLatin1String("No orders")));
    QVERIFY(page.countButton(QStringLiteral("expiring_90"))->text().startsWith(QLatin1Char('0')));
}

void tst_DashboardPage::saysWhenTheServerFilterLimitsIt() {
    auto *status = m_window->ordersScreen()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("expired")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->ordersScreen()->isLoading(), 20000);
    auto *summary =
        m_window->dashboardScreen()->findChild<QLabel *>(QStringLiteral("dashboardSummary"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("Only the")));
    QVERIFY(summary->text().contains(QLatin1String("Expired")));
    status->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->ordersScreen()->isLoading(), 20000);
    QTRY_VERIFY(!summary->text().contains(QLatin1String("Only the")));
}

void tst_DashboardPage::pendingRequestsAndBalance() {
    // The figures the sandbox gives, asked directly.
    QByteArray body;
    QCOMPARE(SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(
                                     QStringLiteral("request?filters[status]=pending&limit=1"))),
                                 TestSandbox::testKey().toUtf8(), &body),
             200);
    const qint64 pending = QJsonDocument::fromJson(body)
                               .object()[QLatin1String("page")][QLatin1String("total")]
                               .toInteger();
    QVERIFY(pending > 0);
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("finance/balance"))),
                            TestSandbox::testKey().toUtf8(), &body),
        200);
    qint64 cents = 0;
    QVERIFY(Money::parseCents(
        QJsonDocument::fromJson(body).object()[QLatin1String("balance")].toString(), &cents));

    DashboardScreen *page = m_window->dashboardScreen();
    QPushButton *requests = page->countButton(QStringLiteral("pending_requests"));
    QPushButton *balance = page->countButton(QStringLiteral("balance"));
    QTRY_VERIFY_WITH_TIMEOUT(
        requests->text().startsWith(QLocale().toString(pending) + QLatin1Char('\n')), 10000);
    // The test key is an administrator's: the balance is shown, formatted from whole cents.
    QVERIFY(balance->isVisibleTo(page));
    QTRY_VERIFY_WITH_TIMEOUT(
        balance->text().startsWith(Money::format(cents, QStringLiteral("USD"))), 10000);
    const QString shots = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        m_window->showScreen(MainWindow::DashboardScreenIndex);
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/dashboard-account.png")));
    }

    // A standard user does not see the balance.
    page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("user")}));
    QVERIFY(!balance->isVisibleTo(page));
    page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardscreen.moc"
