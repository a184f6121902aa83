#include "ui/dashboard/DashboardScreen.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"

#include "models/OrdersModel.h"

#include "services/FinanceService.h"
#include "services/RequestService.h"
#include "ui/common/PageTitle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
const QStringList kStatuses = {QStringLiteral("issued"),         QStringLiteral("pending"),
                               QStringLiteral("waiting_pickup"), QStringLiteral("reissue_pending"),
                               QStringLiteral("expired"),        QStringLiteral("revoked"),
                               QStringLiteral("rejected"),       QStringLiteral("canceled")};
} // namespace

DashboardScreen::DashboardScreen(OrdersModel *orders, QWidget *parent)
    : QWidget(parent)
    , m_orders(orders)
    , m_today(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_refreshTimer(new QTimer(this))
    , m_pendingRequests(nullptr)
    , m_balance(nullptr) {
    setObjectName(QStringLiteral("dashboardScreen"));
    auto *title = new PageTitle(tr("Dashboard"), this);
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));

    auto *expiryBox = new QGroupBox(tr("Certificates expiring"), this);
    auto *expiryGrid = new QGridLayout(expiryBox);
    addCount(expiryGrid, 0, 0, QStringLiteral("expiring_30"));
    addCount(expiryGrid, 0, 1, QStringLiteral("expiring_60"));
    addCount(expiryGrid, 0, 2, QStringLiteral("expiring_90"));
    addCount(expiryGrid, 0, 3, QStringLiteral("pending_dcv"));

    auto *accountBox = new QGroupBox(tr("Account"), this);
    auto *accountGrid = new QGridLayout(accountBox);
    m_pendingRequests = addCount(accountGrid, 0, 0, QStringLiteral("pending_requests"));
    m_balance = addCount(accountGrid, 0, 1, QStringLiteral("balance"));
    for (QPushButton *tile : {m_pendingRequests, m_balance})
        tile->setMinimumWidth(200);
    accountGrid->setColumnStretch(0, 1);
    accountGrid->setColumnStretch(1, 1);
    // The account tiles open the pages behind them.
    connect(m_pendingRequests, &QPushButton::clicked, this, &DashboardScreen::requestsOpened);
    connect(m_balance, &QPushButton::clicked, this, &DashboardScreen::financeOpened);
    m_pendingRequests->setText(tr("—\npending requests"));
    m_balance->hide();

    auto *statusBox = new QGroupBox(tr("Orders by status"), this);
    auto *statusGrid = new QGridLayout(statusBox);
    for (int i = 0; i < kStatuses.size(); ++i)
        addCount(statusGrid, i / 4, i % 4, QStringLiteral("count_") + kStatuses.at(i));

    m_chart->setObjectName(QStringLiteral("expiryChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->setTitle(tr("Expirations per month (issued certificates, next 12 months)"));
    m_chart->chart()->legend()->hide();
    m_chart->chart()->setAnimationOptions(QChart::NoAnimation);

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(16);
    head->addWidget(m_summary, 1);
    layout->addLayout(head);
    // One row each: side by side they asked for more than 1280 pixels in German.
    layout->addWidget(expiryBox);
    layout->addWidget(accountBox);
    layout->addWidget(statusBox);
    layout->addWidget(m_chart, 1);

    // Follow the model while pages arrive, a few times a second at most.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardScreen::refresh);
    connect(m_orders, &QAbstractItemModel::rowsInserted, m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(m_orders, &QAbstractItemModel::modelReset, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_orders, &QAbstractItemModel::dataChanged, m_refreshTimer,
            qOverload<>(&QTimer::start));
    refresh();
}

QPushButton *DashboardScreen::addCount(QGridLayout *grid, int row, int column,
                                       const QString &name) {
    auto *button = new QPushButton(this);
    button->setObjectName(name);
    button->setFlat(true);
    button->setMinimumHeight(56);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 6px 10px; "
                                         "border: 1px solid palette(mid); border-radius: 4px; }"
                                         "QPushButton:hover { background: palette(midlight); }"));
    grid->addWidget(button, row, column);
    connect(button, &QPushButton::clicked, this, [this, name] {
        if (name == QLatin1String("pending_requests") || name == QLatin1String("balance"))
            return;
        if (name.startsWith(QLatin1String("count_"))) {
            const QString status = name.mid(6);
            emit drillDown(status, {}, {}, OrdersModel::statusText(status));
        } else if (name == QLatin1String("pending_dcv")) {
            emit drillDown(QStringLiteral("pending"), {}, {}, tr("pending orders"));
        } else {
            const int days = name.mid(9).toInt();
            emit drillDown(QString(), m_today, m_today.addDays(days),
                           tr("certificates expiring within %1 days").arg(days));
        }
    });
    return button;
}

QPushButton *DashboardScreen::countButton(const QString &name) const {
    return findChild<QPushButton *>(name);
}

void DashboardScreen::setCount(const QString &name, int value, const QString &caption) {
    if (QPushButton *b = countButton(name)) {
        b->setText(QStringLiteral("%1\n%2").arg(QLocale().toString(value), caption));
        b->setToolTip(tr("Show these orders"));
    }
}

void DashboardScreen::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    m_balance->setVisible(roles.allows(RolePolicy::Capability::ViewFinance));
}

void DashboardScreen::refreshAccount() {
    if (!m_client)
        return;
    const auto requests = RequestService(m_client).count(QStringLiteral("pending"));
    requests.onResult(this, [this](qint64 total) {
        m_pendingRequests->setText(tr("%1\npending requests").arg(QLocale().toString(total)));
        m_pendingRequestCount = total;
        emit pendingRequestsCounted(total);
        m_pendingRequests->setToolTip(
            m_roles.allows(RolePolicy::Capability::ApproveRequests)
                ? tr("New orders, reissues, duplicates and revocations waiting for approval")
                : tr("Your requests waiting for an administrator or manager to approve them"));
    });
    requests.onFailed(this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_pendingRequests->setText(tr("—\npending requests"));
        m_pendingRequests->setToolTip(
            tr("The pending requests could not be counted: %1").arg(error.message()));
    });
    if (!m_roles.allows(RolePolicy::Capability::ViewFinance))
        return;
    const auto balance = FinanceService(m_client).balance();
    balance.onResult(this, [this](const AccountBalance &b) {
        const QString amount = Money::formatText(b.balance, b.currency);
        const QString available =
            !b.totalAvailableFunds.isEmpty()
                ? tr("%1 available").arg(Money::formatText(b.totalAvailableFunds, b.currency))
            : b.unlimitedNegativeBalance ? tr("no negative limit")
                                         : QString();
        m_balance->setText(available.isEmpty() ? tr("%1\nbalance").arg(amount)
                                               : tr("%1\nbalance · %2").arg(amount, available));
        QStringList tip{tr("The funds of your container in CertCentral.")};
        if (!b.unpaidInvoiceBalance.isEmpty())
            tip << tr("Unpaid invoices: %1")
                       .arg(Money::formatText(b.unpaidInvoiceBalance, b.currency));
        if (!b.negativeBalanceLimit.isEmpty())
            tip << tr("Negative balance limit: %1")
                       .arg(Money::formatText(b.negativeBalanceLimit, b.currency));
        m_balance->setToolTip(tip.join(QLatin1Char('\n')));
    });
    balance.onFailed(this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_balance->setText(tr("—\nbalance"));
        m_balance->setToolTip(tr("The balance could not be loaded: %1").arg(error.message()));
    });
}

void DashboardScreen::setServerFilter(const QString &description) {
    m_serverFilter = description;
    refresh();
}

void DashboardScreen::refresh() {
    m_stats = DashboardStats::compute(*m_orders, m_today);
    if (m_stats.total == 0)
        m_summary->setText(tr("No orders loaded yet."));
    else if (m_serverFilter.isEmpty())
        m_summary->setText(tr("%1 orders loaded").arg(QLocale().toString(m_stats.total)));
    else
        m_summary->setText(
            tr("Only the %1 orders matching the Orders page's filters are loaded (%2); clear "
               "them there for the whole account.")
                .arg(QLocale().toString(m_stats.total), m_serverFilter));
    setCount(QStringLiteral("expiring_30"), m_stats.expiring30, tr("within 30 days"));
    setCount(QStringLiteral("expiring_60"), m_stats.expiring60, tr("within 60 days"));
    setCount(QStringLiteral("expiring_90"), m_stats.expiring90, tr("within 90 days"));
    setCount(QStringLiteral("pending_dcv"), m_stats.pendingDcv, tr("pending (DCV or approval)"));
    for (const QString &status : kStatuses)
        setCount(QStringLiteral("count_") + status, m_stats.byStatus.value(status),
                 OrdersModel::statusText(status));
    rebuildChart();
}

void DashboardScreen::rebuildChart() {
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *set = new QBarSet(tr("Expiring"));
    set->setColor(QColor(0x1f, 0x5f, 0xa8));
    QStringList months;
    int highest = 0;
    for (int i = 0; i < m_stats.perMonth.size(); ++i) {
        *set << m_stats.perMonth.at(i);
        highest = qMax(highest, m_stats.perMonth.at(i));
        months << QLocale().toString(m_stats.monthStart(i), QStringLiteral("MMM yy"));
    }
    auto *series = new QBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(months);
    auto *y = new QValueAxis(chart);
    y->setRange(0, qMax(4, int(highest * 1.15) + 1));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this](int index) {
        emit drillDown(
            QString(), m_stats.monthStart(index), m_stats.monthEnd(index),
            tr("certificates expiring in %1")
                .arg(QLocale().toString(m_stats.monthStart(index), QStringLiteral("MMMM yyyy"))));
    });
}
