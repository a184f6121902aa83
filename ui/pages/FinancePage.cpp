#include "FinancePage.h"

#include "BalanceCall.h"
#include "BalancesModel.h"
#include "CertCentralClient.h"
#include "ErrorBanner.h"
#include "FilterChoicesCall.h"
#include "InvoiceListJob.h"
#include "InvoicePdfCall.h"
#include "InvoicesModel.h"
#include "Money.h"
#include "PageTitle.h"
#include "PurchaseOrderListJob.h"
#include "PurchaseOrdersModel.h"
#include "dialogs/NewPurchaseOrderDialog.h"
#include "dialogs/PayInvoicesDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
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

QLabel *makeEmptyLabel(QWidget *parent, const QString &objectName) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
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
    , m_invoices(new InvoicesModel(this))
    , m_purchaseOrders(new PurchaseOrdersModel(this))
    , m_banner(new ErrorBanner(this))
    , m_denied(new QLabel(this))
    , m_content(new QWidget(this))
    , m_balanceTable(nullptr)
    , m_refreshBalance(new QPushButton(tr("Refresh balance"), this))
    , m_tabs(nullptr)
    , m_statusFilter(nullptr)
    , m_pay(nullptr)
    , m_savePdf(nullptr)
    , m_refreshInvoices(nullptr)
    , m_invoiceStack(nullptr)
    , m_invoiceTable(nullptr)
    , m_invoicesEmpty(nullptr)
    , m_invoiceCount(nullptr)
    , m_newPurchaseOrder(nullptr)
    , m_refreshPurchaseOrders(nullptr)
    , m_purchaseOrderStack(nullptr)
    , m_purchaseOrderTable(nullptr)
    , m_purchaseOrdersEmpty(nullptr) {
    setObjectName(QStringLiteral("financePage"));
    auto *title = new PageTitle(tr("Finance"), this);
    m_refreshBalance->setObjectName(QStringLiteral("refreshBalance"));
    m_denied->setObjectName(QStringLiteral("financeDenied"));
    m_denied->setWordWrap(true);
    m_denied->hide();

    // The funds of each division.
    m_balanceTable = makeTable(m_content, QStringLiteral("balanceTable"), tr("Balance"));
    m_balanceTable->setModel(m_balances);
    m_balanceTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_balanceTable->setFocusPolicy(Qt::NoFocus);
    m_balanceTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_balanceTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *balanceHeader = m_balanceTable->horizontalHeader();
    // Amount columns as wide as their header or figures, the division takes the rest: no
    // header is cut at 1000 pixels.
    balanceHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    balanceHeader->setSectionResizeMode(BalancesModel::DivisionColumn, QHeaderView::Stretch);
    m_balanceTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    // Invoices.
    auto *invoicesTab = new QWidget(m_content);
    m_statusFilter = new QComboBox(invoicesTab);
    m_statusFilter->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_statusFilter->addItem(tr("Unpaid"), QStringLiteral("unpaid"));
    m_statusFilter->addItem(tr("Paid"), QStringLiteral("paid"));
    m_statusFilter->addItem(tr("All"), QString());
    auto *filterLabel = new QLabel(tr("Show:"), invoicesTab);
    filterLabel->setBuddy(m_statusFilter);
    m_pay = new QPushButton(tr("Pay…"), invoicesTab);
    m_pay->setObjectName(QStringLiteral("payInvoices"));
    m_savePdf = new QPushButton(tr("Save PDF…"), invoicesTab);
    m_savePdf->setObjectName(QStringLiteral("saveInvoicePdf"));
    m_refreshInvoices = new QPushButton(tr("Refresh"), invoicesTab);
    m_refreshInvoices->setObjectName(QStringLiteral("refreshInvoices"));
    m_invoiceTable = makeTable(invoicesTab, QStringLiteral("invoiceTable"), tr("Invoices"));
    m_invoiceTable->setModel(m_invoices);
    m_invoiceTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *invoiceHeader = m_invoiceTable->horizontalHeader();
    invoiceHeader->setSectionResizeMode(InvoicesModel::DivisionColumn, QHeaderView::Stretch);
    m_invoiceTable->setColumnWidth(InvoicesModel::NumberColumn, 160);
    m_invoiceTable->setColumnWidth(InvoicesModel::PurchaseOrderColumn, 120);
    m_invoiceTable->setColumnWidth(InvoicesModel::DateColumn, 100);
    m_invoiceTable->setColumnWidth(InvoicesModel::DueDateColumn, 100);
    m_invoiceTable->setColumnWidth(InvoicesModel::AmountColumn, 130);
    m_invoiceTable->setColumnWidth(InvoicesModel::AmountDueColumn, 130);
    m_invoiceTable->setColumnWidth(InvoicesModel::StatusColumn, 150);
    m_invoicesEmpty = makeEmptyLabel(invoicesTab, QStringLiteral("invoicesEmpty"));
    m_invoiceStack = new QStackedWidget(invoicesTab);
    m_invoiceStack->addWidget(m_invoiceTable);
    m_invoiceStack->addWidget(m_invoicesEmpty);
    m_invoiceCount = new QLabel(invoicesTab);
    m_invoiceCount->setObjectName(QStringLiteral("invoiceCount"));
    auto *invoiceBar = new QHBoxLayout;
    invoiceBar->addWidget(filterLabel);
    invoiceBar->addWidget(m_statusFilter);
    invoiceBar->addStretch(1);
    invoiceBar->addWidget(m_pay);
    invoiceBar->addWidget(m_savePdf);
    invoiceBar->addWidget(m_refreshInvoices);
    auto *invoicesLayout = new QVBoxLayout(invoicesTab);
    invoicesLayout->addLayout(invoiceBar);
    invoicesLayout->addWidget(m_invoiceStack, 1);
    invoicesLayout->addWidget(m_invoiceCount);

    // Purchase orders.
    auto *purchaseOrdersTab = new QWidget(m_content);
    m_newPurchaseOrder = new QPushButton(tr("New purchase order…"), purchaseOrdersTab);
    m_newPurchaseOrder->setObjectName(QStringLiteral("newPurchaseOrder"));
    m_refreshPurchaseOrders = new QPushButton(tr("Refresh"), purchaseOrdersTab);
    m_refreshPurchaseOrders->setObjectName(QStringLiteral("refreshPurchaseOrders"));
    m_purchaseOrderTable =
        makeTable(purchaseOrdersTab, QStringLiteral("purchaseOrderTable"), tr("Purchase orders"));
    m_purchaseOrderTable->setModel(m_purchaseOrders);
    m_purchaseOrderTable->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *poHeader = m_purchaseOrderTable->horizontalHeader();
    poHeader->setSectionResizeMode(PurchaseOrdersModel::NoteColumn, QHeaderView::Stretch);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::NumberColumn, 110);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::StatusColumn, 160);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::DivisionColumn, 150);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::DateColumn, 100);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::AmountColumn, 140);
    m_purchaseOrderTable->setColumnWidth(PurchaseOrdersModel::InvoiceColumn, 80);
    m_purchaseOrdersEmpty =
        makeEmptyLabel(purchaseOrdersTab, QStringLiteral("purchaseOrdersEmpty"));
    m_purchaseOrderStack = new QStackedWidget(purchaseOrdersTab);
    m_purchaseOrderStack->addWidget(m_purchaseOrderTable);
    m_purchaseOrderStack->addWidget(m_purchaseOrdersEmpty);
    auto *poBar = new QHBoxLayout;
    poBar->addStretch(1);
    poBar->addWidget(m_newPurchaseOrder);
    poBar->addWidget(m_refreshPurchaseOrders);
    auto *poLayout = new QVBoxLayout(purchaseOrdersTab);
    poLayout->addLayout(poBar);
    poLayout->addWidget(m_purchaseOrderStack, 1);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_tabs->addTab(invoicesTab, tr("Invoices"));
    m_tabs->addTab(purchaseOrdersTab, tr("Purchase orders"));

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
    bar->addWidget(m_refreshBalance);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_denied);
    layout->addWidget(m_content, 1);

    connect(m_refreshBalance, &QPushButton::clicked, this, &FinancePage::refreshBalances);
    connect(m_refreshInvoices, &QPushButton::clicked, this, &FinancePage::loadInvoices);
    connect(m_refreshPurchaseOrders, &QPushButton::clicked, this, &FinancePage::loadPurchaseOrders);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &FinancePage::loadInvoices);
    connect(m_pay, &QPushButton::clicked, this, &FinancePage::showPayDialog);
    connect(m_savePdf, &QPushButton::clicked, this, &FinancePage::savePdfOfSelected);
    connect(m_newPurchaseOrder, &QPushButton::clicked, this,
            &FinancePage::showNewPurchaseOrderDialog);
    connect(m_invoiceTable, &QTableView::doubleClicked, this, [this] { showPayDialog(); });
    connect(m_invoiceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FinancePage::updateActions);
    connect(m_invoices, &QAbstractItemModel::modelReset, this, &FinancePage::updateActions);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &FinancePage::refresh);
    fitBalanceTable();
    updateInvoicesEmptyState();
    updatePurchaseOrdersEmptyState();
    updateActions();
}

FinancePage::~FinancePage() {
    cancelAll();
}

void FinancePage::cancelAll() {
    // Stopped on the next turn, not now: an abort finishes the reply at once, and the client
    // then tells its listeners (the main window, being destroyed around this page).
    QList<QPointer<ApiCall>> calls = m_balanceCalls + m_pdfCalls;
    calls << m_containersCall;
    for (const QPointer<ApiCall> &call : std::as_const(calls)) {
        if (call) {
            call->disconnect(this);
            QMetaObject::invokeMethod(call, &ApiCall::abort, Qt::QueuedConnection);
        }
    }
    m_balanceCalls.clear();
    m_pdfCalls.clear();
    if (m_invoiceJob) {
        m_invoiceJob->disconnect(this);
        QMetaObject::invokeMethod(m_invoiceJob, &InvoiceListJob::cancel, Qt::QueuedConnection);
    }
    if (m_purchaseOrderJob) {
        m_purchaseOrderJob->disconnect(this);
        QMetaObject::invokeMethod(m_purchaseOrderJob, &PurchaseOrderListJob::cancel,
                                  Qt::QueuedConnection);
    }
    // Nothing of what was stopped reports back: the page is idle now.
    m_containersCall = nullptr;
    m_invoiceJob = nullptr;
    m_purchaseOrderJob = nullptr;
    m_balancesPending = 0;
    m_refreshBalance->setEnabled(mayView());
    m_refreshInvoices->setEnabled(true);
    m_refreshPurchaseOrders->setEnabled(true);
}

bool FinancePage::mayView() const {
    return !m_roles || m_roles->allows(RolePolicy::Capability::ViewFinance);
}

QString FinancePage::deniedText() const {
    return m_denied->isHidden() ? QString() : m_denied->text();
}

QString FinancePage::invoicesEmptyText() const {
    return m_invoiceStack->currentWidget() == m_invoicesEmpty ? m_invoicesEmpty->text() : QString();
}

bool FinancePage::isLoading() const {
    return m_containersCall || m_balancesPending > 0 || m_invoiceJob || m_purchaseOrderJob;
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
        m_invoices->clear();
        m_purchaseOrders->clear();
        m_banner->clear();
        updateInvoicesEmptyState();
        updatePurchaseOrdersEmptyState();
    }
    updateActions();
}

void FinancePage::updateActions() {
    const QString payDenied =
        m_roles ? m_roles->reasonDenied(RolePolicy::Capability::PayInvoices) : QString();
    const QList<Invoice> selected = selectedInvoices();
    bool anyPaid = false;
    for (const Invoice &i : selected)
        anyPaid = anyPaid || i.isPaid();
    m_pay->setEnabled(mayView() && payDenied.isEmpty() && !selected.isEmpty() && !anyPaid);
    if (!payDenied.isEmpty())
        m_pay->setToolTip(payDenied);
    else if (anyPaid)
        m_pay->setToolTip(tr("Paid invoices are already settled: choose unpaid ones."));
    else
        m_pay->setToolTip(tr("Pay the selected invoices with the payment profile or a card"));
    m_savePdf->setEnabled(mayView() && selected.size() == 1);
    m_savePdf->setToolTip(tr("Save the selected invoice as a PDF file"));
    m_newPurchaseOrder->setEnabled(mayView() && payDenied.isEmpty());
    m_newPurchaseOrder->setToolTip(
        payDenied.isEmpty()
            ? tr("Ask DigiCert for funds; the amount is invoiced once DigiCert approves it")
            : payDenied);
    if (selected.isEmpty()) {
        updateInvoicesEmptyState();
    } else {
        qint64 cents = 0;
        QString currency;
        QString problem;
        m_invoiceCount->setText(
            InvoicePayment::total(selected, &cents, &currency, &problem)
                ? tr("%n invoice(s) selected, %1 due", nullptr, int(selected.size()))
                      .arg(Money::format(cents, currency, QLocale()))
                : tr("%n invoice(s) selected", nullptr, int(selected.size())));
    }
}

void FinancePage::updateInvoicesEmptyState() {
    const int rows = m_invoices->rowCount();
    if (rows > 0 || m_invoiceJob) {
        m_invoiceStack->setCurrentWidget(m_invoiceTable);
        m_invoiceCount->setText(m_invoiceJob ? tr("Loading invoices…")
                                             : tr("%n invoice(s)", nullptr, rows));
        return;
    }
    const QString status = invoiceStatus();
    m_invoicesEmpty->setText(!mayView()                          ? QString()
                             : status == QLatin1String("unpaid") ? tr("No unpaid invoices.")
                             : status == QLatin1String("paid")   ? tr("No paid invoices.")
                                                                 : tr("No invoices."));
    m_invoiceStack->setCurrentWidget(m_invoicesEmpty);
    m_invoiceCount->clear();
}

void FinancePage::updatePurchaseOrdersEmptyState() {
    const bool empty = m_purchaseOrders->rowCount() == 0 && !m_purchaseOrderJob;
    m_purchaseOrdersEmpty->setText(
        mayView() ? tr("No purchase orders. A purchase order asks DigiCert for funds.")
                  : QString());
    m_purchaseOrderStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_purchaseOrdersEmpty)
                                                 : m_purchaseOrderTable);
}

void FinancePage::fitBalanceTable() {
    // Every division without a scroll bar, up to eight; the tabs get the rest.
    const int rows = qBound(1, m_balances->rowCount(), 8);
    const int rowHeight = m_balanceTable->verticalHeader()->defaultSectionSize();
    const int height = m_balanceTable->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                       2 * m_balanceTable->frameWidth() + 2;
    m_balanceTable->setFixedHeight(height);
}

QString FinancePage::invoiceStatus() const {
    return m_statusFilter->currentData().toString();
}

void FinancePage::setInvoiceStatus(const QString &status) {
    const int index = m_statusFilter->findData(status);
    if (index < 0)
        return;
    if (index == m_statusFilter->currentIndex())
        loadInvoices();
    else
        m_statusFilter->setCurrentIndex(index);
}

QList<QPair<qint64, QString>> FinancePage::divisions() const {
    QList<QPair<qint64, QString>> list;
    for (int row = 0; row < m_balances->rowCount(); ++row)
        list << qMakePair(m_balances->containerIdAt(row),
                          m_balances->index(row, BalancesModel::DivisionColumn).data().toString());
    return list;
}

QList<Invoice> FinancePage::selectedInvoices() const {
    QList<int> rows;
    for (const QModelIndex &index : m_invoiceTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<Invoice> list;
    for (const int row : std::as_const(rows))
        list << m_invoices->invoiceAt(row);
    return list;
}

bool FinancePage::selectInvoices(const QList<qint64> &invoiceIds) {
    QItemSelection selection;
    bool all = true;
    for (const qint64 id : invoiceIds) {
        const int row = m_invoices->rowOf(id);
        if (row < 0) {
            all = false;
            continue;
        }
        selection.select(m_invoices->index(row, 0),
                         m_invoices->index(row, InvoicesModel::ColumnCount - 1));
    }
    m_invoiceTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    return all;
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
    loadInvoices();
    loadPurchaseOrders();
}

void FinancePage::refreshBalances() {
    if (!mayView())
        return;
    for (const QPointer<ApiCall> &call : std::as_const(m_balanceCalls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
    m_balanceCalls.clear();
    m_balancesPending = 0;
    if (m_containersCall) {
        m_containersCall->disconnect(this);
        m_containersCall->abort();
    }
    m_refreshBalance->setEnabled(false);
    auto *containers = new FilterChoicesCall(m_client, FilterChoice::Kind::Container);
    m_containersCall = containers;
    connect(containers, &FilterChoicesCall::received, this,
            [this](FilterChoice::Kind, const QList<FilterChoice> &choices) {
                m_containersCall = nullptr;
                // The caller's own division first.
                QList<QPair<qint64, QString>> divisions;
                for (const FilterChoice &c : choices) {
                    const auto entry = qMakePair(c.id.toLongLong(), c.name);
                    if (!m_ownDivision.isEmpty() && c.name == m_ownDivision)
                        divisions.prepend(entry);
                    else
                        divisions << entry;
                }
                if (divisions.isEmpty())
                    divisions << ownDivisionOnly();
                loadBalancesOf(divisions);
            });
    connect(containers, &ApiCall::failed, this, [this](const ApiError &error) {
        m_containersCall = nullptr;
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        // Without the list, at least the caller's own funds.
        showLoadError(tr("The list of divisions could not be loaded, so only your own "
                         "division's funds are shown: %1"),
                      error);
        loadBalancesOf({ownDivisionOnly()});
    });
    m_client->submit(containers);
}

QPair<qint64, QString> FinancePage::ownDivisionOnly() const {
    // Container 0: GET finance/balance without container_id, the caller's own.
    return qMakePair(qint64(0), m_ownDivision.isEmpty() ? tr("Your division") : m_ownDivision);
}

void FinancePage::loadBalancesOf(const QList<QPair<qint64, QString>> &divisions) {
    m_balances->setDivisions(divisions);
    fitBalanceTable();
    m_balancesPending = int(divisions.size());
    for (const auto &d : divisions) {
        auto *call = new BalanceCall(m_client, d.first);
        m_balanceCalls << call;
        const qint64 id = d.first;
        const QString name = d.second;
        connect(call, &BalanceCall::received, this,
                [this, id](const AccountBalance &b) { m_balances->setBalance(id, b); });
        connect(call, &ApiCall::failed, this, [this, id, name](const ApiError &error) {
            if (error.kind() == ApiError::Kind::Cancelled)
                return;
            m_balances->setError(id, error.message());
            m_banner->showError(
                tr("The funds of %1 could not be loaded: %2").arg(name, error.message()),
                error.shortCode(), tr("Retry"));
        });
        connect(call, &ApiCall::finished, this, &FinancePage::balanceCallDone);
        m_client->submit(call);
    }
    if (divisions.isEmpty())
        balanceCallDone();
}

void FinancePage::balanceCallDone() {
    if (m_balancesPending > 0)
        --m_balancesPending;
    if (m_balancesPending > 0)
        return;
    m_balanceCalls.clear();
    m_refreshBalance->setEnabled(mayView());
    emit balancesLoaded();
}

void FinancePage::loadInvoices() {
    if (!mayView())
        return;
    if (m_invoiceJob) {
        m_invoiceJob->disconnect(this);
        m_invoiceJob->cancel();
    }
    InvoiceListCall::Filter filter;
    filter.status = invoiceStatus();
    auto loaded = std::make_shared<QList<Invoice>>();
    auto complete = std::make_shared<bool>(true);
    m_invoiceJob = m_client->listInvoices(filter);
    m_refreshInvoices->setEnabled(false);
    updateInvoicesEmptyState();
    connect(m_invoiceJob, &InvoiceListJob::pageLoaded, this,
            [loaded](const QList<Invoice> &page, qint64, qint64) { *loaded += page; });
    connect(m_invoiceJob, &InvoiceListJob::failed, this, [this, complete](const ApiError &error) {
        *complete = false;
        showLoadError(tr("The invoices could not be loaded: %1"), error);
    });
    connect(m_invoiceJob, &InvoiceListJob::finished, this, [this, loaded, complete] {
        m_invoiceJob = nullptr;
        m_refreshInvoices->setEnabled(true);
        // A failed refresh keeps what was shown; the banner says what went wrong.
        if (!*complete) {
            updateInvoicesEmptyState();
            updateActions();
            return;
        }
        // The selection survives a refresh where its invoices are still listed.
        QList<qint64> keep;
        for (const Invoice &i : selectedInvoices())
            keep << i.id;
        m_invoices->setInvoices(*loaded);
        if (!keep.isEmpty())
            selectInvoices(keep);
        updateInvoicesEmptyState();
        updateActions();
        emit invoicesLoaded(int(loaded->size()));
    });
}

void FinancePage::loadPurchaseOrders() {
    if (!mayView())
        return;
    if (m_purchaseOrderJob) {
        m_purchaseOrderJob->disconnect(this);
        m_purchaseOrderJob->cancel();
    }
    auto loaded = std::make_shared<QList<PurchaseOrder>>();
    auto complete = std::make_shared<bool>(true);
    m_purchaseOrderJob = m_client->listPurchaseOrders();
    m_refreshPurchaseOrders->setEnabled(false);
    connect(m_purchaseOrderJob, &PurchaseOrderListJob::pageLoaded, this,
            [loaded](const QList<PurchaseOrder> &page, qint64, qint64) { *loaded += page; });
    connect(m_purchaseOrderJob, &PurchaseOrderListJob::failed, this,
            [this, complete](const ApiError &error) {
                *complete = false;
                showLoadError(tr("The purchase orders could not be loaded: %1"), error);
            });
    connect(m_purchaseOrderJob, &PurchaseOrderListJob::finished, this, [this, loaded, complete] {
        m_purchaseOrderJob = nullptr;
        m_refreshPurchaseOrders->setEnabled(true);
        if (!*complete) {
            updatePurchaseOrdersEmptyState();
            return;
        }
        m_purchaseOrders->setPurchaseOrders(*loaded);
        updatePurchaseOrdersEmptyState();
        emit purchaseOrdersLoaded(int(loaded->size()));
    });
}

PayInvoicesDialog *FinancePage::showPayDialog() {
    if (!m_pay->isEnabled())
        return nullptr;
    auto *dialog = new PayInvoicesDialog(m_client, selectedInvoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayInvoicesDialog::paid, this,
            [this](const QList<InvoicePayment::Receipt> &receipts) {
                emit invoicesPaid(receipts);
                refreshBalances();
                loadInvoices();
            });
    dialog->open();
    return dialog;
}

NewPurchaseOrderDialog *FinancePage::showNewPurchaseOrderDialog() {
    if (!m_newPurchaseOrder->isEnabled())
        return nullptr;
    QList<QPair<qint64, QString>> list;
    for (const auto &d : divisions())
        if (d.first > 0)
            list << d;
    auto *dialog = new NewPurchaseOrderDialog(m_client, list, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPurchaseOrderDialog::created, this, [this](const PurchaseOrder &po) {
        emit purchaseOrderCreated(po);
        m_tabs->setCurrentIndex(1);
        loadPurchaseOrders();
    });
    dialog->open();
    return dialog;
}

void FinancePage::savePdfOfSelected() {
    const QList<Invoice> selected = selectedInvoices();
    if (selected.size() != 1)
        return;
    const Invoice &invoice = selected.first();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = (invoice.number.isEmpty() ? QString::number(invoice.id) : invoice.number) +
                         QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invoice as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(invoice.id, path);
}

void FinancePage::savePdf(qint64 invoiceId, const QString &path) {
    auto *call = new InvoicePdfCall(m_client, invoiceId);
    m_pdfCalls << call;
    const int row = m_invoices->rowOf(invoiceId);
    const QString name = row >= 0 && !m_invoices->invoiceAt(row).number.isEmpty()
                             ? m_invoices->invoiceAt(row).number
                             : QString::number(invoiceId);
    connect(call, &InvoicePdfCall::received, this,
            [this, path, name](qint64 id, const QByteArray &pdf) {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
                    !file.commit()) {
                    const QString message =
                        tr("Invoice %1 could not be saved to %2: %3")
                            .arg(name, QDir::toNativeSeparators(path), file.errorString());
                    m_banner->showProblem(message);
                    emit pdfFailed(id, message);
                    return;
                }
                m_banner->showInfo(
                    tr("Saved invoice %1 to %2.").arg(name, QDir::toNativeSeparators(path)));
                emit pdfSaved(id, path);
            });
    connect(call, &ApiCall::failed, this, [this, invoiceId, name](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        const QString message =
            tr("The PDF of invoice %1 could not be downloaded: %2").arg(name, error.message());
        m_banner->showProblem(message, error.shortCode());
        emit pdfFailed(invoiceId, message);
    });
    connect(call, &ApiCall::finished, this, [this, call] { m_pdfCalls.removeAll(call); });
    m_client->submit(call);
}
