#include "DomainsPage.h"

#include "CertCentralClient.h"
#include "DomainListJob.h"
#include "DomainsModel.h"
#include "ErrorBanner.h"

#include "PageTitle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DomainsPage::DomainsPage(CertCentralClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new DomainsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_table(new QTableView(this))
    , m_banner(new ErrorBanner(this))
    , m_count(new QLabel(this))
    , m_details(new QLabel(this)) {
    setObjectName(QStringLiteral("domainsPage"));
    m_search->setObjectName(QStringLiteral("domainSearch"));
    m_refresh->setObjectName(QStringLiteral("domainsRefresh"));
    m_table->setObjectName(QStringLiteral("domainsTable"));
    m_count->setObjectName(QStringLiteral("domainCount"));
    m_details->setObjectName(QStringLiteral("domainDetails"));
    auto *title = new PageTitle(tr("Domains"), this);
    m_search->setPlaceholderText(tr("Search domain or organization"));
    m_search->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DomainsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DomainsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DomainsModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(DomainsModel::OrganizationColumn, 170);
    m_table->setColumnWidth(DomainsModel::OvColumn, 150);
    m_table->setColumnWidth(DomainsModel::EvColumn, 150);
    m_table->setColumnWidth(DomainsModel::DcvMethodColumn, 140);

    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumWidth(220);
    m_details->setMaximumWidth(320);
    m_details->setText(tr("Select a domain to see its validations."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refresh);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%1 of %2 domains shown")
                             .arg(QLocale().toString(m_proxy->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    });
    connect(m_refresh, &QPushButton::clicked, this, &DomainsPage::refresh);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &DomainsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsPage::showDetails);
}

DomainsPage::~DomainsPage() {
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void DomainsPage::refresh() {
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_banner->clear();
    m_refresh->setEnabled(false);
    bool first = true;
    m_job = m_client->listDomains();
    connect(m_job, &DomainListJob::pageLoaded, this,
            [this, first](const QList<Domain> &domains, qint64 loaded, qint64 total) mutable {
                if (first) {
                    first = false;
                    m_model->clear(); // the old rows stay until the new ones arrive
                }
                m_model->appendDomains(domains);
                m_count->setText(tr("%1 of %2 domains loaded")
                                     .arg(QLocale().toString(loaded), QLocale().toString(total)));
            });
    connect(m_job, &DomainListJob::failed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(tr("The domains could not be loaded: %1").arg(error.message()),
                                error.shortCode(), tr("Retry"));
    });
    connect(m_job, &DomainListJob::finished, this, [this] {
        m_job = nullptr;
        m_refresh->setEnabled(true);
        m_count->setText(tr("%1 domains").arg(QLocale().toString(m_model->rowCount())));
    });
}

QString DomainsPage::detailsText() const {
    return m_details->text();
}

void DomainsPage::showDetails() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setText(tr("Select a domain to see its validations."));
        return;
    }
    const Domain &d = m_model->domainAt(m_proxy->mapToSource(rows.first()).row());
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(d.name.toHtmlEscaped());
    lines << tr("Organization: %1").arg(d.organizationName.toHtmlEscaped());
    if (!d.containerName.isEmpty())
        lines << tr("Container: %1").arg(d.containerName.toHtmlEscaped());
    lines << tr("DCV method: %1").arg(DomainsModel::dcvMethodText(d.dcvMethod));
    if (d.dcvExpiresOv.isValid())
        lines << tr("DCV good for OV until %1")
                     .arg(QLocale().toString(d.dcvExpiresOv, QLocale::ShortFormat));
    if (d.dcvExpiresEv.isValid())
        lines << tr("DCV good for EV until %1")
                     .arg(QLocale().toString(d.dcvExpiresEv, QLocale::ShortFormat));
    for (const DomainValidation &v : d.validations)
        lines << tr("%1 validation: %2 (DCV %3)")
                     .arg(v.name.isEmpty() ? v.type.toUpper() : v.name,
                          DomainsModel::validationText(d, v.type), v.dcvStatus);
    if (d.validations.isEmpty())
        lines << tr("No validations submitted.");
    if (!d.lockingStatus.isEmpty())
        lines << tr("Domain lock: %1").arg(d.lockingStatus);
    m_details->setText(lines.join(QStringLiteral("<br>")));
}
