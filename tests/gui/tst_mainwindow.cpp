#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/DomainEndpoints.h"
#include "api/StatusWatcher.h"
#include "core/OrderCsv.h"
#include "core/StatusChange.h"
#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/finance/FinanceScreen.h"
#include "ui/orders/OrderDetailsPane.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>
#include <functional>

// The main window against a real sandbox, driven like a user would (offscreen).
class tst_MainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void loadsOrdersIntoTheTable();
    void searchFiltersInstantly();
    void statusFilterAsksTheServer();
    void serverFiltersCombine();
    void selectingARowShowsDetails();
    void detailTabsLoadWhenShown();
    void failedRefreshShowsTheBanner();
    void columnChooser();
    void exportCsvIsWhatIsShown();
    void downloadTheSelectedCertificate();
    void changedOrdersUpdateTheTableAndNotify();
    void everyPageFitsAt1280x800();
    void shortcutsAboutAndLanguage();
    void restrictedKeyIsLearnedFromARefusal();

private:
    // With CERTDESK_SCREENSHOT_DIR set, saves what the window shows (for reviewing layouts).
    void screenshot(const QString &name);
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase() {
    // A second key: an administrator's, restricted to viewing (user/me does not say so).
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("1500"),
                              QStringLiteral("--key"),
                              QStringLiteral("restricted-key-0123456789:view_only")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    RetryPolicy fast;
    fast.baseDelayMs = 20;
    fast.maxDelayMs = 100;
    fast.maxAttempts = 2;
    m_client->setRetryPolicy(fast);
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    QCOMPARE(m_window->currentScreen(),
             int(MainWindow::DashboardScreenIndex)); // first after sign-in
    m_window->showScreen(MainWindow::OrdersScreenIndex);
}

void tst_MainWindow::restrictedKeyIsLearnedFromARefusal() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(QStringLiteral("restricted-key-0123456789"));
    MainWindow window(&client);
    window.start();
    // user/me says Administrator; nothing tells of the key's restriction yet.
    QTRY_VERIFY_WITH_TIMEOUT(window.roles().roles().contains(QStringLiteral("admin")), 10000);
    QVERIFY(!window.roles().isViewOnlyKey());
    auto *newOrder = window.findChild<QAction *>(QStringLiteral("newOrderAction"));
    QVERIFY(newOrder->isEnabled());
    // A read refused would not tell; a change refused with missing_permission does.
    auto *write = client.call(DomainEndpoints::newToken(5001));
    QSignalSpy failed(write, &ApiCall::failed);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().value<ApiError>().hasCode(
        QStringLiteral("access_denied|missing_permission")));
    QTRY_VERIFY(window.roles().isViewOnlyKey());
    QVERIFY(!newOrder->isEnabled());
    QVERIFY2(newOrder->toolTip().contains(QLatin1String("restricted")),
             qPrintable(newOrder->toolTip()));
    auto *user = window.findChild<QLabel *>(QStringLiteral("userLabel"));
    QVERIFY2(user->text().contains(QLatin1String("restricted key")), qPrintable(user->text()));
}

void tst_MainWindow::screenshot(const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void tst_MainWindow::init() {
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
}

void tst_MainWindow::loadsOrdersIntoTheTable() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1500, 20000);
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->table()->model()->rowCount(), 1500);
    auto *progressLabel = m_window->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(progressLabel);
    QVERIFY2(progressLabel->text().contains(QLatin1String("1,500")) ||
                 progressLabel->text().contains(QLatin1String("1500")),
             qPrintable(progressLabel->text()));
    QVERIFY(!m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
    auto *user = m_window->findChild<QLabel *>(QStringLiteral("userLabel"));
    QTRY_VERIFY(user->text().contains(QLatin1String("Administrator")));
    QVERIFY(!page->banner()->isVisible());
    // The tray names the next certificate to expire.
    QVERIFY2(m_window->trayText().contains(QLatin1String("Next to expire")),
             qPrintable(m_window->trayText()));
}

void tst_MainWindow::searchFiltersInstantly() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    const QString cn = page->model()->orderAt(10).commonName;
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("orderSearch"));
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, cn);
    const int shown = page->table()->model()->rowCount();
    QVERIFY(shown >= 1);
    QVERIFY(shown < 1500);
    for (int r = 0; r < shown; ++r) {
        const QString text =
            page->table()->model()->index(r, 0).data(OrdersModel::SearchTextRole).toString();
        QVERIFY(text.contains(cn.toLower()));
    }
    auto *count = page->findChild<QLabel *>(QStringLiteral("orderCount"));
    QVERIFY2(count->text().contains(QLatin1String("match")), qPrintable(count->text()));
    screenshot(QStringLiteral("orders-search"));
    search->clear();
    QCOMPARE(page->table()->model()->rowCount(), 1500);
}

void tst_MainWindow::statusFilterAsksTheServer() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    // "Expired" is not a filter value: it is sent as issued with a valid_till before today (the
    // computer's today; the sandbox's clock is fixed earlier, so issued orders that end between
    // its day and ours count too).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    int expected = 0;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        const Order &o = page->model()->orderAt(r);
        expected +=
            o.status == QLatin1String("expired") ||
            (o.status == QLatin1String("issued") && o.validTill.isValid() && o.validTill < today);
    }
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("expired")));
    QVERIFY(page->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->rowCount(), expected);
    status->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->rowCount(), 1500);
}

void tst_MainWindow::serverFiltersCombine() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->model()->rowCount(), 1500);
    auto *product = page->findChild<QComboBox *>(QStringLiteral("productFilter"));
    auto *organization = page->findChild<QComboBox *>(QStringLiteral("organizationFilter"));
    auto *container = page->findChild<QComboBox *>(QStringLiteral("containerFilter"));
    // The lists come from GET product, organization and container.
    QTRY_VERIFY(product->count() > 5);
    QTRY_VERIFY(organization->count() > 2);
    QTRY_VERIFY(container->count() > 2);
    QCOMPARE(product->itemData(0).toString(), QString());

    // Expected rows, counted from the whole account that is loaded now.
    QList<Order> all;
    for (int r = 0; r < page->model()->rowCount(); ++r)
        all << page->model()->orderAt(r);
    const Order sample = [&all] {
        for (const Order &o : all)
            if (o.organizationId > 0 && o.validTill.isValid())
                return o;
        return Order();
    }();
    QVERIFY(sample.id > 0);
    const auto count = [&all](const std::function<bool(const Order &)> &match) {
        return int(std::count_if(all.cbegin(), all.cend(), match));
    };

    product->setCurrentIndex(product->findData(sample.productNameId));
    QVERIFY(product->currentIndex() > 0);
    QVERIFY(page->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->rowCount(),
             count([&sample](const Order &o) { return o.productNameId == sample.productNameId; }));

    organization->setCurrentIndex(organization->findData(QString::number(sample.organizationId)));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->rowCount(), count([&sample](const Order &o) {
                 return o.productNameId == sample.productNameId &&
                        o.organizationId == sample.organizationId;
             }));
    QVERIFY(page->model()->rowCount() > 0);

    // Valid till: a range around the sample's end date, both days included.
    auto *validTill = page->findChild<QCheckBox *>(QStringLiteral("validTillFilter"));
    auto *from = page->findChild<QDateEdit *>(QStringLiteral("validTillFrom"));
    auto *to = page->findChild<QDateEdit *>(QStringLiteral("validTillTo"));
    product->setCurrentIndex(0);
    organization->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    from->setDate(sample.validTill.addDays(-20));
    to->setDate(sample.validTill);
    validTill->setChecked(true);
    QVERIFY(page->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    const QDate first = sample.validTill.addDays(-20);
    const int inRange = count([&](const Order &o) {
        return o.validTill.isValid() && o.validTill >= first && o.validTill <= sample.validTill;
    });
    QVERIFY(inRange > 0);
    QCOMPARE(page->model()->rowCount(), inRange);
    QVERIFY(page->filterBar()->description().contains(QLatin1String("valid till")));
    screenshot(QStringLiteral("orders-server-filters"));

    page->findChild<QPushButton *>(QStringLiteral("clearServerFilters"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    QCOMPARE(page->model()->rowCount(), 1500);
    QVERIFY(page->filterBar()->description().isEmpty());
}

void tst_MainWindow::selectingARowShowsDetails() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    int issuedRow = -1;
    for (int r = 0; r < page->table()->model()->rowCount() && issuedRow < 0; ++r) {
        if (page->table()->model()->index(r, 0).data(OrdersModel::StatusRole).toString() ==
            QLatin1String("issued"))
            issuedRow = r;
    }
    QVERIFY(issuedRow >= 0);
    const qint64 id =
        page->table()->model()->index(issuedRow, 0).data(OrdersModel::OrderIdRole).toLongLong();
    page->table()->selectRow(issuedRow);
    // The serial number comes from Order info, not from the list.
    // 32 hex digits shown in four groups of eight.
    QTRY_COMPARE_WITH_TIMEOUT(page->details()->fieldText(QStringLiteral("detailSerial")).size(), 35,
                              10000);
    QCOMPARE(page->details()->shownOrderId(), id);
    QCOMPARE(page->details()->fieldText(QStringLiteral("detailOrderId")), QString::number(id));
    screenshot(QStringLiteral("orders-details"));
}

void tst_MainWindow::detailTabsLoadWhenShown() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    // A seeded order in reissue_pending has a pending reissue and names still to validate.
    int row = -1;
    for (int r = 0; r < page->table()->model()->rowCount() && row < 0; ++r) {
        if (page->table()->model()->index(r, 0).data(OrdersModel::StatusRole).toString() ==
            QLatin1String("reissue_pending"))
            row = r;
    }
    QVERIFY(row >= 0);
    const qint64 id =
        page->table()->model()->index(row, 0).data(OrdersModel::OrderIdRole).toLongLong();
    const int names = page->model()->orderAt(page->model()->rowOfOrder(id)).allNames().size();
    OrderDetailsPane *details = page->details();
    details->tabs()->setCurrentIndex(OrderDetailsPane::CertificateTab);
    page->table()->selectRow(row);
    QCOMPARE(details->shownOrderId(), id);

    // Requests and contacts come with Order info.
    auto *requests = details->findChild<QTreeWidget *>(QStringLiteral("requestList"));
    QTRY_VERIFY_WITH_TIMEOUT(requests->topLevelItemCount() >= 1, 10000);
    QStringList kinds;
    for (int i = 0; i < requests->topLevelItemCount(); ++i)
        kinds << requests->topLevelItem(i)->text(0);
    QVERIFY2(kinds.join(QLatin1Char(' ')).contains(QLatin1String("Reissue")),
             qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY(!details->fieldText(QStringLiteral("detailRequester")).isEmpty());
    QVERIFY(!details->fieldText(QStringLiteral("orderNotes")).isEmpty());

    // DCV: nothing is asked for until the tab is shown, then one row per name.
    auto *dcv = details->findChild<QTreeWidget *>(QStringLiteral("dcvList"));
    QCOMPARE(dcv->topLevelItemCount(), 0);
    details->tabs()->setCurrentIndex(OrderDetailsPane::DcvTab);
    QTRY_COMPARE_WITH_TIMEOUT(dcv->topLevelItemCount(), names, 10000);
    QVERIFY(details->fieldText(QStringLiteral("dcvSummary")).contains(QLatin1String("approved")));
    screenshot(QStringLiteral("orders-details-dcv"));

    // History: the sandbox's seeded orders have no reissued certificates on record yet
    // (tst_certificateendpoints_history makes some); the tab says so.
    auto *history = details->findChild<QTreeWidget *>(QStringLiteral("historyList"));
    details->tabs()->setCurrentIndex(OrderDetailsPane::HistoryTab);
    QTRY_VERIFY_WITH_TIMEOUT(details->fieldText(QStringLiteral("historySummary"))
                                 .contains(QLatin1String("not been reissued")),
                             10000);
    QCOMPARE(history->topLevelItemCount(), 0);

    // A failing tab says so in the banner, and showing it again tries again.
    int other = -1;
    for (int r = 0; r < page->table()->model()->rowCount() && other < 0; ++r)
        if (r != row)
            other = r;
    // A reply that cannot be read is tried once more; when that fails too, the tab says so.
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults({{QStringLiteral("malformed_json_next"), 8}}));
    details->tabs()->setCurrentIndex(OrderDetailsPane::DcvTab);
    page->table()->selectRow(other);
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isVisible(), 10000);
    QVERIFY(page->banner()->message().contains(QLatin1String("could not be loaded")));
    page->banner()->clear();
    details->tabs()->setCurrentIndex(OrderDetailsPane::CertificateTab);
}

void tst_MainWindow::failedRefreshShowsTheBanner() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults(
                    {{QStringLiteral("fail_next"), QJsonObject{{QStringLiteral("status"), 503},
                                                               {QStringLiteral("count"), 10}}}}));
    page->findChild<QPushButton *>(QStringLiteral("refreshButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10000);
    QVERIFY(page->banner()->isVisible());
    QVERIFY2(page->banner()->message().contains(QLatin1String("unavailable")),
             qPrintable(page->banner()->message()));
    QVERIFY(page->banner()->code().contains(QLatin1String("503")));
    QCOMPARE(page->model()->rowCount(), 1500); // what was shown stays
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("progressLabel"))
                ->text()
                .startsWith(QLatin1String("Loading failed")));
    screenshot(QStringLiteral("orders-error"));
    // Retry from the banner once the service is back.
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
    page->banner()->findChild<QPushButton *>(QStringLiteral("errorBannerAction"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1500, 20000);
    QVERIFY(!page->banner()->isVisible());
}

void tst_MainWindow::columnChooser() {
    OrdersScreen *page = m_window->ordersScreen();
    QHeaderView *header = page->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(OrdersModel::RequesterColumn));
    QSignalSpy saved(page, &OrdersScreen::headerStateChanged);
    page->findChild<QPushButton *>(QStringLiteral("columnsButton"))->click();
    auto *menu = page->findChild<QMenu *>(QStringLiteral("columnMenu"));
    QVERIFY(menu);
    auto *requester = menu->findChild<QAction *>(QStringLiteral("column_requester"));
    QVERIFY(requester);
    QVERIFY(!requester->isChecked());
    requester->trigger();
    menu->close();
    QVERIFY(!header->isSectionHidden(OrdersModel::RequesterColumn));
    QVERIFY(saved.wait(2000)); // the layout is offered for saving with the profile
    // The last visible column cannot be hidden.
    for (int c = 0; c < OrdersModel::ColumnCount; ++c)
        page->setColumnVisible(c, c == OrdersModel::CommonNameColumn);
    page->findChild<QPushButton *>(QStringLiteral("columnsButton"))->click();
    menu = page->findChildren<QMenu *>(QStringLiteral("columnMenu")).last();
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("column_common_name"))->isEnabled());
    menu->findChild<QAction *>(QStringLiteral("resetColumns"))->trigger();
    menu->close();
    QVERIFY(!header->isSectionHidden(OrdersModel::StatusColumn));
    QVERIFY(header->isSectionHidden(OrdersModel::RequesterColumn));
}

void tst_MainWindow::exportCsvIsWhatIsShown() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    QTemporaryDir dir;
    // Filter, sort and choose columns, then export.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("orderSearch"));
    search->setText(QStringLiteral("example"));
    page->table()->sortByColumn(OrdersModel::ValidTillColumn, Qt::AscendingOrder);
    page->setColumnVisible(OrdersModel::ContainerColumn, true);
    page->setColumnVisible(OrdersModel::SanCountColumn, false);
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QCOMPARE(page->exportCsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = OrderCsv::parse(QString::fromUtf8(file.readAll()));
    QAbstractItemModel *shown = page->table()->model();
    QCOMPARE(rows.size(), shown->rowCount() + 1);
    const QStringList header = rows.first();
    QVERIFY(header.contains(QStringLiteral("container_name")));
    QVERIFY(!header.contains(QStringLiteral("sans")));
    QCOMPARE(header.first(), QStringLiteral("order_id"));
    const int idColumn = int(header.indexOf(QStringLiteral("order_id")));
    const int tillColumn = int(header.indexOf(QStringLiteral("valid_till")));
    for (int r = 0; r < shown->rowCount(); ++r) {
        QCOMPARE(rows.at(r + 1).at(idColumn),
                 QString::number(shown->index(r, 0).data(OrdersModel::OrderIdRole).toLongLong()));
        if (r > 0 && !rows.at(r).at(tillColumn).isEmpty())
            QVERIFY(rows.at(r).at(tillColumn) <= rows.at(r + 1).at(tillColumn));
    }
    // A folder that cannot be written gives a message naming the file.
    QVERIFY(page->exportCsv(QStringLiteral("/nonexistent-dir/x.csv"))
                .contains(QLatin1String("/nonexistent-dir/x.csv")));
    search->clear();
    page->restoreHeaderState({});
}

void tst_MainWindow::downloadTheSelectedCertificate() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    QAbstractItemModel *shown = page->table()->model();
    auto rowWith = [shown](const QString &status) {
        for (int r = 0; r < shown->rowCount(); ++r)
            if (shown->index(r, 0).data(OrdersModel::StatusRole).toString() == status)
                return r;
        return -1;
    };
    auto *download = page->findChild<QPushButton *>(QStringLiteral("downloadButton"));
    page->table()->selectRow(rowWith(QStringLiteral("pending")));
    QVERIFY(!download->isEnabled());
    QVERIFY(download->toolTip().contains(QLatin1String("no issued certificate")));

    page->table()->selectRow(rowWith(QStringLiteral("issued")));
    QVERIFY(download->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.pem"));
    QSignalSpy done(page, &OrdersScreen::downloadFinished);
    page->downloadSelected(QStringLiteral("pem_all"), path);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(QSslCertificate::fromPath(path).size(), 3);
    QVERIFY(page->banner()->message().contains(path));

    page->downloadSelected(QStringLiteral("pem"), QString());
    QVERIFY(done.wait(10000));
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QLatin1String("-----BEGIN CERTIFICATE-----")));
}

void tst_MainWindow::changedOrdersUpdateTheTableAndNotify() {
    OrdersScreen *page = m_window->ordersScreen();
    QTRY_VERIFY(!page->isLoading());
    // A real look at status-changes: every changed order is fetched and replaces its row.
    QSignalSpy finished(m_window->statusWatcher(), &StatusWatcher::pollFinished);
    QSignalSpy changed(m_window->statusWatcher(), &StatusWatcher::orderChanged);
    m_window->statusWatcher()->pollNow(StatusChange::kMaxMinutes);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), finished.first().first().toInt(), 10000);
    QCOMPARE(page->model()->rowCount(), 1500);
    // A pending order that comes back issued is announced.
    int row = -1;
    for (int r = 0; r < page->model()->rowCount() && row < 0; ++r)
        if (page->model()->orderAt(r).status == QLatin1String("pending"))
            row = r;
    QVERIFY(row >= 0);
    Order issued = page->model()->orderAt(row);
    issued.status = QStringLiteral("issued");
    emit m_window->statusWatcher()->orderChanged(issued);
    QVERIFY2(m_window->lastNotification().contains(QLatin1String("Certificate issued")),
             qPrintable(m_window->lastNotification()));
    QCOMPARE(page->model()->orderAt(row).status, QStringLiteral("issued"));
}

void tst_MainWindow::everyPageFitsAt1280x800() {
    // The size the brief asks pages to look right at; each page's table shows its columns
    // without a horizontal scroll bar, and the orders' common names get real room.
    m_window->resize(1280, 800);
    const QList<QPair<int, QString>> pages = {
        {MainWindow::DashboardScreenIndex, QStringLiteral("page-dashboard")},
        {MainWindow::OrdersScreenIndex, QStringLiteral("page-orders")},
        {MainWindow::DomainsScreenIndex, QStringLiteral("page-domains")},
        {MainWindow::OrganizationsScreenIndex, QStringLiteral("page-organizations")},
        {MainWindow::VerifiedContactsScreenIndex, QStringLiteral("page-verified-contacts")},
        {MainWindow::FinanceScreenIndex, QStringLiteral("page-finance")}};
    for (const auto &[index, name] : pages) {
        m_window->showScreen(index);
        QCOMPARE(m_window->currentScreen(), index);
        QWidget *page = m_window->findChild<QStackedWidget *>()->currentWidget();
        QVERIFY(page->isVisible());
        // Let the page load its rows before looking.
        QTRY_VERIFY_WITH_TIMEOUT(
            [page] {
                for (auto *view : page->findChildren<QAbstractItemView *>())
                    if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                        return true;
                return page->findChildren<QAbstractItemView *>().isEmpty() ||
                       page->objectName() == QLatin1String("verifiedContactsScreen");
            }(),
            20000);
        // A page still loading a second list lays it out when it arrives (the Finance page's
        // history after its balances): the check waits for that, then looks.
        if (auto *finance = qobject_cast<FinanceScreen *>(page))
            QTRY_VERIFY_WITH_TIMEOUT(!finance->isLoading(), 20000);
        QCoreApplication::processEvents();
        for (auto *table : page->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            if (table->horizontalScrollBar()->isVisible())
                screenshot(name);
            QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                     qPrintable(name + QStringLiteral(": ") + table->objectName() +
                                QStringLiteral(" scrolls sideways")));
        }
        screenshot(name);
    }
    auto *orders = m_window->ordersScreen()->table();
    QVERIFY(orders->columnWidth(OrdersModel::CommonNameColumn) >= 200);
    m_window->showScreen(MainWindow::OrdersScreenIndex);
}

void tst_MainWindow::shortcutsAboutAndLanguage() {
    // Ctrl+F goes to the orders' search from any page.
    m_window->showScreen(MainWindow::DashboardScreenIndex);
    auto *find = m_window->findChild<QAction *>(QStringLiteral("findAction"));
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    QCOMPARE(m_window->currentScreen(), int(MainWindow::OrdersScreenIndex));
    // The window's focus widget (it has the keyboard as soon as the window is active).
    QCOMPARE(m_window->focusWidget(),
             m_window->findChild<QLineEdit *>(QStringLiteral("orderSearch")));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->shortcut(),
             QKeySequence(QKeySequence::Refresh));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("newOrderAction"))->shortcut(),
             QKeySequence(QKeySequence::New));
    // About names the versions of what CertDesk runs on.
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))));
    const QString versions =
        about->findChild<QLabel *>(QStringLiteral("componentVersions"))->text();
    QVERIFY2(versions.contains(QLatin1String("Qt 6")), qPrintable(versions));
    QVERIFY2(versions.contains(QLatin1String("OpenSSL")), qPrintable(versions));
    QVERIFY2(versions.contains(QLatin1String("QtKeychain 0.")), qPrintable(versions));
    about->close();
    // The language is chosen in the View menu and kept.
    auto *german = m_window->findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(german);
    german->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    m_window->findChild<QAction *>(QStringLiteral("language_system"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QString());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
