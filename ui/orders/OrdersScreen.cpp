#include "ui/orders/OrdersScreen.h"

#include "api/CertCentralClient.h"
#include "core/OrderCsv.h"
#include "core/OrderQuery.h"
#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/orders/DownloadButton.h"
#include "ui/orders/OrderActions.h"
#include "ui/orders/OrderColumns.h"
#include "ui/orders/OrderDetailsPane.h"
#include "ui/orders/OrderFilterBar.h"

#include "services/AccountService.h"
#include "services/OrderService.h"
#include "ui/common/PageTitle.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

OrdersScreen::OrdersScreen(CertCentralClient *client, QWidget *parent)
    : ListScreen(parent)
    , m_client(client)
    , m_model(new OrdersModel(this))
    , m_proxy(new OrdersFilterProxy(this)) {
    // Made here, in the order their controls take the focus.
    m_search = new QLineEdit(this);
    m_filters = new OrderFilterBar(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_columnsButton = new QPushButton(tr("Columns"), this);
    m_chip = new QWidget(this);
    m_chipText = new QLabel(m_chip);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_download = new DownloadButton(client, this);
    m_actionsButton = new QPushButton(tr("Actions"), this);
    m_actions = new OrderActions(client, this);
    m_count = new QLabel(this);
    m_table = new QTableView(this);
    m_banner = new ErrorBanner(this);
    m_details = new OrderDetailsPane(this);
    setObjectName(QStringLiteral("ordersScreen"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setToolTip(
        tr("Choose the columns to show (also from the table header's menu)"));
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_actionsButton->setObjectName(QStringLiteral("orderActionsButton"));
    m_actionsButton->setMenu(m_actions->menu());
    m_actionsButton->setToolTip(tr("Reissue, duplicate, revoke or cancel the selected order"));
    m_export->setToolTip(tr("Save the orders shown, with the visible columns, as a CSV file"));
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_table->setObjectName(QStringLiteral("ordersTable"));

    m_search->setPlaceholderText(tr("Filter loaded orders: number, name or SAN"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->setToolTip(tr("Filters the loaded orders as you type"));

    buildTable();
    buildLayout();
    connectActions();
    connectControls();
    updateCountLabel();
    updateActions();
}

void OrdersScreen::buildTable() {
    m_proxy->setSourceModel(m_model);
    m_proxy->setInsertDelay(OrdersFilterProxy::kLoadingInsertDelayMs);
    ListScreen::setUpTable(m_table, m_proxy, OrdersModel::OrderIdColumn, Qt::DescendingOrder);
    m_columns = new OrderColumns(m_table, m_model, m_proxy);
    connect(m_columns, &OrderColumns::stateChanged, this, &OrdersScreen::headerStateChanged);
}

// The title and tools row, the server filters, the local filter chip, the banner, and the
// table over the details.
void OrdersScreen::buildLayout() {
    //: Page title: certificate orders (purchases of certificates), not sorting.
    auto *title = new PageTitle(tr("Orders"), this);
    m_table->setAccessibleName(title->text());
    QHBoxLayout *filters = ListScreen::titleBar(
        title, m_search, {m_columnsButton, m_actionsButton, m_download, m_export, m_refresh});

    m_chip->setObjectName(QStringLiteral("localFilter"));
    m_chipText->setObjectName(QStringLiteral("localFilterText"));
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(0, 0, 0, 0);
    auto *clearChip = new QPushButton(tr("Show all"), m_chip);
    clearChip->setObjectName(QStringLiteral("clearLocalFilter"));
    chipLayout->addWidget(m_chipText);
    chipLayout->addWidget(clearChip);
    chipLayout->addStretch(1);
    m_chip->hide();
    connect(clearChip, &QPushButton::clicked, this, &OrdersScreen::clearLocalFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_filters);
    layout->addWidget(m_chip);
    layout->addWidget(m_banner);
    layout->addWidget(buildSplitter(), 1);
}

QSplitter *OrdersScreen::buildSplitter() {
    QSplitter *splitter = ListScreen::tableOverDetails(this, m_table, m_count, m_details);
    m_details->setMinimumHeight(170);
    m_details->setClient(m_client);
    connect(m_details, &OrderDetailsPane::loadFailed, this,
            [this](const QString &message, const ApiError &error) {
                m_banner->showProblem(message, error.shortCode());
            });
    splitter->setSizes({460, 250});
    splitter->setChildrenCollapsible(false);

    return splitter;
}

// The Actions and Download menus report in the banner; a changed order is read again.
void OrdersScreen::connectActions() {
    connect(m_actions, &OrderActions::message, this, [this](const QString &text, bool error) {
        if (error)
            m_banner->showProblem(text);
        else
            m_banner->showInfo(text);
    });
    connect(m_download, &DownloadButton::finished, this, &OrdersScreen::downloadFinished);
    connect(m_download, &DownloadButton::message, this,
            [this](const QString &text, bool error, const QString &code) {
                if (error)
                    m_banner->showProblem(text, code);
                else
                    m_banner->showInfo(text);
            });
    connect(m_actions, &OrderActions::orderChanged, this, &OrdersScreen::reloadOrder);
    connect(m_actions, &OrderActions::openOrderRequested, this, &OrdersScreen::revealOrder);
}

void OrdersScreen::connectControls() {
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A new filter resets the view; keep the selected order selected if it still shows.
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        const qint64 id =
            selected.isEmpty() ? 0 : selected.first().data(OrdersModel::OrderIdRole).toLongLong();
        m_restoringSelection = true;
        m_proxy->setSearchText(text);
        const bool kept = id > 0 && selectOrder(id);
        m_restoringSelection = false;
        if (id > 0 && !kept)
            onSelectionChanged(); // the selected order is filtered out
        updateCountLabel();
    });
    connect(m_filters, &OrderFilterBar::changed, this, &OrdersScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &OrdersScreen::refresh);
    connect(m_columnsButton, &QPushButton::clicked, this, [this] {
        m_columns->menu(this)->popup(
            m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height())));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export orders"), QStringLiteral("orders.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString problem = exportCsv(path);
        if (problem.isEmpty())
            m_banner->showInfo(
                tr("Saved %1 orders to %2.").arg(QLocale().toString(m_proxy->rowCount()), path));
        else
            m_banner->showProblem(problem);
    });
    connect(m_banner, &ErrorBanner::actionTriggered, this, &OrdersScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersScreen::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OrdersScreen::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OrdersScreen::updateCountLabel);
}

OrdersScreen::~OrdersScreen() {
    m_job.detach(this);
    cancelLoading();
}

void OrdersScreen::refresh() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
    m_banner->clear();
    // The rows on screen stay until the first page of the new answer replaces them, so a
    // refresh that fails loses nothing.
    bool firstPage = true;
    loadFilterChoices();
    const OrderQuery query = m_filters->query();
    const QString problem = query.validate();
    if (!problem.isEmpty()) {
        m_banner->showProblem(problem);
        return;
    }
    m_job = OrderService(m_client).list(query);
    m_loaded = m_total = 0;
    m_loadFailed = false;
    m_refresh->setEnabled(false);
    emit loadingStarted();
    emit serverFilterChanged(m_filters->description());
    m_job.onResult(
        this, [this, firstPage](const QList<Order> &orders, qint64 loaded, qint64 total) mutable {
            if (firstPage) {
                firstPage = false;
                m_model->clear();
                m_model->reserve(int(qMin<qint64>(total, 10000000)));
                m_details->showPlaceholder(tr("Select an order to see its details."));
            }
            m_model->appendOrders(orders);
            m_loaded = loaded;
            m_total = total;
            emit loadingProgress(loaded, total);
        });
    m_job.onFailed(this, &OrdersScreen::onJobFailed);
    m_job.onFinished(this, [this] {
        const bool complete = !m_loadFailed;
        const qint64 loaded = m_loaded;
        const qint64 total = qMax<qint64>(0, m_total);
        m_job.reset();
        m_proxy->flushPendingRows(); // the last rows now, not a moment later
        if (m_revealOrderId > 0 && selectOrder(m_revealOrderId))
            m_revealOrderId = 0;
        m_refresh->setEnabled(true);
        if (loaded > 0 || complete)
            m_lastRefresh = QDateTime::currentDateTime();
        updateCountLabel();
        emit loadingFinished(loaded, total, complete);
    });
}

void OrdersScreen::loadFilterChoices() {
    for (const auto kind : {FilterChoice::Kind::Product, FilterChoice::Kind::Organization,
                            FilterChoice::Kind::Container}) {
        if (m_filters->hasChoices(kind) || m_choiceCalls.contains(int(kind)))
            continue;
        const auto call = AccountService(m_client).filterChoices(kind);
        m_choiceCalls.insert(int(kind));
        call.onResult(m_filters, &OrderFilterBar::setChoices);
        // A list that can't be loaded only leaves its combo box at "All"; the next refresh
        // asks again.
        call.onFinished(this, [this, kind] { m_choiceCalls.remove(int(kind)); });
    }
}

void OrdersScreen::revealOrder(qint64 orderId) {
    m_revealOrderId = selectOrder(orderId) ? 0 : orderId;
}

void OrdersScreen::cancelLoading() {
    if (m_job.isRunning())
        m_job.abort();
}

void OrdersScreen::onJobFailed(const ApiError &error) {
    m_loadFailed = true;
    if (error.kind() == ApiError::Kind::Cancelled) {
        m_banner->showWarning(
            tr("Loading was canceled; %Ln order(s) shown.", nullptr, int(m_model->rowCount())));
        return;
    }
    // The list reports its failure after every page that could come has come.
    const qint64 missing = qMax<qint64>(0, m_total - m_loaded);
    QString message = error.message();
    if (missing > 0)
        message =
            tr("%Ln order(s) could not be loaded; the others are shown. ", nullptr, int(missing)) +
            message;
    m_banner->showError(message, error.shortCode(), tr("Retry"));
}

bool OrdersScreen::selectOrder(qint64 orderId) {
    const int sourceRow = m_model->rowOfOrder(orderId);
    const QModelIndex proxyIndex =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid())
        return false;
    m_table->selectionModel()->select(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(proxyIndex);
    return true;
}

const Order *OrdersScreen::selectedOrder() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_model->rowOfOrder(rows.first().data(OrdersModel::OrderIdRole).toLongLong());
    return row < 0 ? nullptr : &m_model->orderAt(row);
}

void OrdersScreen::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OrdersScreen::setRolePolicy(const RolePolicy &roles) {
    m_actions->setRolePolicy(roles);
}

void OrdersScreen::reloadOrder(qint64 orderId) {
    const auto call = OrderService(m_client).info(orderId);
    call.onResult(this, [this](const Order &order) {
        m_model->updateOrder(order);
        updateActions();
    });
}

void OrdersScreen::updateActions() {
    const Order *order = selectedOrder();
    m_actions->setOrder(order);
    m_download->setOrder(order);
}

void OrdersScreen::downloadSelected(const QString &format, const QString &path) {
    m_download->download(format, path);
}

void OrdersScreen::onSelectionChanged() {
    if (m_restoringSelection)
        return;
    updateActions();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (m_infoCall.isRunning()) {
        m_infoCall.cancel(this);
    }
    if (rows.isEmpty()) {
        m_details->showPlaceholder(tr("Select an order to see its details."));
        return;
    }
    const qint64 id = rows.first().data(OrdersModel::OrderIdRole).toLongLong();
    const int sourceRow = m_model->rowOfOrder(id);
    if (sourceRow >= 0)
        m_details->showOrder(m_model->orderAt(sourceRow));
    m_infoCall = OrderService(m_client).details(id);
    m_infoCall.onResult(m_details, &OrderDetailsPane::showDetails);
    m_infoCall.onFailed(this, [this, id](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showProblem(
                tr("The details of order %1 could not be loaded: %2").arg(id).arg(error.message()),
                error.shortCode());
    });
}

void OrdersScreen::updateCountLabel() {
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    m_count->setText(
        shown == loaded
            ? tr("%Ln order(s)", nullptr, loaded)
            : tr("%1 of %Ln order(s) match", nullptr, loaded).arg(QLocale().toString(shown)));
}

void OrdersScreen::showLocalFilter(const QString &status, const QDate &from, const QDate &to,
                                   const QString &description) {
    m_proxy->setStatus(status);
    m_proxy->setValidTillRange(from, to);
    m_chipText->setText(tr("Showing: %1").arg(description));
    m_chip->show();
    updateCountLabel();
}

void OrdersScreen::clearLocalFilter() {
    m_proxy->setStatus(QString());
    m_proxy->setValidTillRange({}, {});
    m_chip->hide();
    updateCountLabel();
}

QString OrdersScreen::localFilterText() const {
    return m_chip->isHidden() ? QString() : m_chipText->text();
}

void OrdersScreen::setColumnVisible(int column, bool visible) {
    m_columns->setVisible(column, visible);
}

QByteArray OrdersScreen::headerState() const {
    return m_columns->state();
}

void OrdersScreen::restoreHeaderState(const QByteArray &state) {
    m_columns->restore(state);
}

QString OrdersScreen::exportCsv(const QString &path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    QStringList keys;
    for (const int column : m_columns->visibleInOrder())
        keys << OrdersModel::columnKey(column);
    const QDate today = QDate::currentDate();
    file.write(OrderCsv::line(keys).toUtf8());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int sourceRow = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const Order &order = m_model->orderAt(sourceRow);
        QStringList cells;
        cells.reserve(keys.size());
        for (const QString &key : std::as_const(keys))
            cells << OrderCsv::value(order, key, today);
        file.write(OrderCsv::line(cells).toUtf8());
    }
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}
