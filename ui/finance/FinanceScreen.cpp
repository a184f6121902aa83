#include "ui/finance/FinanceScreen.h"

#include "api/CertCentralClient.h"
#include "core/ConsoleLinks.h"
#include "core/Money.h"
#include "models/BalancesModel.h"
#include "services/AccountService.h"
#include "services/FinanceService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/common/PageTitle.h"
#include "ui/finance/BalanceHistoryTab.h"
#include "ui/finance/PaymentProfileTab.h"
#include "ui/finance/TransferFundsDialog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

FinanceScreen::FinanceScreen(CertCentralClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_balances(new BalancesModel(this))
    , m_banner(new ErrorBanner(this))
    , m_denied(new QLabel(this))
    , m_content(new QWidget(this))
    , m_refreshBalance(new QPushButton(tr("Refresh"), this))
    , m_transfer(new QPushButton(tr("Move funds…"), this))
    , m_payInvoices(new QPushButton(tr("Pay invoices in CertCentral…"), this))
    , m_historyTab(new BalanceHistoryTab(client, m_banner, m_content))
    , m_profileTab(new PaymentProfileTab(client, m_content)) {
    setObjectName(QStringLiteral("financeScreen"));
    m_refreshBalance->setObjectName(QStringLiteral("refreshBalance"));
    m_transfer->setObjectName(QStringLiteral("transferFunds"));
    m_payInvoices->setObjectName(QStringLiteral("payInvoicesInConsole"));
    m_payInvoices->setToolTip(tr("The Services API has no invoices: see what each division "
                                 "owes and open the CertCentral console to pay"));
    m_denied->setObjectName(QStringLiteral("financeDenied"));
    m_denied->setWordWrap(true);
    m_denied->hide();

    buildBalanceTable();
    buildLayout();
    connectControls();
    fitBalanceTable();
    updateActions();
}

// The funds of each division.
void FinanceScreen::buildBalanceTable() {
    m_balanceTable = new QTableView(m_content);
    m_balanceTable->setObjectName(QStringLiteral("balanceTable"));
    m_balanceTable->setAccessibleName(tr("Balance"));
    ListScreen::setUpTable(m_balanceTable, m_balances, -1, Qt::AscendingOrder,
                           QAbstractItemView::NoSelection);
    m_balanceTable->horizontalHeader()->setHighlightSections(false);
    m_balanceTable->setFocusPolicy(Qt::NoFocus);
    m_balanceTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_balanceTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *balanceHeader = m_balanceTable->horizontalHeader();
    // Amount columns as wide as their header or figures, the division takes the rest.
    balanceHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    balanceHeader->setSectionResizeMode(BalancesModel::DivisionColumn, QHeaderView::Stretch);
    m_balanceTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FinanceScreen::buildLayout() {
    auto *title = new PageTitle(tr("Finance"), this);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_tabs->addTab(m_historyTab, tr("Balance history"));
    m_tabs->addTab(m_profileTab, tr("Payment profile"));

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

void FinanceScreen::connectControls() {
    connect(m_refreshBalance, &QPushButton::clicked, this, &FinanceScreen::refresh);
    connect(m_transfer, &QPushButton::clicked, this, &FinanceScreen::showTransferDialog);
    connect(m_payInvoices, &QPushButton::clicked, this, &FinanceScreen::showPayInvoices);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &FinanceScreen::refresh);
}

FinanceScreen::~FinanceScreen() {
    cancelAll();
}

void FinanceScreen::cancelAll() {
    // Stopped on the next turn, not now: an abort finishes the reply at once, and the client
    // then tells its listeners (the main window, being destroyed around this page).
    QList<AnyReply> calls = m_balanceCalls;
    calls << m_containersCall;
    for (const AnyReply &call : std::as_const(calls))
        call.cancelLater(this);
    m_balanceCalls.clear();
    // Nothing of what was stopped reports back: the page is idle now.
    m_containersCall.reset();
    m_historyTab->cancel();
    m_profileTab->cancel();
    m_balancesPending = 0;
    m_refreshBalance->setEnabled(mayView());
}

bool FinanceScreen::mayView() const {
    return !m_roles || m_roles->allows(RolePolicy::Capability::ViewFinance);
}

QString FinanceScreen::deniedText() const {
    return m_denied->isHidden() ? QString() : m_denied->text();
}

bool FinanceScreen::isLoading() const {
    return m_containersCall.isRunning() || m_balancesPending > 0 || m_historyTab->isLoading() ||
           m_profileTab->isLoading();
}

void FinanceScreen::setRolePolicy(const RolePolicy &roles) {
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
        m_profileTab->clear();
        m_banner->clear();
        m_historyTab->setDivisions(divisions(), m_ownDivision);
    }
    m_historyTab->setAllowed(denied.isEmpty());
    updateActions();
}

void FinanceScreen::updateActions() {
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
}

void FinanceScreen::fitBalanceTable() {
    // Every division without a scroll bar, up to eight; the tabs get the rest.
    const int rows = qBound(1, m_balances->rowCount(), 8);
    const int rowHeight = m_balanceTable->verticalHeader()->defaultSectionSize();
    const int height = m_balanceTable->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                       2 * m_balanceTable->frameWidth() + 2;
    m_balanceTable->setFixedHeight(height);
}

QList<QPair<qint64, QString>> FinanceScreen::divisions() const {
    QList<QPair<qint64, QString>> list;
    for (int row = 0; row < m_balances->rowCount(); ++row)
        list << qMakePair(m_balances->containerIdAt(row),
                          m_balances->index(row, BalancesModel::DivisionColumn).data().toString());
    return list;
}

void FinanceScreen::showLoadError(const QString &what, const ApiError &error) {
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_banner->showError(what.arg(error.message()), error.shortCode(), tr("Retry"));
}

void FinanceScreen::refresh() {
    if (!mayView())
        return;
    m_banner->clear();
    refreshBalances();
    m_historyTab->load();
    m_profileTab->load();
}

void FinanceScreen::refreshBalances() {
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

QPair<qint64, QString> FinanceScreen::ownDivisionOnly() const {
    // Container 0: GET finance/balance without container_id, the caller's own.
    return qMakePair(qint64(0), m_ownDivision.isEmpty() ? tr("Your division") : m_ownDivision);
}

void FinanceScreen::loadBalancesOf(const QList<QPair<qint64, QString>> &list) {
    m_balances->setDivisions(list);
    fitBalanceTable();
    m_historyTab->setDivisions(list, m_ownDivision);
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
        call.onFinished(this, &FinanceScreen::balanceCallDone);
    }
    if (list.isEmpty())
        balanceCallDone();
}

void FinanceScreen::balanceCallDone() {
    if (m_balancesPending > 0)
        --m_balancesPending;
    if (m_balancesPending > 0)
        return;
    m_balanceCalls.clear();
    m_refreshBalance->setEnabled(mayView());
    updateActions();
    emit balancesLoaded();
}

TransferFundsDialog *FinanceScreen::showTransferDialog() {
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
        m_historyTab->load();
    });
    // A lost reply: the balances show whether the funds moved.
    connect(dialog, &TransferFundsDialog::outcomeUnknown, this, [this] {
        refreshBalances();
        m_historyTab->load();
    });
    dialog->open();
    return dialog;
}

QString FinanceScreen::invoiceSummary() const {
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

QUrl FinanceScreen::invoicePageUrl() const {
    return ConsoleLinks::payInvoices(m_client->baseUrl());
}

QMessageBox *FinanceScreen::showPayInvoices() {
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
