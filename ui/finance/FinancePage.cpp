#include "finance/FinancePage.h"

#include "BalanceHistoryModel.h"
#include "BalancesModel.h"
#include "CertCentralClient.h"
#include "ConsoleLinks.h"
#include "Money.h"
#include "common/ErrorBanner.h"
#include "common/PageTitle.h"
#include "finance/TransferFundsDialog.h"
#include "services/AccountService.h"
#include "services/FinanceService.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace {
QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName) {
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *makeDimLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette dim = label->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    label->setPalette(dim);
    return label;
}
} // namespace

FinancePage::FinancePage(CertCentralClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_balances(new BalancesModel(this))
    , m_history(new BalanceHistoryModel(this))
    , m_historySort(new QSortFilterProxyModel(this))
    , m_banner(new ErrorBanner(this))
    , m_denied(new QLabel(this))
    , m_content(new QWidget(this))
    , m_balanceTable(nullptr)
    , m_refreshBalance(new QPushButton(tr("Refresh"), this))
    , m_transfer(new QPushButton(tr("Move funds…"), this))
    , m_payInvoices(new QPushButton(tr("Pay invoices in CertCentral…"), this))
    , m_tabs(nullptr)
    , m_historyDivision(nullptr)
    , m_historyFrom(nullptr)
    , m_historyTo(nullptr)
    , m_historyType(nullptr)
    , m_showHistory(nullptr)
    , m_exportHistory(nullptr)
    , m_historyError(nullptr)
    , m_historyStack(nullptr)
    , m_historyTable(nullptr)
    , m_historyEmpty(nullptr)
    , m_historyCount(nullptr)
    , m_profiles(nullptr) {
    setObjectName(QStringLiteral("financePage"));
    m_refreshBalance->setObjectName(QStringLiteral("refreshBalance"));
    m_transfer->setObjectName(QStringLiteral("transferFunds"));
    m_payInvoices->setObjectName(QStringLiteral("payInvoicesInConsole"));
    m_payInvoices->setToolTip(tr("The Services API has no invoices: see what each division "
                                 "owes and open the CertCentral console to pay"));
    m_denied->setObjectName(QStringLiteral("financeDenied"));
    m_denied->setWordWrap(true);
    m_denied->hide();

    buildBalanceTable();
    auto *historyTab = new QWidget(m_content);
    auto *historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addLayout(buildHistoryFilters(historyTab));
    buildHistoryTable(historyTab, historyLayout);
    QWidget *profileTab = buildProfileTab();
    buildLayout(historyTab, profileTab);
    connectControls();
    fitBalanceTable();
    updateHistoryDivisions();
    updateHistoryEmptyState();
    m_profiles->setText(tr("Not loaded yet."));
    updateActions();
}

// The funds of each division.
void FinancePage::buildBalanceTable() {
    m_balanceTable = makeTable(m_content, QStringLiteral("balanceTable"), tr("Balance"));
    m_balanceTable->setModel(m_balances);
    m_balanceTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_balanceTable->setFocusPolicy(Qt::NoFocus);
    m_balanceTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_balanceTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *balanceHeader = m_balanceTable->horizontalHeader();
    // Amount columns as wide as their header or figures, the division takes the rest.
    balanceHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    balanceHeader->setSectionResizeMode(BalancesModel::DivisionColumn, QHeaderView::Stretch);
    m_balanceTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

// Division, from, to, Show, type and Export CSV… above the balance history.
QHBoxLayout *FinancePage::buildHistoryFilters(QWidget *historyTab) {
    m_historyDivision = new QComboBox(historyTab);
    m_historyDivision->setObjectName(QStringLiteral("historyDivision"));
    m_historyDivision->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_historyFrom = new QLineEdit(historyTab);
    m_historyFrom->setObjectName(QStringLiteral("historyFrom"));
    m_historyFrom->setPlaceholderText(tr("YYYY-MM-DD"));
    m_historyFrom->setMaximumWidth(120);
    m_historyFrom->setClearButtonEnabled(true);
    m_historyTo = new QLineEdit(historyTab);
    m_historyTo->setObjectName(QStringLiteral("historyTo"));
    m_historyTo->setPlaceholderText(tr("today"));
    m_historyTo->setMaximumWidth(120);
    m_historyTo->setClearButtonEnabled(true);
    m_historyType = new QComboBox(historyTab);
    m_historyType->setObjectName(QStringLiteral("historyType"));
    m_historyType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_historyType->addItem(tr("All types"), QString());
    m_showHistory = new QPushButton(tr("Show"), historyTab);
    m_showHistory->setObjectName(QStringLiteral("showHistory"));
    m_exportHistory = new QPushButton(tr("Export CSV…"), historyTab);
    m_exportHistory->setObjectName(QStringLiteral("exportHistory"));
    m_historyError = new QLabel(historyTab);
    m_historyError->setObjectName(QStringLiteral("historyFilterError"));
    m_historyError->setWordWrap(true);
    m_historyError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_historyError->hide();
    auto *divisionLabel = new QLabel(tr("Division:"), historyTab);
    divisionLabel->setBuddy(m_historyDivision);
    auto *fromLabel = new QLabel(tr("From:"), historyTab);
    fromLabel->setBuddy(m_historyFrom);
    auto *toLabel = new QLabel(tr("To:"), historyTab);
    toLabel->setBuddy(m_historyTo);
    auto *typeLabel = new QLabel(tr("Type:"), historyTab);
    typeLabel->setBuddy(m_historyType);
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(divisionLabel);
    historyBar->addWidget(m_historyDivision);
    historyBar->addSpacing(8);
    historyBar->addWidget(fromLabel);
    historyBar->addWidget(m_historyFrom);
    historyBar->addWidget(toLabel);
    historyBar->addWidget(m_historyTo);
    historyBar->addWidget(m_showHistory);
    historyBar->addSpacing(8);
    historyBar->addWidget(typeLabel);
    historyBar->addWidget(m_historyType);
    historyBar->addStretch(1);
    historyBar->addWidget(m_exportHistory);
    return historyBar;
}

void FinancePage::buildHistoryTable(QWidget *historyTab, QVBoxLayout *historyLayout) {
    m_historySort->setSourceModel(m_history);
    m_historySort->setSortRole(BalanceHistoryModel::SortRole);
    m_historySort->setFilterKeyColumn(BalanceHistoryModel::TypeColumn);
    m_historyTable = makeTable(historyTab, QStringLiteral("historyTable"), tr("Balance history"));
    m_historyTable->setModel(m_historySort);
    m_historyTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyTable->setSortingEnabled(true);
    m_historyTable->sortByColumn(BalanceHistoryModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *historyHeader = m_historyTable->horizontalHeader();
    historyHeader->setSectionResizeMode(BalanceHistoryModel::NoteColumn, QHeaderView::Stretch);
    m_historyTable->setColumnWidth(BalanceHistoryModel::DateColumn, 150);
    m_historyTable->setColumnWidth(BalanceHistoryModel::DivisionColumn, 150);
    m_historyTable->setColumnWidth(BalanceHistoryModel::TypeColumn, 170);
    m_historyTable->setColumnWidth(BalanceHistoryModel::AmountColumn, 120);
    m_historyTable->setColumnWidth(BalanceHistoryModel::BalanceAfterColumn, 120);
    m_historyTable->setColumnWidth(BalanceHistoryModel::OrderColumn, 80);
    m_historyEmpty = makeDimLabel(historyTab, QStringLiteral("historyEmpty"));
    m_historyEmpty->setAlignment(Qt::AlignCenter);
    m_historyStack = new QStackedWidget(historyTab);
    m_historyStack->addWidget(m_historyTable);
    m_historyStack->addWidget(m_historyEmpty);
    m_historyCount = new QLabel(historyTab);
    m_historyCount->setObjectName(QStringLiteral("historyCount"));
    historyLayout->addWidget(m_historyError);
    historyLayout->addWidget(m_historyStack, 1);
    historyLayout->addWidget(m_historyCount);
}

// The stored cards, read only.
QWidget *FinancePage::buildProfileTab() {
    auto *profileTab = new QWidget(m_content);
    m_profiles = new QLabel(profileTab);
    m_profiles->setObjectName(QStringLiteral("paymentProfiles"));
    m_profiles->setWordWrap(true);
    m_profiles->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profiles->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *profileNote = makeDimLabel(profileTab, QStringLiteral("paymentProfileNote"));
    profileNote->setText(tr("Cards are added and changed in the CertCentral console; CertDesk "
                            "shows them only and never sees a full card number."));
    auto *profileLayout = new QVBoxLayout(profileTab);
    profileLayout->addWidget(m_profiles);
    profileLayout->addWidget(profileNote);
    profileLayout->addStretch(1);

    return profileTab;
}

void FinancePage::buildLayout(QWidget *historyTab, QWidget *profileTab) {
    auto *title = new PageTitle(tr("Finance"), this);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_tabs->addTab(historyTab, tr("Balance history"));
    m_tabs->addTab(profileTab, tr("Payment profile"));

    auto *balanceTitle = new QLabel(tr("Funds by division"), m_content);
    QFont bold = balanceTitle->font();
    bold.setBold(true);
    balanceTitle->setFont(bold);
    balanceTitle->setBuddy(m_balanceTable);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(balanceTitle);
    contentLayout->addWidget(m_balanceTable);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_tabs, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_transfer);
    bar->addWidget(m_payInvoices);
    bar->addWidget(m_refreshBalance);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_denied);
    layout->addWidget(m_content, 1);
}

void FinancePage::connectControls() {
    connect(m_refreshBalance, &QPushButton::clicked, this, &FinancePage::refresh);
    connect(m_transfer, &QPushButton::clicked, this, &FinancePage::showTransferDialog);
    connect(m_payInvoices, &QPushButton::clicked, this, &FinancePage::showPayInvoices);
    connect(m_showHistory, &QPushButton::clicked, this, &FinancePage::loadHistory);
    connect(m_historyFrom, &QLineEdit::returnPressed, this, &FinancePage::loadHistory);
    connect(m_historyTo, &QLineEdit::returnPressed, this, &FinancePage::loadHistory);
    connect(m_historyDivision, &QComboBox::activated, this, &FinancePage::loadHistory);
    connect(m_historyType, &QComboBox::currentIndexChanged, this, &FinancePage::applyHistoryType);
    connect(m_exportHistory, &QPushButton::clicked, this, &FinancePage::exportHistory);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &FinancePage::refresh);
}

FinancePage::~FinancePage() {
    cancelAll();
}

void FinancePage::cancelAll() {
    // Stopped on the next turn, not now: an abort finishes the reply at once, and the client
    // then tells its listeners (the main window, being destroyed around this page).
    QList<AnyReply> calls = m_balanceCalls;
    calls << m_containersCall << m_profileCall << m_historyJob;
    for (const AnyReply &call : std::as_const(calls))
        call.cancelLater(this);
    m_balanceCalls.clear();
    // Nothing of what was stopped reports back: the page is idle now.
    m_containersCall.reset();
    m_profileCall.reset();
    m_historyJob.reset();
    m_balancesPending = 0;
    m_refreshBalance->setEnabled(mayView());
    m_showHistory->setEnabled(true);
}

bool FinancePage::mayView() const {
    return !m_roles || m_roles->allows(RolePolicy::Capability::ViewFinance);
}

QString FinancePage::deniedText() const {
    return m_denied->isHidden() ? QString() : m_denied->text();
}

QString FinancePage::historyFilterError() const {
    return m_historyError->isHidden() ? QString() : m_historyError->text();
}

QString FinancePage::historyEmptyText() const {
    return m_historyStack->currentWidget() == m_historyEmpty ? m_historyEmpty->text() : QString();
}

QString FinancePage::paymentProfileText() const {
    return m_profiles->text();
}

bool FinancePage::isLoading() const {
    return m_containersCall.isRunning() || m_balancesPending > 0 || m_historyJob.isRunning() ||
           m_profileCall.isRunning();
}

void FinancePage::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    const QString denied = roles.reasonDenied(RolePolicy::Capability::ViewFinance);
    m_denied->setText(denied);
    m_denied->setVisible(!denied.isEmpty());
    m_content->setEnabled(denied.isEmpty());
    m_refreshBalance->setEnabled(denied.isEmpty());
    if (!denied.isEmpty()) {
        cancelAll();
        m_balancesPending = 0;
        m_balances->clear();
        m_history->clear();
        m_profiles->clear();
        m_banner->clear();
        updateHistoryDivisions();
        updateHistoryEmptyState();
    }
    updateActions();
}

void FinancePage::updateActions() {
    const QString moveDenied =
        m_roles ? m_roles->reasonDenied(RolePolicy::Capability::MoveFunds) : QString();
    int divisionsWithId = 0;
    for (const auto &d : divisions())
        divisionsWithId += d.first > 0 ? 1 : 0;
    m_transfer->setEnabled(mayView() && moveDenied.isEmpty() && divisionsWithId >= 2);
    if (!moveDenied.isEmpty())
        m_transfer->setToolTip(moveDenied);
    else if (divisionsWithId < 2)
        m_transfer->setToolTip(tr("Funds move between divisions; this account shows fewer "
                                  "than two."));
    else
        m_transfer->setToolTip(tr("Move funds from one division to another"));
    m_payInvoices->setEnabled(mayView());
    m_exportHistory->setEnabled(mayView() && m_historySort->rowCount() > 0);
}

void FinancePage::updateHistoryEmptyState() {
    const int rows = m_historySort->rowCount();
    if (rows > 0 || m_historyJob.isRunning()) {
        m_historyStack->setCurrentWidget(m_historyTable);
        m_historyCount->setText(m_historyJob.isRunning() ? tr("Loading the balance history…")
                                                         : tr("%n adjustment(s)", nullptr, rows));
    } else {
        const bool filtered = !m_historyType->currentData().toString().isEmpty() ||
                              m_historyQuery.from.isValid() || m_historyQuery.to.isValid();
        m_historyEmpty->setText(!mayView() ? QString()
                                : filtered ? tr("No adjustments match these filters.")
                                           : tr("No adjustments in this division's history."));
        m_historyStack->setCurrentWidget(m_historyEmpty);
        m_historyCount->clear();
    }
    updateActions();
}

void FinancePage::updateHistoryDivisions() {
    const qint64 current = m_historyDivision->currentData().toLongLong();
    m_historyDivision->clear();
    const QList<QPair<qint64, QString>> list = divisions();
    for (const auto &d : list)
        m_historyDivision->addItem(d.second, d.first);
    if (list.isEmpty())
        m_historyDivision->addItem(m_ownDivision.isEmpty() ? tr("Your division") : m_ownDivision,
                                   0);
    const int index = m_historyDivision->findData(current);
    m_historyDivision->setCurrentIndex(index >= 0 ? index : 0);
}

void FinancePage::applyHistoryType() {
    // The type is matched on the loaded rows (see BalanceHistoryQuery), exactly.
    const QString type = m_historyType->currentData().toString();
    m_historySort->setFilterRegularExpression(
        type.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(type) +
                                                QLatin1Char('$'),
                                            QRegularExpression::CaseInsensitiveOption));
    updateHistoryEmptyState();
}

void FinancePage::updateHistoryTypes() {
    const QString current = m_historyType->currentData().toString();
    const QSignalBlocker block(m_historyType);
    m_historyType->clear();
    m_historyType->addItem(tr("All types"), QString());
    for (const QString &type : m_history->transactionTypes())
        m_historyType->addItem(type, type);
    const int index = current.isEmpty() ? 0 : m_historyType->findData(current);
    if (index < 0) // a type the new rows do not have stays offered, with no rows
        m_historyType->addItem(current, current);
    m_historyType->setCurrentIndex(index < 0 ? m_historyType->count() - 1 : index);
}

void FinancePage::fitBalanceTable() {
    // Every division without a scroll bar, up to eight; the tabs get the rest.
    const int rows = qBound(1, m_balances->rowCount(), 8);
    const int rowHeight = m_balanceTable->verticalHeader()->defaultSectionSize();
    const int height = m_balanceTable->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                       2 * m_balanceTable->frameWidth() + 2;
    m_balanceTable->setFixedHeight(height);
}

QList<QPair<qint64, QString>> FinancePage::divisions() const {
    QList<QPair<qint64, QString>> list;
    for (int row = 0; row < m_balances->rowCount(); ++row)
        list << qMakePair(m_balances->containerIdAt(row),
                          m_balances->index(row, BalancesModel::DivisionColumn).data().toString());
    return list;
}

void FinancePage::showLoadError(const QString &what, const ApiError &error) {
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(what.arg(error.message()), error.shortCode(), tr("Retry"));
}

void FinancePage::refresh() {
    if (!mayView())
        return;
    m_banner->clear();
    refreshBalances();
    loadHistory();
    loadPaymentProfiles();
}

void FinancePage::refreshBalances() {
    if (!mayView())
        return;
    for (const AnyReply &call : std::as_const(m_balanceCalls))
        call.cancel(this);
    m_balanceCalls.clear();
    m_balancesPending = 0;
    if (m_containersCall.isRunning()) {
        m_containersCall.cancel(this);
    }
    m_refreshBalance->setEnabled(false);
    const auto containers = AccountService(m_client).filterChoices(FilterChoice::Kind::Container);
    m_containersCall = containers;
    containers.onResult(this, [this](FilterChoice::Kind, const QList<FilterChoice> &choices) {
        m_containersCall.reset();
        // The caller's own division first.
        QList<QPair<qint64, QString>> list;
        for (const FilterChoice &c : choices) {
            const auto entry = qMakePair(c.id.toLongLong(), c.name);
            if (!m_ownDivision.isEmpty() && c.name == m_ownDivision)
                list.prepend(entry);
            else
                list << entry;
        }
        if (list.isEmpty())
            list << ownDivisionOnly();
        loadBalancesOf(list);
    });
    containers.onFailed(this, [this](const ApiError &error) {
        m_containersCall.reset();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        // Without the list, at least the caller's own funds.
        showLoadError(tr("The list of divisions could not be loaded, so only your own "
                         "division's funds are shown: %1"),
                      error);
        loadBalancesOf({ownDivisionOnly()});
    });
}

QPair<qint64, QString> FinancePage::ownDivisionOnly() const {
    // Container 0: GET finance/balance without container_id, the caller's own.
    return qMakePair(qint64(0), m_ownDivision.isEmpty() ? tr("Your division") : m_ownDivision);
}

void FinancePage::loadBalancesOf(const QList<QPair<qint64, QString>> &list) {
    m_balances->setDivisions(list);
    fitBalanceTable();
    updateHistoryDivisions();
    updateActions();
    m_balancesPending = int(list.size());
    for (const auto &d : list) {
        const auto call = FinanceService(m_client).balance(d.first);
        m_balanceCalls << call;
        const qint64 id = d.first;
        const QString name = d.second;
        call.onResult(this, [this, id](const AccountBalance &b) { m_balances->setBalance(id, b); });
        call.onFailed(this, [this, id, name](const ApiError &error) {
            if (error.kind() == ApiError::Kind::Cancelled)
                return;
            m_balances->setError(id, error.message());
            m_banner->showError(
                tr("The funds of %1 could not be loaded: %2").arg(name, error.message()),
                error.shortCode(), tr("Retry"));
        });
        call.onFinished(this, &FinancePage::balanceCallDone);
    }
    if (list.isEmpty())
        balanceCallDone();
}

void FinancePage::balanceCallDone() {
    if (m_balancesPending > 0)
        --m_balancesPending;
    if (m_balancesPending > 0)
        return;
    m_balanceCalls.clear();
    m_refreshBalance->setEnabled(mayView());
    updateActions();
    emit balancesLoaded();
}

void FinancePage::loadHistory() {
    if (!mayView())
        return;
    BalanceHistoryQuery query;
    query.containerId = m_historyDivision->currentData().toLongLong();
    QString problem;
    const bool datesRead =
        BalanceHistoryQuery::parseDate(m_historyFrom->text(), tr("From"), &query.from, &problem) &&
        BalanceHistoryQuery::parseDate(m_historyTo->text(), tr("To"), &query.to, &problem);
    if (datesRead)
        problem = query.validate(QDate::currentDate(), tr("From"), tr("To"));
    if (!problem.isEmpty()) {
        // The rows shown stay; the filters say what is wrong and nothing is asked.
        m_historyError->setText(problem);
        m_historyError->show();
        return;
    }
    m_historyError->hide();
    m_historyError->clear();
    if (m_historyJob.isRunning()) {
        m_historyJob.cancel(this);
    }
    m_historyQuery = query;
    auto loaded = std::make_shared<QList<BalanceAdjustment>>();
    auto complete = std::make_shared<bool>(true);
    m_historyJob = FinanceService(m_client).history(query, QDate::currentDate());
    m_showHistory->setEnabled(false);
    updateHistoryEmptyState();
    m_historyJob.onResult(
        this, [loaded](const QList<BalanceAdjustment> &page, qint64, qint64) { *loaded += page; });
    m_historyJob.onFailed(this, [this, complete](const ApiError &error) {
        *complete = false;
        showLoadError(tr("The balance history could not be loaded: %1"), error);
    });
    m_historyJob.onFinished(this, [this, loaded, complete] {
        m_historyJob.reset();
        m_showHistory->setEnabled(true);
        // A failed load keeps what was shown; the banner says what went wrong.
        if (*complete) {
            m_history->clear();
            m_history->appendAdjustments(*loaded);
            updateHistoryTypes();
        }
        applyHistoryType();
        if (*complete)
            emit historyLoaded(int(loaded->size()));
    });
}

void FinancePage::loadPaymentProfiles() {
    if (!mayView())
        return;
    if (m_profileCall.isRunning()) {
        m_profileCall.cancel(this);
    }
    m_profiles->setText(tr("Loading…"));
    const auto call = FinanceService(m_client).paymentProfiles();
    m_profileCall = call;
    call.onResult(this, [this](const QList<PaymentProfile> &profiles) {
        m_profileCall.reset();
        QStringList lines;
        for (const PaymentProfile &p : profiles) {
            QString line = p.summary();
            if (!p.cardholderName.isEmpty())
                line += QStringLiteral(" — ") + p.cardholderName;
            if (p.isDefault)
                line += QStringLiteral(" ") + tr("(default)");
            if (!p.billingEmail.isEmpty())
                line += QStringLiteral("\n    ") + tr("Receipts to %1").arg(p.billingEmail);
            lines << line;
        }
        m_profiles->setText(lines.isEmpty() ? tr("No card is stored for this account.")
                                            : lines.join(QLatin1Char('\n')));
        emit paymentProfilesLoaded(int(profiles.size()));
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_profileCall.reset();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_profiles->setText(tr("The payment profile could not be loaded: %1").arg(error.message()));
    });
}

TransferFundsDialog *FinancePage::showTransferDialog() {
    if (!m_transfer->isEnabled())
        return nullptr;
    QList<TransferFundsDialog::Division> list;
    for (const auto &d : divisions()) {
        if (d.first <= 0)
            continue;
        TransferFundsDialog::Division division;
        division.containerId = d.first;
        division.name = d.second;
        AccountBalance b;
        qint64 cents = 0;
        if (m_balances->balance(d.first, &b)) {
            division.currency = b.currency;
            if (!b.unlimitedNegativeBalance && Money::parseCents(b.totalAvailableFunds, &cents))
                division.availableCents = qMax<qint64>(0, cents);
        }
        list << division;
    }
    auto *dialog = new TransferFundsDialog(m_client, list, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TransferFundsDialog::transferred, this, [this](const FundsTransfer &t) {
        emit fundsTransferred(t);
        refreshBalances();
        loadHistory();
    });
    // A lost reply: the balances show whether the funds moved.
    connect(dialog, &TransferFundsDialog::outcomeUnknown, this, [this] {
        refreshBalances();
        loadHistory();
    });
    dialog->open();
    return dialog;
}

QString FinancePage::invoiceSummary() const {
    QStringList owed;
    qint64 total = 0;
    QString currency;
    bool allKnown = true;
    for (const auto &d : divisions()) {
        AccountBalance b;
        qint64 cents = 0;
        if (!m_balances->balance(d.first, &b) ||
            !Money::parseCents(b.unpaidInvoiceBalance, &cents)) {
            allKnown = false;
            continue;
        }
        if (cents == 0)
            continue;
        total += cents;
        currency = b.currency;
        owed << tr("%1: %2 unpaid").arg(d.second, Money::format(cents, b.currency, QLocale()));
    }
    QString text;
    if (owed.isEmpty())
        text = allKnown ? tr("No division has unpaid invoices.")
                        : tr("The unpaid invoice balance is not known yet: refresh the funds.");
    else
        text = tr("Unpaid invoices, %1 in all:").arg(Money::format(total, currency, QLocale())) +
               QStringLiteral("\n") + owed.join(QLatin1Char('\n'));
    return text + QStringLiteral("\n\n") +
           tr("The CertCentral API has no invoice functions: invoices and purchase orders are "
              "viewed and paid in the CertCentral console (Finances > Pay Invoice). Payments "
              "appear here in the balance history.");
}

QUrl FinancePage::invoicePageUrl() const {
    return ConsoleLinks::payInvoices(m_client->baseUrl());
}

QMessageBox *FinancePage::showPayInvoices() {
    if (!m_payInvoices->isEnabled())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Pay invoices in CertCentral"),
                                invoiceSummary(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("payInvoicesBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Opens %1 in your browser.").arg(invoicePageUrl().toDisplayString()));
    QPushButton *open = box->addButton(tr("Open CertCentral"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openInvoiceConsole"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(open);
    connect(open, &QPushButton::clicked, this, [this] {
        const QUrl url = invoicePageUrl();
        if (!QDesktopServices::openUrl(url))
            m_banner->showProblem(
                tr("No browser could be started. Open %1 and go to Finances > Pay Invoice.")
                    .arg(url.toDisplayString()));
        emit invoiceConsoleOpened(url);
    });
    box->open();
    return box;
}

void FinancePage::exportHistory() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name =
        QStringLiteral("balance-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the balance history"),
                                     QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveHistoryCsv(path);
}

bool FinancePage::saveHistoryCsv(const QString &path) {
    const QByteArray csv = m_history->toCsv(m_historyType->currentData().toString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_banner->showProblem(tr("The balance history could not be saved to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->showInfo(tr("Saved %n adjustment(s) to %1.", nullptr, m_historySort->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}
