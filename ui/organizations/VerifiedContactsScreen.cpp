#include "ui/organizations/VerifiedContactsScreen.h"

#include "api/CertCentralClient.h"
#include "models/VerifiedContactsModel.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/PageTitle.h"
#include "ui/organizations/AddVerifiedContactsDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

VerifiedContactsScreen::VerifiedContactsScreen(CertCentralClient *client, QWidget *parent)
    : ListScreen(parent)
    , m_client(client)
    , m_model(new VerifiedContactsModel(this)) {
    // Made here, in the order their controls take the focus.
    m_organizations = new QComboBox(this);
    m_add = new QPushButton(tr("Add verified contacts…"), this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_table = new QTableView(this);
    m_banner = new ErrorBanner(this);
    m_count = new QLabel(this);
    setObjectName(QStringLiteral("verifiedContactsScreen"));
    m_organizations->setObjectName(QStringLiteral("organizationPicker"));
    m_add->setObjectName(QStringLiteral("addVerifiedContacts"));
    m_refresh->setObjectName(QStringLiteral("verifiedContactsRefresh"));
    m_table->setObjectName(QStringLiteral("verifiedContactsTable"));
    m_count->setObjectName(QStringLiteral("verifiedContactCount"));
    auto *title = new PageTitle(tr("Verified contacts"), this);
    m_table->setAccessibleName(title->text());
    auto *pickerLabel = new QLabel(tr("Organization:"), this);
    pickerLabel->setBuddy(m_organizations);
    m_organizations->setMinimumContentsLength(28);
    m_organizations->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organizations->setPlaceholderText(tr("Loading organizations…"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(VerifiedContactsModel::ValidationsColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(VerifiedContactsModel::NameColumn, 180);
    m_table->setColumnWidth(VerifiedContactsModel::EmailColumn, 240);
    m_table->setColumnWidth(VerifiedContactsModel::TelephoneColumn, 150);
    m_table->setColumnWidth(VerifiedContactsModel::JobTitleColumn, 200);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(pickerLabel);
    bar->addWidget(m_organizations, 1);
    bar->addStretch(0);
    bar->addWidget(m_add);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_organizations, &QComboBox::currentIndexChanged, this, [this] {
        m_banner->clear();
        loadContacts();
        updateActions();
    });
    connect(m_refresh, &QPushButton::clicked, this, &VerifiedContactsScreen::refresh);
    connect(m_add, &QPushButton::clicked, this, &VerifiedContactsScreen::showAddDialog);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &VerifiedContactsScreen::refresh);
    updateActions();
}

VerifiedContactsScreen::~VerifiedContactsScreen() {
    // Stopped on the next turn, not now: an abort finishes the reply at once, and the client
    // then tells its listeners (the main window, being destroyed around this page).
    if (m_job.isRunning()) {
        m_job.cancelLater(this);
    }
    if (m_call.isRunning()) {
        m_call.cancelLater(this);
    }
}

qint64 VerifiedContactsScreen::currentOrganizationId() const {
    return m_organizations->currentData().toLongLong();
}

bool VerifiedContactsScreen::setOrganization(qint64 organizationId) {
    const int index = m_organizations->findData(organizationId);
    if (index < 0)
        return false;
    if (index == m_organizations->currentIndex())
        loadContacts();
    else
        m_organizations->setCurrentIndex(index);
    return true;
}

void VerifiedContactsScreen::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    updateActions();
}

void VerifiedContactsScreen::updateActions() {
    const QString denied =
        m_roles ? m_roles->reasonDenied(RolePolicy::Capability::ManageDomainsAndOrganizations)
                : QString();
    m_add->setEnabled(denied.isEmpty() && currentOrganizationId() > 0);
    m_add->setToolTip(denied.isEmpty()
                          ? tr("Add people who may approve EV and code-signing orders (at most "
                               "%1 at a time)")
                                .arg(NewVerifiedContact::kMaxPerRequest)
                          : denied);
}

void VerifiedContactsScreen::refresh() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
    m_banner->clear();
    m_refresh->setEnabled(false);
    const qint64 keep = currentOrganizationId();
    auto organizations = std::make_shared<QList<Organization>>();
    m_job = OrganizationService(m_client).list();
    m_job.onResult(this, [organizations](const QList<Organization> &page, qint64, qint64) {
        *organizations += page;
    });
    m_job.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(
                tr("The organizations could not be loaded: %1").arg(error.message()),
                error.shortCode(), tr("Retry"));
    });
    m_job.onFinished(this, [this, organizations, keep] {
        m_job.reset();
        m_refresh->setEnabled(true);
        std::sort(organizations->begin(), organizations->end(),
                  [](const Organization &a, const Organization &b) {
                      return a.name.localeAwareCompare(b.name) < 0;
                  });
        {
            const QSignalBlocker block(m_organizations);
            m_organizations->clear();
            for (const Organization &o : std::as_const(*organizations))
                m_organizations->addItem(o.fullName(), o.id);
            const int index = m_organizations->findData(keep);
            m_organizations->setCurrentIndex(index >= 0 ? index
                                                        : (m_organizations->count() ? 0 : -1));
        }
        m_organizations->setPlaceholderText(tr("No organizations"));
        updateActions();
        emit organizationsLoaded();
        loadContacts();
    });
}

void VerifiedContactsScreen::loadContacts() {
    if (m_call.isRunning()) {
        m_call.cancel(this);
    }
    const qint64 id = currentOrganizationId();
    if (id <= 0) {
        m_model->clear();
        m_count->clear();
        return;
    }
    const QString name = m_organizations->currentText();
    m_count->setText(tr("Loading the verified contacts of %1…").arg(name));
    m_call = OrganizationService(m_client).verifiedContacts(id);
    m_call.onResult(
        this, [this, name](qint64 organizationId, const QList<VerifiedContact> &contacts) {
            m_call.reset();
            m_model->setContacts(contacts);
            m_count->setText(contacts.isEmpty()
                                 ? tr("%1 has no verified contacts yet.").arg(name)
                                 : tr("%Ln verified contact(s)", nullptr, int(contacts.size())));
            emit contactsLoaded(organizationId, int(contacts.size()));
        });
    m_call.onFailed(this, [this, name](const ApiError &error) {
        m_call.reset();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_model->clear();
        m_count->clear();
        m_banner->showError(
            tr("The verified contacts of %1 could not be loaded: %2").arg(name, error.message()),
            error.shortCode(), tr("Retry"));
    });
}

AddVerifiedContactsDialog *VerifiedContactsScreen::showAddDialog() {
    const qint64 id = currentOrganizationId();
    if (id <= 0)
        return nullptr;
    const QString name = m_organizations->currentText();
    auto *dialog = new AddVerifiedContactsDialog(m_client, id, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddVerifiedContactsDialog::added, this,
            [this, name](qint64 organizationId, int count) {
                const QString message =
                    tr("%Ln verified contact(s) added to %1; each is pending until CertCentral "
                       "has checked them.",
                       nullptr, count)
                        .arg(name);
                m_banner->showInfo(message);
                emit contactsAdded(organizationId, message);
                if (organizationId == currentOrganizationId())
                    loadContacts();
            });
    dialog->open();
    return dialog;
}
