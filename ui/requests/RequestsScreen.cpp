#include "ui/requests/RequestsScreen.h"

#include "api/CertCentralClient.h"
#include "models/RequestsModel.h"
#include "services/RequestService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/common/PageTitle.h"
#include "ui/requests/RequestDecisionDialog.h"
#include "ui/requests/RequestDetailsPane.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

RequestsScreen::RequestsScreen(CertCentralClient *client, QWidget *parent)
    : ListScreen(parent)
    , m_client(client)
    , m_model(new RequestsModel(this)) {
    // Made here, in the order their controls take the focus.
    m_status = new QComboBox(this);
    m_type = new QComboBox(this);
    m_approve = new QPushButton(tr("Approve…"), this);
    m_reject = new QPushButton(tr("Reject…"), this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_table = new QTableView(this);
    m_details = new RequestDetailsPane(client, this);
    m_banner = new ErrorBanner(this);
    m_count = new QLabel(this);
    m_roleNote = new QLabel(this);
    setObjectName(QStringLiteral("requestsScreen"));
    m_status->setObjectName(QStringLiteral("requestStatusFilter"));
    m_type->setObjectName(QStringLiteral("requestTypeFilter"));
    m_approve->setObjectName(QStringLiteral("approveRequests"));
    m_reject->setObjectName(QStringLiteral("rejectRequests"));
    m_refresh->setObjectName(QStringLiteral("requestsRefresh"));
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_count->setObjectName(QStringLiteral("requestCount"));
    m_roleNote->setObjectName(QStringLiteral("requestsRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->hide();
    //: The approvals queue: requests for certificates waiting for an approver.
    auto *title = new PageTitle(tr("Requests"), this);
    m_table->setAccessibleName(title->text());

    fillFilters();
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);

    setUpColumns();

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addStretch(1);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    bar->addWidget(m_refresh);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("requestsSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 320});
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_roleNote);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    connectControls();
    updateActions();
}

void RequestsScreen::fillFilters() {
    // Waiting for a decision covers pending and submitted; the API filters one status at a
    // time, so "waiting" is asked for as all and narrowed here.
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Pending"), QStringLiteral("pending"));
    m_status->addItem(tr("Submitted"), QStringLiteral("submitted"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : ApprovalRequest::types()) {
        const QString label = ApprovalRequest::typeLabel(type);
        m_type->addItem(label.left(1).toUpper() + label.mid(1), type);
    }
    for (QComboBox *box : {m_status, m_type})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void RequestsScreen::setUpColumns() {
    ListScreen::setUpTable(m_table, m_model, -1, Qt::AscendingOrder,
                           QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(RequestsModel::CommentColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(RequestsModel::StatusColumn, 105);
    m_table->setColumnWidth(RequestsModel::TypeColumn, 95);
    m_table->setColumnWidth(RequestsModel::DateColumn, 100);
    m_table->setColumnWidth(RequestsModel::RequesterColumn, 120);
    m_table->setColumnWidth(RequestsModel::ProductColumn, 170);
    m_table->setColumnWidth(RequestsModel::CommonNameColumn, 170);
    m_table->setColumnWidth(RequestsModel::OtherNamesColumn, 140);
    m_table->setColumnWidth(RequestsModel::OrganizationColumn, 140);
}

void RequestsScreen::connectControls() {
    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestsScreen::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RequestsScreen::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsScreen::refresh);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &RequestsScreen::refresh);
    connect(m_approve, &QPushButton::clicked, this, &RequestsScreen::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &RequestsScreen::rejectSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showCurrent();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_approve->isEnabled())
            approveSelected();
    });
    connect(m_details, &RequestDetailsPane::requestLoaded, this,
            [this](const ApprovalRequest &current) {
                // Decided elsewhere since the list was loaded: say so and reload.
                const int row = m_model->rowOfRequest(current.id);
                if (row < 0 || !m_model->requestAt(row).isPending() || current.isPending())
                    return;
                m_banner->showWarning(RequestDecision::alreadyDecidedMessage(current));
                refresh();
            });
}

RequestsScreen::~RequestsScreen() {
    if (m_job.isRunning()) {
        m_job.cancelLater(this);
    }
}

void RequestsScreen::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    const QString denied = roles.reasonDenied(RolePolicy::Capability::ApproveRequests);
    m_roleNote->setText(
        denied.isEmpty() ? QString() : tr("You can follow your own requests here. %1").arg(denied));
    m_roleNote->setVisible(!denied.isEmpty());
    updateActions();
}

QList<ApprovalRequest> RequestsScreen::selectedRequests() const {
    QList<ApprovalRequest> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out << m_model->requestAt(index.row());
    std::sort(out.begin(), out.end(), &RequestsModel::lessThan);
    return out;
}

void RequestsScreen::selectRequests(const QList<qint64> &requestIds) {
    QItemSelection selection;
    for (const qint64 id : requestIds) {
        const int row = m_model->rowOfRequest(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, RequestsModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(),
                                                   QItemSelectionModel::NoUpdate);
}

void RequestsScreen::updateActions() {
    const QString denied =
        m_roles ? m_roles->reasonDenied(RolePolicy::Capability::ApproveRequests) : QString();
    const QList<ApprovalRequest> selected = selectedRequests();
    int pending = 0;
    for (const ApprovalRequest &r : selected)
        pending += r.isPending() ? 1 : 0;
    const bool can = denied.isEmpty() && pending > 0 && pending == selected.size();
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
    QString tip;
    if (!denied.isEmpty())
        tip = denied;
    else if (selected.isEmpty())
        tip = tr("Select one or more pending requests");
    else if (pending != selected.size())
        tip = tr("Only pending requests can be decided; %n selected request(s) already were.",
                 nullptr, int(selected.size() - pending));
    m_approve->setToolTip(tip.isEmpty() ? tr("Approve the selected requests") : tip);
    m_reject->setToolTip(tip.isEmpty() ? tr("Reject the selected requests with a reason") : tip);
}

void RequestsScreen::showCurrent() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->showPlaceholder(rows.isEmpty()
                                       ? tr("Select a request to see what it asks for.")
                                       : tr("%n requests selected.", nullptr, int(rows.size())));
        return;
    }
    const ApprovalRequest &r = m_model->requestAt(rows.first().row());
    if (r.id != m_details->shownRequestId())
        m_details->showRequest(r);
}

void RequestsScreen::refresh() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
    const QList<ApprovalRequest> before = selectedRequests();
    m_refresh->setEnabled(false);
    m_count->setText(tr("Loading requests…"));
    RequestFilter filter;
    filter.status = m_status->currentData().toString();
    filter.type = m_type->currentData().toString();
    auto requests = std::make_shared<QList<ApprovalRequest>>();
    auto complete = std::make_shared<bool>(true);
    m_job = RequestService(m_client).list(filter);
    m_job.onResult(this, [requests](const QList<ApprovalRequest> &page, qint64, qint64) {
        *requests += page;
    });
    m_job.onFailed(this, [this, complete](const ApiError &error) {
        *complete = false;
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(tr("The requests could not be loaded: %1").arg(error.message()),
                                error.shortCode(), tr("Retry"));
    });
    m_job.onFinished(this, [this, requests, complete, before] {
        m_job.reset();
        m_refresh->setEnabled(true);
        if (!*complete && requests->isEmpty()) {
            m_count->setText(tr("The list could not be loaded."));
            return;
        }
        m_model->setRequests(*requests);
        QList<qint64> keep;
        for (const ApprovalRequest &r : before)
            keep << r.id;
        selectRequests(keep);
        const int pending = m_model->pendingCount();
        const QLocale locale;
        if (m_model->rowCount() == 0)
            m_count->setText(m_status->currentData().toString().isEmpty() &&
                                     m_type->currentData().toString().isEmpty()
                                 ? tr("No requests yet.")
                                 : tr("No requests match the filters."));
        else
            m_count->setText(
                tr("%1 request(s), %2 waiting for a decision")
                    .arg(locale.toString(m_model->rowCount()), locale.toString(pending)));
        if (!*complete)
            m_banner->showWarning(tr("Only part of the list was loaded; refresh to try again."));
        showCurrent();
        updateActions();
        emit requestsLoaded(m_model->rowCount());
        // The badge counts what waits; only a list that can hold every pending one says it.
        const QString status = m_status->currentData().toString();
        if (*complete && m_type->currentData().toString().isEmpty() &&
            (status.isEmpty() || status == QLatin1String("pending")))
            emit pendingCountChanged(pending);
    });
}

RequestDecisionDialog *RequestsScreen::decideSelected(RequestDecision::Outcome outcome) {
    QList<ApprovalRequest> pending;
    for (const ApprovalRequest &r : selectedRequests()) {
        if (r.isPending())
            pending << r;
    }
    if (pending.isEmpty() || (m_roles && !m_roles->allows(RolePolicy::Capability::ApproveRequests)))
        return nullptr;
    m_banner->clear();
    auto *dialog = new RequestDecisionDialog(m_client, pending, outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RequestDecisionDialog::allDecided, this,
            [this](const QList<qint64> &changed, const QList<qint64> &stale, int failed) {
                if (!stale.isEmpty())
                    m_banner->showWarning(tr("%n request(s) had been decided by someone else "
                                             "meanwhile; the list now shows their status.",
                                             nullptr, int(stale.size())));
                else if (failed > 0)
                    m_banner->showWarning(tr("%n decision(s) could not be sent; the dialog "
                                             "lists why.",
                                             nullptr, failed));
                emit decisionsMade(changed, stale);
                refresh();
            });
    dialog->open();
    return dialog;
}
