#include "ui/finance/BalanceHistoryTab.h"

#include "models/BalanceHistoryModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/common/QuietLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

BalanceHistoryTab::BalanceHistoryTab(CertCentralClient *client, ErrorBanner *banner,
                                     QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_banner(banner)
    , m_history(new BalanceHistoryModel(this))
    , m_sort(new QSortFilterProxyModel(this)) {
    buildFilters();
    buildTable();
    buildLayout();
    connect(m_show, &QPushButton::clicked, this, &BalanceHistoryTab::load);
    connect(m_from, &QLineEdit::returnPressed, this, &BalanceHistoryTab::load);
    connect(m_to, &QLineEdit::returnPressed, this, &BalanceHistoryTab::load);
    connect(m_division, &QComboBox::activated, this, &BalanceHistoryTab::load);
    connect(m_type, &QComboBox::currentIndexChanged, this, &BalanceHistoryTab::applyType);
    connect(m_export, &QPushButton::clicked, this, &BalanceHistoryTab::exportCsv);
    setDivisions({}, QString());
    updateEmptyState();
}

BalanceHistoryTab::~BalanceHistoryTab() {
    // On the next turn: an abort finishes the reply at once, and its listeners are going.
    m_job.cancelLater(this);
}

// Division, from, to, Show, type and Export CSV… above the table.
void BalanceHistoryTab::buildFilters() {
    m_division = new QComboBox(this);
    m_division->setObjectName(QStringLiteral("historyDivision"));
    m_division->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_from->setPlaceholderText(tr("YYYY-MM-DD"));
    m_from->setMaximumWidth(120);
    m_from->setClearButtonEnabled(true);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_to->setPlaceholderText(tr("today"));
    m_to->setMaximumWidth(120);
    m_to->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("historyType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->addItem(tr("All types"), QString());
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(QStringLiteral("showHistory"));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportHistory"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyFilterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
}

void BalanceHistoryTab::buildTable() {
    m_sort->setSourceModel(m_history);
    m_sort->setSortRole(BalanceHistoryModel::SortRole);
    m_sort->setFilterKeyColumn(BalanceHistoryModel::TypeColumn);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Balance history"));
    ListScreen::setUpTable(m_table, m_sort, BalanceHistoryModel::DateColumn, Qt::DescendingOrder,
                           QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(BalanceHistoryModel::NoteColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(BalanceHistoryModel::DateColumn, 150);
    m_table->setColumnWidth(BalanceHistoryModel::DivisionColumn, 150);
    m_table->setColumnWidth(BalanceHistoryModel::TypeColumn, 170);
    m_table->setColumnWidth(BalanceHistoryModel::AmountColumn, 120);
    m_table->setColumnWidth(BalanceHistoryModel::BalanceAfterColumn, 120);
    m_table->setColumnWidth(BalanceHistoryModel::OrderColumn, 80);
    m_empty = new QuietLabel(QString(), this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
}

void BalanceHistoryTab::buildLayout() {
    auto *divisionLabel = new QLabel(tr("Division:"), this);
    divisionLabel->setBuddy(m_division);
    auto *fromLabel = new QLabel(tr("From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    auto *typeLabel = new QLabel(tr("Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *bar = new QHBoxLayout;
    bar->addWidget(divisionLabel);
    bar->addWidget(m_division);
    bar->addSpacing(8);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_show);
    bar->addSpacing(8);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addStretch(1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);
}

QString BalanceHistoryTab::filterError() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString BalanceHistoryTab::emptyText() const {
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void BalanceHistoryTab::setAllowed(bool allowed) {
    m_allowed = allowed;
    if (!allowed) {
        cancel();
        clear();
    }
    updateEmptyState();
}

void BalanceHistoryTab::setDivisions(const QList<QPair<qint64, QString>> &divisions,
                                     const QString &ownDivision) {
    const qint64 current = m_division->currentData().toLongLong();
    m_division->clear();
    for (const auto &d : divisions)
        m_division->addItem(d.second, d.first);
    if (divisions.isEmpty())
        m_division->addItem(ownDivision.isEmpty() ? tr("Your division") : ownDivision, 0);
    const int index = m_division->findData(current);
    m_division->setCurrentIndex(index >= 0 ? index : 0);
}

void BalanceHistoryTab::cancel() {
    m_job.cancelLater(this);
    m_job.reset();
    m_show->setEnabled(true);
}

void BalanceHistoryTab::clear() {
    m_history->clear();
    updateEmptyState();
}

void BalanceHistoryTab::updateEmptyState() {
    const int rows = m_sort->rowCount();
    if (rows > 0 || m_job.isRunning()) {
        m_stack->setCurrentWidget(m_table);
        m_count->setText(m_job.isRunning() ? tr("Loading the balance history…")
                                           : tr("%n adjustment(s)", nullptr, rows));
    } else {
        const bool filtered = !m_type->currentData().toString().isEmpty() ||
                              m_query.from.isValid() || m_query.to.isValid();
        m_empty->setText(!m_allowed ? QString()
                         : filtered ? tr("No adjustments match these filters.")
                                    : tr("No adjustments in this division's history."));
        m_stack->setCurrentWidget(m_empty);
        m_count->clear();
    }
    m_export->setEnabled(m_allowed && rows > 0);
}

void BalanceHistoryTab::applyType() {
    // The type is matched on the loaded rows (see BalanceHistoryQuery), exactly.
    const QString type = m_type->currentData().toString();
    m_sort->setFilterRegularExpression(
        type.isEmpty() ? QRegularExpression()
                       : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(type) +
                                                QLatin1Char('$'),
                                            QRegularExpression::CaseInsensitiveOption));
    updateEmptyState();
}

void BalanceHistoryTab::updateTypes() {
    const QString current = m_type->currentData().toString();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString &type : m_history->transactionTypes())
        m_type->addItem(type, type);
    const int index = current.isEmpty() ? 0 : m_type->findData(current);
    if (index < 0) // a type the new rows do not have stays offered, with no rows
        m_type->addItem(current, current);
    m_type->setCurrentIndex(index < 0 ? m_type->count() - 1 : index);
}

void BalanceHistoryTab::load() {
    if (!m_allowed)
        return;
    BalanceHistoryQuery query;
    query.containerId = m_division->currentData().toLongLong();
    QString problem;
    const bool datesRead =
        BalanceHistoryQuery::parseDate(m_from->text(), tr("From"), &query.from, &problem) &&
        BalanceHistoryQuery::parseDate(m_to->text(), tr("To"), &query.to, &problem);
    if (datesRead)
        problem = query.validate(QDate::currentDate(), tr("From"), tr("To"));
    if (!problem.isEmpty()) {
        // The rows shown stay; the filters say what is wrong and nothing is asked.
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    m_error->clear();
    if (m_job.isRunning())
        m_job.cancel(this);
    m_query = query;
    auto rows = std::make_shared<QList<BalanceAdjustment>>();
    auto complete = std::make_shared<bool>(true);
    m_job = FinanceService(m_client).history(query, QDate::currentDate());
    m_show->setEnabled(false);
    updateEmptyState();
    m_job.onResult(this, [rows](const QList<BalanceAdjustment> &page) { *rows += page; });
    m_job.onFailed(this, [this, complete](const ApiError &error) {
        *complete = false;
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(
                tr("The balance history could not be loaded: %1").arg(error.message()),
                error.shortCode(), tr("Retry"));
    });
    m_job.onFinished(this, [this, rows, complete] {
        m_job.reset();
        m_show->setEnabled(true);
        // A failed load keeps what was shown; the banner says what went wrong.
        if (*complete) {
            m_history->clear();
            m_history->appendAdjustments(*rows);
            updateTypes();
        }
        applyType();
        if (*complete)
            emit loaded(int(rows->size()));
    });
}

void BalanceHistoryTab::exportCsv() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name =
        QStringLiteral("balance-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the balance history"),
                                     QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

bool BalanceHistoryTab::saveCsv(const QString &path) {
    const QByteArray csv = m_history->toCsv(m_type->currentData().toString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_banner->showProblem(tr("The balance history could not be saved to %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_banner->showInfo(tr("Saved %n adjustment(s) to %1.", nullptr, m_sort->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}
