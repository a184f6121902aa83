#include "ui/shell/MainWindow.h"

#include "api/CertCentralClient.h"
#include "api/StatusWatcher.h"
#include "models/ChangeNotice.h"
#include "models/OrdersModel.h"
#include "services/AccountService.h"
#include "ui/common/AccessibleForms.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/QuietLabel.h"
#include "ui/dashboard/DashboardScreen.h"
#include "ui/domains/DomainsScreen.h"
#include "ui/finance/FinanceScreen.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui/organizations/OrganizationsScreen.h"
#include "ui/organizations/VerifiedContactsScreen.h"
#include "ui/requests/RequestsScreen.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/LoadStatus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(CertCentralClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_orders(new OrdersScreen(client, this))
    , m_dashboard(new DashboardScreen(m_orders->model(), this))
    , m_domains(new DomainsScreen(client, this))
    , m_organizations(new OrganizationsScreen(client, this))
    , m_verifiedContacts(new VerifiedContactsScreen(client, this))
    , m_requests(new RequestsScreen(client, this))
    , m_finance(new FinanceScreen(client, this))
    , m_startupBanner(new ErrorBanner(this))
    , m_profileSwitcher(new QComboBox(this))
    , m_connection(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_watcher(new StatusWatcher(client, this))
    , m_loadStatus(new LoadStatus(statusBar(), client)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    resize(1280, 800);

    buildToolbar();
    buildViewMenu();
    buildProfileMenu();
    buildNavigation();
    buildPages();
    connectWatcher();
    connectPages();
    connectClient();
}

// The toolbar (session, refresh, new order) and the File menu that shares its actions.
void MainWindow::buildToolbar() {
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setToolTip(tr("Switch between CertCentral accounts"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileSwitcher->hide();
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    // One container for the session's widgets: its layout resizes them as their text changes.
    auto *sessionBar = new QWidget(toolbar);
    sessionBar->setObjectName(QStringLiteral("sessionBar"));
    auto *sessionLayout = new QHBoxLayout(sessionBar);
    sessionLayout->setContentsMargins(4, 0, 4, 0);
    sessionLayout->setSpacing(10);
    auto *profileLabel = new QLabel(tr("Profile:"), sessionBar);
    profileLabel->setBuddy(m_profileSwitcher);
    profileLabel->hide(); // shown with the switcher once there are profiles
    m_profileSwitcher->setParent(sessionBar);
    m_connection->setParent(sessionBar);
    m_userLabel->setParent(sessionBar);
    QuietLabel::quieten(m_connection);
    sessionLayout->addWidget(profileLabel);
    sessionLayout->addWidget(m_profileSwitcher);
    sessionLayout->addWidget(m_connection);
    sessionLayout->addSpacing(12);
    sessionLayout->addWidget(m_userLabel);
    sessionLayout->addStretch(1);
    sessionBar->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(sessionBar);
    QAction *refresh = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                          tr("Refresh"), m_orders, &OrdersScreen::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));

    QAction *newOrderAction = toolbar->addAction(tr("New order…"), this, [this] { newOrder(); });
    newOrderAction->setObjectName(QStringLiteral("newOrderAction"));
    newOrderAction->setShortcut(QKeySequence::New);
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newOrderAction);
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
}

// Background refresh through status-changes (the interval is kept in the settings), find and
// the language.
void MainWindow::buildViewMenu() {
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *checkNow =
        viewMenu->addAction(tr("Check for changes &now"), this, [this] { m_watcher->pollNow(); });
    checkNow->setObjectName(QStringLiteral("checkNowAction"));
    QMenu *every = viewMenu->addMenu(tr("Check for changes &every"));
    auto *intervals = new QActionGroup(this);
    const int saved = QSettings().value(QStringLiteral("statusPollMinutes"), 10).toInt();
    m_watcher->setIntervalMinutes(saved);
    for (int minutes : {5, 10, 30, 60}) {
        QAction *action = every->addAction(tr("%1 minutes").arg(minutes));
        action->setObjectName(QStringLiteral("poll_%1").arg(minutes));
        action->setCheckable(true);
        action->setChecked(minutes == m_watcher->intervalMinutes());
        intervals->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes] {
            m_watcher->setIntervalMinutes(minutes);
            QSettings().setValue(QStringLiteral("statusPollMinutes"), minutes);
        });
    }
    QAction *find = viewMenu->addAction(tr("&Find orders"), this, [this] {
        m_nav->setCurrentRow(1);
        m_orders->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    auto *language = new LanguageMenu(viewMenu);
    viewMenu->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("CertDesk uses the new language after a restart."), 15000);
    });
}

void MainWindow::buildProfileMenu() {
    auto *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->setObjectName(QStringLiteral("profileMenu"));
    auto addProfileAction = [this, profileMenu](const QString &text, const char *name,
                                                void (MainWindow::*signal)()) {
        QAction *action = profileMenu->addAction(text, this, signal);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    addProfileAction(tr("&Add profile…"), "addProfileAction", &MainWindow::addProfileRequested);
    addProfileAction(tr("&Rename profile…"), "renameProfileAction",
                     &MainWindow::renameProfileRequested);
    addProfileAction(tr("Change API &key…"), "changeKeyAction", &MainWindow::changeKeyRequested);
    profileMenu->addSeparator();
    addProfileAction(tr("&Sign out…"), "signOutAction", &MainWindow::signOutRequested);
    addProfileAction(tr("Re&move profile…"), "removeProfileAction",
                     &MainWindow::removeProfileRequested);
    profileMenu->addSeparator();
    addProfileAction(tr("Try the sand&box"), "sandboxAction", &MainWindow::sandboxRequested);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CertDesk"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        emit profileChosen(m_profileSwitcher->itemData(index).toString());
    });
}

// The page list on the left, as wide as its longest entry.
void MainWindow::buildNavigation() {
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->addItem(tr("Dashboard"));
    //: Navigation entry: certificate orders (purchases of certificates), not sorting.
    m_nav->addItem(tr("Orders"));
    m_nav->addItem(tr("Domains"));
    m_nav->addItem(tr("Organizations"));
    m_nav->addItem(tr("Verified contacts"));
    //: Navigation entry: the approvals queue. A count may follow: "Requests (3)".
    m_nav->addItem(tr("Requests"));
    //: Navigation entry: balances, balance history, moving funds.
    m_nav->addItem(tr("Finance"));
    // As wide as the longest item in the user's language ("Verifizierte Kontakte").
    int navWidth = 120;
    for (int i = 0; i < m_nav->count(); ++i) {
        // Room for the pending count beside Requests ("Requests (12)").
        const QString text = i == RequestsScreenIndex
                                 ? tr("Requests (%1)").arg(QLocale().toString(999))
                                 : m_nav->item(i)->text();
        navWidth = qMax(navWidth, m_nav->fontMetrics().horizontalAdvance(text) +
                                      2 * m_nav->frameWidth() + 16);
    }
    m_nav->setFixedWidth(navWidth);
}

void MainWindow::buildPages() {
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_orders);
    m_pages->addWidget(m_domains);
    m_pages->addWidget(m_organizations);
    m_pages->addWidget(m_verifiedContacts);
    m_pages->addWidget(m_requests);
    m_pages->addWidget(m_finance);
    AccessibleForms::nameControls(this);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
    connect(m_orders, &OrdersScreen::serverFilterChanged, m_dashboard,
            &DashboardScreen::setServerFilter);
    connect(m_dashboard, &DashboardScreen::drillDown, this,
            [this](const QString &status, const QDate &from, const QDate &to,
                   const QString &description) {
                m_orders->showLocalFilter(status, from, to, description);
                showScreen(OrdersScreenIndex);
            });

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_startupBanner);
    outer->addLayout(body, 1);
    setCentralWidget(central);
}

// Changes found by the background refresh reach the table, the dashboard and the tray.
void MainWindow::connectWatcher() {
    connect(m_watcher, &StatusWatcher::orderChanged, this, &MainWindow::onOrderChanged);
    m_dashboard->setClient(m_client);
    // The background refresh also renews the dashboard's pending requests and balance.
    connect(m_watcher, &StatusWatcher::pollFinished, m_dashboard, &DashboardScreen::refreshAccount);
    connect(m_watcher, &StatusWatcher::pollFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Checking for changes failed: %1").arg(message), 15000);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("CertDesk"));
        m_tray->show();
    }
}

// What one page tells another, and the loading progress in the status bar.
void MainWindow::connectPages() {
    connect(m_loadStatus, &LoadStatus::cancelRequested, m_orders, &OrdersScreen::cancelLoading);
    connect(m_startupBanner, &ErrorBanner::actionTriggered, this, [this] {
        const auto action = m_startupAction;
        m_startupBanner->clear();
        if (action)
            action();
    });
    connect(m_orders, &OrdersScreen::loadingStarted, m_loadStatus,
            [this] { m_loadStatus->showProgress(0, 0); });
    connect(m_orders, &OrdersScreen::loadingProgress, m_loadStatus, &LoadStatus::showProgress);
    connect(m_orders, &OrdersScreen::loadingFinished, m_loadStatus,
            [this](qint64 loaded, qint64 total, bool complete) {
                m_loadStatus->showFinished(loaded, total, complete, m_orders->lastRefresh());
            });
    connect(m_orders, &OrdersScreen::loadingFinished, this, &MainWindow::updateTray);
    connect(m_dashboard, &DashboardScreen::pendingRequestsCounted, this,
            &MainWindow::setPendingBadge);
    connect(m_requests, &RequestsScreen::pendingCountChanged, this, &MainWindow::setPendingBadge);
    connect(m_requests, &RequestsScreen::decisionsMade, m_orders, &OrdersScreen::refresh);
    connect(m_dashboard, &DashboardScreen::requestsOpened, this,
            [this] { showScreen(RequestsScreenIndex); });
    connect(m_dashboard, &DashboardScreen::financeOpened, this,
            [this] { showScreen(FinanceScreenIndex); });
    // Paying changes the funds the dashboard shows.
    connect(m_finance, &FinanceScreen::fundsTransferred, m_dashboard,
            &DashboardScreen::refreshAccount);
}

// A key that turns out to be restricted.
void MainWindow::connectClient() {
    // A refused change that the role allows means the key itself is restricted: from then on
    // every change is disabled with that reason.
    connect(m_client, &CertCentralClient::permissionRefused, this,
            [this](const QByteArray &method) {
                if (method == "GET" || m_roles.isViewOnlyKey() || m_roles.roles().isEmpty())
                    return;
                setRoles(RolePolicy(m_roles.roles(), true));
                m_userLabel->setText(tr("%1 (%2)").arg(m_user.displayName(), m_roles.roleNames()));
            });
}

OrderWizard *MainWindow::newOrder() {
    auto *wizard = new OrderWizard(m_client, m_roles, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &OrderWizard::openOrderRequested, this, [this](qint64 orderId) {
        showScreen(OrdersScreenIndex);
        m_orders->refresh();
        m_orders->revealOrder(orderId);
    });
    connect(wizard, &QWizard::finished, this, [this] { m_orders->refresh(); });
    wizard->open();
    return wizard;
}

MainWindow::~MainWindow() {
    // The pages are destroyed after this body and may cancel their calls as they go; the client
    // then reports its request count, which must not reach a window that is half gone.
    m_loadStatus->stop();
}

void MainWindow::showConnecting(const QString &text) {
    m_connection->setText(text);
    m_orders->setEnabled(false);
}

void MainWindow::showStartupError(const QString &message, const QString &actionText,
                                  std::function<void()> action) {
    m_connection->setText(tr("Not connected"));
    m_userLabel->clear();
    m_startupAction = std::move(action);
    m_startupBanner->showError(message, QString(),
                               actionText.isEmpty() ? tr("Dismiss") : actionText);
}

void MainWindow::setProfiles(const QList<Profile> &profiles, const QString &activeId) {
    m_profileSwitcher->clear();
    for (const Profile &p : profiles) {
        m_profileSwitcher->addItem(p.name, p.id);
        m_profileSwitcher->setItemData(m_profileSwitcher->count() - 1, p.effectiveUrl().toString(),
                                       Qt::ToolTipRole);
    }
    m_profileSwitcher->setCurrentIndex(m_profileSwitcher->findData(activeId));
    m_profileSwitcher->setVisible(!profiles.isEmpty());
    if (auto *label = findChild<QWidget *>(QStringLiteral("sessionBar")))
        label->layout()->itemAt(0)->widget()->setVisible(!profiles.isEmpty());
    const bool haveProfile = !activeId.isEmpty();
    for (const char *name :
         {"renameProfileAction", "changeKeyAction", "signOutAction", "removeProfileAction"})
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(haveProfile);
}

void MainWindow::setRoles(const RolePolicy &roles) {
    // One place tells every page and action what the signed-in user may do.
    m_roles = roles;
    if (auto *action = findChild<QAction *>(QStringLiteral("newOrderAction"))) {
        const QString reason = m_roles.reasonDenied(RolePolicy::Capability::PlaceOrders);
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? tr("Order a certificate") : reason);
    }
    m_dashboard->setRolePolicy(m_roles);
    m_orders->setRolePolicy(m_roles);
    m_domains->setRolePolicy(m_roles);
    m_organizations->setRolePolicy(m_roles);
    m_verifiedContacts->setRolePolicy(m_roles);
    m_requests->setRolePolicy(m_roles);
    // Finance is for administrators and finance managers: the entry says why it is off.
    m_finance->setRolePolicy(m_roles);
    const QString financeDenied = m_roles.reasonDenied(RolePolicy::Capability::ViewFinance);
    if (QListWidgetItem *item = m_nav->item(FinanceScreenIndex)) {
        item->setFlags(financeDenied.isEmpty() ? item->flags() | Qt::ItemIsEnabled
                                               : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(financeDenied);
    }
    if (financeDenied.isEmpty())
        m_finance->refresh();
    else if (currentScreen() == FinanceScreenIndex)
        showScreen(DashboardScreenIndex);
}

void MainWindow::showSignedOut(const QString &message) {
    m_orders->cancelLoading();
    m_orders->model()->clear();
    m_orders->setEnabled(false);
    m_user = UserInfo();
    setRoles(RolePolicy());
    showStartupError(message, tr("Sign in…"), [this] { emit changeKeyRequested(); });
}

void MainWindow::start() {
    m_orders->setEnabled(true);
    m_startupBanner->clear();
    const QUrl base = m_client->baseUrl();
    const QString where =
        base.port() > 0 ? QStringLiteral("%1:%2").arg(base.host()).arg(base.port()) : base.host();
    if (m_profileSwitcher->count() > 0)
        m_connection->setText(where);
    else
        m_connection->setText(m_profileName.isEmpty() ? tr("Connected to %1").arg(where)
                                                      : tr("%1 (%2)").arg(m_profileName, where));
    m_connection->setToolTip(base.toString());
    m_userLabel->setText(tr("Signing in…"));
    const auto call = AccountService(m_client).me();
    call.onResult(this, [this](const UserInfo &user) {
        m_user = user;
        m_finance->setOwnDivision(user.containerName);
        setRoles(RolePolicy(user.accessRoles, user.viewOnlyKey));
        m_dashboard->refreshAccount();
        const QString roles = m_roles.roleNames();
        m_userLabel->setText(roles.isEmpty() ? user.displayName()
                                             : tr("%1 (%2)").arg(user.displayName(), roles));
        m_userLabel->setToolTip(user.email);
    });
    call.onFailed(this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (error.hasCode(QStringLiteral("access_denied|access_denied_invalid_key")))
            showStartupError(error.message(), tr("Change API key…"),
                             [this] { emit changeKeyRequested(); });
        else
            showStartupError(error.message(), tr("Retry"), [this] { start(); });
        m_userLabel->setText(tr("Not signed in"));
    });
    m_orders->refresh();
    m_domains->refresh();
    m_organizations->refresh();
    m_verifiedContacts->refresh();
    m_requests->refresh();
    showScreen(DashboardScreenIndex);
    m_watcher->start();
}

void MainWindow::onOrderChanged(const Order &order) {
    OrdersModel *model = m_orders->model();
    const int row = model->rowOfOrder(order.id);
    const Order before = row >= 0 ? model->orderAt(row) : Order();
    const QString notice =
        ChangeNotice::describe(row >= 0 ? &before : nullptr, order, QDate::currentDate());
    if (row >= 0)
        model->updateOrder(order);
    else
        model->appendOrders({order});
    if (!notice.isEmpty())
        notify(notice);
}

void MainWindow::notify(const QString &text) {
    m_lastNotification = text;
    if (m_tray)
        m_tray->showMessage(tr("CertDesk"), text, QSystemTrayIcon::Information, 10000);
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showScreen(int index) {
    m_nav->setCurrentRow(index);
}

int MainWindow::currentScreen() const {
    return m_nav->currentRow();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    emit aboutToClose();
    QMainWindow::closeEvent(event);
}

QString MainWindow::trayText() const {
    const QDate today = QDate::currentDate();
    QStringList lines{tr("CertDesk")};
    if (const Order *next = m_orders->model()->nextToExpire(today))
        lines << tr("Next to expire: %1 on %2 (%n day(s))", nullptr,
                    int(today.daysTo(next->validTill)))
                     .arg(next->commonName,
                          QLocale().toString(next->validTill, QLocale::ShortFormat));
    if (m_pendingCount >= 0)
        lines << tr("%n pending request(s)", nullptr, int(m_pendingCount));
    return lines.join(QLatin1Char('\n'));
}

QString MainWindow::navigationText(int index) const {
    const QListWidgetItem *item = m_nav->item(index);
    return item ? item->text() : QString();
}

void MainWindow::setPendingBadge(qint64 count) {
    m_pendingCount = count;
    QListWidgetItem *item = m_nav->item(RequestsScreenIndex);
    if (!item)
        return;
    item->setText(count > 0 ? tr("Requests (%1)").arg(QLocale().toString(count)) : tr("Requests"));
    item->setToolTip(count >= 0 ? tr("%n request(s) waiting for a decision", nullptr, int(count))
                                : QString());
    updateTray();
}

void MainWindow::updateTray() {
    if (m_tray)
        m_tray->setToolTip(trayText());
}
