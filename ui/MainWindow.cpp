#include "MainWindow.h"

#include "CertCentralClient.h"
#include "ErrorBanner.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "UserCall.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
QString roleName(const QString &id) {
    if (id == QLatin1String("admin"))
        return MainWindow::tr("Administrator");
    if (id == QLatin1String("manager"))
        return MainWindow::tr("Manager");
    if (id == QLatin1String("finance_manager"))
        return MainWindow::tr("Finance manager");
    if (id == QLatin1String("user"))
        return MainWindow::tr("Standard user");
    if (id == QLatin1String("limited_user"))
        return MainWindow::tr("Limited user");
    return id;
}
} // namespace

MainWindow::MainWindow(CertCentralClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_orders(new OrdersPage(client, this))
    , m_startupBanner(new ErrorBanner(this))
    , m_connection(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_lastRefresh(new QLabel(this))
    , m_budget(new QLabel(this))
    , m_budgetTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    resize(1280, 800);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    toolbar->addWidget(m_connection);
    toolbar->addSeparator();
    toolbar->addWidget(m_userLabel);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    QAction *refresh = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                          tr("Refresh"), m_orders, &OrdersPage::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(refresh);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->addItem(tr("Orders"));
    m_nav->setCurrentRow(0);
    m_nav->setFixedWidth(120);
    m_pages->addWidget(m_orders);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_pages, 1);
    auto *outer = new QVBoxLayout(central);
    outer->addWidget(m_startupBanner);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_lastRefresh->setObjectName(QStringLiteral("lastRefresh"));
    m_budget->setObjectName(QStringLiteral("apiBudget"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancel);
    statusBar()->addPermanentWidget(m_lastRefresh);
    statusBar()->addPermanentWidget(m_budget);
    m_progress->hide();
    m_cancel->hide();

    connect(m_cancel, &QPushButton::clicked, m_orders, &OrdersPage::cancelLoading);
    connect(m_orders, &OrdersPage::loadingStarted, this, [this] { onLoadingProgress(0, 0); });
    connect(m_orders, &OrdersPage::loadingProgress, this, &MainWindow::onLoadingProgress);
    connect(m_orders, &OrdersPage::loadingFinished, this, &MainWindow::onLoadingFinished);
    connect(m_client, &CertCentralClient::requestCountChanged, this, &MainWindow::updateBudget);
    // The window slides; refresh the count while it does.
    m_budgetTimer->setInterval(1000);
    connect(m_budgetTimer, &QTimer::timeout, this, &MainWindow::updateBudget);
    m_budgetTimer->start();
    updateBudget();
}

void MainWindow::showConnecting(const QString &text) {
    m_connection->setText(text);
    m_orders->setEnabled(false);
}

void MainWindow::showStartupError(const QString &message) {
    m_connection->setText(tr("Not connected"));
    m_startupBanner->showError(message, QString(), tr("Dismiss"));
    connect(m_startupBanner, &ErrorBanner::actionTriggered, m_startupBanner, &ErrorBanner::clear,
            Qt::UniqueConnection);
}

void MainWindow::start() {
    m_orders->setEnabled(true);
    m_startupBanner->clear();
    const QUrl base = m_client->baseUrl();
    const QString where =
        base.port() > 0 ? QStringLiteral("%1:%2").arg(base.host()).arg(base.port()) : base.host();
    m_connection->setText(m_profileName.isEmpty() ? tr("Connected to %1").arg(where)
                                                  : tr("%1 (%2)").arg(m_profileName, where));
    m_connection->setToolTip(base.toString());
    m_userLabel->setText(tr("Signing in…"));
    UserCall *call = m_client->me();
    connect(call, &UserCall::received, this, [this](const UserInfo &user) {
        m_user = user;
        QStringList roles;
        for (const QString &role : user.accessRoles)
            roles << roleName(role);
        m_userLabel->setText(roles.isEmpty() ? user.displayName()
                                             : tr("%1 (%2)").arg(user.displayName(),
                                                                 roles.join(QStringLiteral(", "))));
    });
    connect(call, &UserCall::failed, this, [this](const ApiError &error) {
        m_userLabel->setText(tr("Not signed in"));
        m_startupBanner->showError(error.message(), error.shortCode(), tr("Dismiss"));
        connect(m_startupBanner, &ErrorBanner::actionTriggered, m_startupBanner,
                &ErrorBanner::clear, Qt::UniqueConnection);
    });
    m_orders->refresh();
}

void MainWindow::updateBudget() {
    m_budget->setText(tr("API: %1/%2 per 5 s")
                          .arg(m_client->requestsInShortWindow())
                          .arg(m_client->shortWindowLimit()));
}

void MainWindow::onLoadingProgress(qint64 loaded, qint64 total) {
    const QLocale locale;
    m_progress->show();
    m_cancel->show();
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Loading orders…"));
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(loaded * 1000 / total));
    m_progressLabel->setText(
        tr("%1 of %2 orders loaded").arg(locale.toString(loaded), locale.toString(total)));
}

void MainWindow::onLoadingFinished(qint64 loaded, qint64 total, bool complete) {
    const QLocale locale;
    m_progress->hide();
    m_cancel->hide();
    if (complete)
        m_progressLabel->setText(tr("%Ln order(s) loaded", nullptr, int(loaded)));
    else if (loaded == 0)
        m_progressLabel->setText(tr("Loading failed; the table shows what was loaded before"));
    else
        m_progressLabel->setText(tr("%1 of %2 orders loaded; some are missing")
                                     .arg(locale.toString(loaded), locale.toString(total)));
    if (m_orders->lastRefresh().isValid())
        m_lastRefresh->setText(
            tr("Last refresh %1")
                .arg(locale.toString(m_orders->lastRefresh().time(), QLocale::ShortFormat)));
}
