#include "ui/organizations/OrganizationsScreen.h"

#include "api/CertCentralClient.h"
#include "models/OrganizationsModel.h"
#include "models/VerifiedContactsModel.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/common/PageTitle.h"
#include "ui/organizations/NewOrganizationDialog.h"
#include "ui/organizations/OrganizationContactsDialog.h"
#include "ui/organizations/SubmitOrganizationDialog.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Organization info for the contact columns: a few at a time, within the client's limits.
constexpr int kDetailsInFlight = 3;
// Past this many organizations, contacts are fetched only for the one selected.
constexpr int kDetailsForAll = 200;
} // namespace

OrganizationsScreen::OrganizationsScreen(CertCentralClient *client, QWidget *parent)
    : ListScreen(parent)
    , m_client(client)
    , m_model(new OrganizationsModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    // Made here, in the order their controls take the focus.
    m_search = new QLineEdit(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_table = new QTableView(this);
    m_banner = new ErrorBanner(this);
    m_count = new QLabel(this);
    m_details = new QLabel(this);
    m_create = new QPushButton(tr("Create…"), this);
    m_submit = new QPushButton(tr("Submit for validation…"), this);
    m_contacts = new QPushButton(tr("Contacts…"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    setObjectName(QStringLiteral("organizationsScreen"));
    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_refresh->setObjectName(QStringLiteral("organizationsRefresh"));
    m_table->setObjectName(QStringLiteral("organizationsTable"));
    m_count->setObjectName(QStringLiteral("organizationCount"));
    m_details->setObjectName(QStringLiteral("organizationDetails"));
    m_create->setObjectName(QStringLiteral("createOrganization"));
    m_submit->setObjectName(QStringLiteral("submitOrganization"));
    m_contacts->setObjectName(QStringLiteral("changeContacts"));
    m_delete->setObjectName(QStringLiteral("deleteOrganization"));
    auto *title = new PageTitle(tr("Organizations"), this);
    m_table->setAccessibleName(title->text());
    m_search->setPlaceholderText(tr("Search name, address or contact"));
    m_search->setClearButtonEnabled(true);

    ListScreen::setUpSearchProxy(m_proxy, m_model, OrganizationsModel::SortRole);
    ListScreen::setUpTable(m_table, m_proxy, OrganizationsModel::NameColumn);
    setUpColumns();

    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setText(tr("Select an organization to see its contacts and validations."));
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setMinimumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ListScreen::titleBar(title, m_search,
                                           {m_create, m_submit, m_contacts, m_delete, m_refresh}));
    layout->addWidget(m_banner);
    layout->addWidget(ListScreen::tableOverDetails(this, m_table, m_count, detailsScroll), 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%1 of %2 organizations shown")
                             .arg(QLocale().toString(m_proxy->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    });
    connect(m_refresh, &QPushButton::clicked, this, &OrganizationsScreen::refresh);
    connect(m_create, &QPushButton::clicked, this, &OrganizationsScreen::showCreateDialog);
    connect(m_submit, &QPushButton::clicked, this, &OrganizationsScreen::showSubmitDialog);
    connect(m_contacts, &QPushButton::clicked, this, &OrganizationsScreen::showContactsDialog);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_banner, &ErrorBanner::actionTriggered, this, &OrganizationsScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrganizationsScreen::showDetails);
    // Details arriving for the selected row refresh the pane.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        const Organization *selected = selectedOrganization();
        if (selected && m_model->rowOfOrganization(selected->id) == from.row())
            showDetails();
    });
    updateActions();
}

void OrganizationsScreen::setUpColumns() {
    // Fixed starting widths; the address takes what is left (the details below show it whole).
    // At 1280 pixels every column fits without scrolling sideways.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(48);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrganizationsModel::AddressColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OrganizationsModel::NameColumn, 190);
    m_table->setColumnWidth(OrganizationsModel::AssumedNameColumn, 110);
    m_table->setColumnWidth(OrganizationsModel::StatusColumn, 65);
    for (int c = OrganizationsModel::OvColumn; c <= OrganizationsModel::EvCsColumn; ++c)
        m_table->setColumnWidth(c, 88);
    m_table->setColumnWidth(OrganizationsModel::OrganizationContactColumn, 140);
    m_table->setColumnWidth(OrganizationsModel::TechnicalContactColumn, 140);
}

OrganizationsScreen::~OrganizationsScreen() {
    // Stopped on the next turn, not now: an abort finishes the reply at once, and the client
    // then tells its listeners (the main window, being destroyed around this page).
    if (m_job.isRunning()) {
        m_job.cancelLater(this);
    }
    m_detailsQueue.clear();
    for (const AnyReply &call : std::as_const(m_detailCalls))
        call.cancelLater(this);
}

void OrganizationsScreen::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    updateActions();
}

void OrganizationsScreen::updateActions() {
    const bool selected = selectedOrganization() != nullptr;
    using C = RolePolicy::Capability;
    const QString manage =
        m_roles ? m_roles->reasonDenied(C::ManageDomainsAndOrganizations) : QString();
    const QString remove =
        m_roles ? m_roles->reasonDenied(C::DeleteDomainsAndOrganizations) : QString();
    auto set = [selected](QPushButton *button, const QString &denied, bool needsSelection,
                          const QString &tip) {
        button->setEnabled(denied.isEmpty() && (selected || !needsSelection));
        button->setToolTip(denied.isEmpty() ? tip : denied);
    };
    set(m_create, manage, false,
        tr("Add an organization, optionally submitting it for validation at once"));
    set(m_submit, manage, true, tr("Ask CertCentral to validate the selected organization"));
    set(m_contacts, manage, true, tr("Change the organization contact and the technical contact"));
    set(m_delete, remove, true, tr("Delete the selected organization"));
}

void OrganizationsScreen::refresh() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
    cancelDetails();
    m_banner->clear();
    m_refresh->setEnabled(false);
    bool first = true;
    m_job = OrganizationService(m_client).list();
    m_job.onResult(
        this, [this, first, known = QHash<qint64, Organization>()](
                  const QList<Organization> &organizations, qint64 loaded, qint64 total) mutable {
            if (first) {
                first = false;
                // Contacts already known stay shown until Organization info renews them.
                for (int row = 0; row < m_model->rowCount(); ++row)
                    if (m_model->organizationAt(row).hasDetails)
                        known.insert(m_model->organizationAt(row).id, m_model->organizationAt(row));
                m_model->clear(); // the old rows stay until the new ones arrive
            }
            QList<Organization> rows = organizations;
            for (Organization &o : rows) {
                const auto it = known.constFind(o.id);
                if (it == known.constEnd())
                    continue;
                o.organizationContact = it->organizationContact;
                o.technicalContact = it->technicalContact;
                o.verifiedContacts = it->verifiedContacts;
                o.dateCreated = it->dateCreated;
                o.hasDetails = true;
            }
            m_model->appendOrganizations(rows);
            m_count->setText(tr("%1 of %2 organizations loaded")
                                 .arg(QLocale().toString(loaded), QLocale().toString(total)));
        });
    m_job.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(
                tr("The organizations could not be loaded: %1").arg(error.message()),
                error.shortCode(), tr("Retry"));
    });
    m_job.onFinished(this, [this] {
        m_job.reset();
        m_refresh->setEnabled(true);
        m_count->setText(tr("%1 organizations").arg(QLocale().toString(m_model->rowCount())));
        // The list has no contacts; Organization info fills them in, a few at a time.
        if (m_model->rowCount() <= kDetailsForAll)
            for (int row = 0; row < m_model->rowCount(); ++row)
                queueDetails(m_model->organizationAt(row).id);
        if (const Organization *o = selectedOrganization(); o && !o->hasDetails)
            queueDetails(o->id, true);
        showDetails();
        emit loaded();
    });
}

void OrganizationsScreen::queueDetails(qint64 organizationId, bool first) {
    if (m_detailCalls.value(organizationId).isRunning())
        return;
    m_detailsQueue.removeAll(organizationId);
    if (first)
        m_detailsQueue.prepend(organizationId);
    else
        m_detailsQueue.append(organizationId);
    pumpDetails();
}

void OrganizationsScreen::pumpDetails() {
    m_detailCalls.removeIf([](const auto &entry) { return !entry.value().isRunning(); });
    while (m_detailCalls.size() < kDetailsInFlight && !m_detailsQueue.isEmpty()) {
        const qint64 id = m_detailsQueue.takeFirst();
        const auto call = OrganizationService(m_client).info(id);
        m_detailCalls.insert(id, call);
        call.onResult(this, [this](const Organization &o) { m_model->updateOrganization(o); });
        // A detail that fails leaves the contact cells empty; the list itself is fine.
        call.onFinished(this, [this, id] {
            m_detailCalls.remove(id);
            pumpDetails();
        });
    }
}

void OrganizationsScreen::cancelDetails() {
    m_detailsQueue.clear();
    const QHash<qint64, AnyReply> calls = m_detailCalls;
    m_detailCalls.clear();
    for (const AnyReply &call : calls)
        call.cancel(this);
}

QString OrganizationsScreen::detailsText() const {
    return m_details->text();
}

const Organization *OrganizationsScreen::selectedOrganization() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row >= 0 && row < m_model->rowCount() ? &m_model->organizationAt(row) : nullptr;
}

bool OrganizationsScreen::selectOrganization(qint64 organizationId) {
    const int row = m_model->rowOfOrganization(organizationId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

NewOrganizationDialog *OrganizationsScreen::showCreateDialog() {
    auto *dialog = new NewOrganizationDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewOrganizationDialog::created, this, [this](qint64 id, const QString &name) {
        const QString message = tr("%1 was created (organization %2).").arg(name).arg(id);
        emit organizationCreated(id, message);
        refresh();
        m_banner->showInfo(message);
    });
    dialog->open();
    return dialog;
}

SubmitOrganizationDialog *OrganizationsScreen::showSubmitDialog() {
    const Organization *o = selectedOrganization();
    if (!o)
        return nullptr;
    auto *dialog = new SubmitOrganizationDialog(m_client, *o, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = o->name;
    connect(dialog, &SubmitOrganizationDialog::submitted, this,
            [this, name](qint64 id, const QStringList &types) {
                QStringList names;
                for (const QString &type : types)
                    names << OrganizationValidation::typeName(type);
                const QString message =
                    tr("%1 was submitted for %2 validation; the list shows it as pending.")
                        .arg(name, names.join(QStringLiteral(", ")));
                emit validationSubmitted(true, message);
                queueDetails(id, true);
                refresh();
                m_banner->showInfo(message);
            });
    dialog->open();
    return dialog;
}

OrganizationContactsDialog *OrganizationsScreen::showContactsDialog() {
    const Organization *o = selectedOrganization();
    if (!o)
        return nullptr;
    auto *dialog = new OrganizationContactsDialog(m_client, *o, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = o->name;
    connect(dialog, &OrganizationContactsDialog::changed, this, [this, name](qint64 id) {
        const QString message = tr("The contacts of %1 were changed.").arg(name);
        m_banner->showInfo(message);
        // Organization info says what CertCentral kept (ids, cleared fields).
        const auto call = OrganizationService(m_client).info(id);
        call.onResult(this, [this, message](const Organization &o) {
            m_model->updateOrganization(o);
            emit contactsChanged(true, message);
        });
        call.onFailed(this,
                      [this, message](const ApiError &) { emit contactsChanged(true, message); });
    });
    dialog->open();
    return dialog;
}

QString OrganizationsScreen::deleteRefusalText(const ApiError &error, const QString &name) {
    QStringList said;
    for (const ApiError::Entry &e : error.entries())
        if (!e.message.isEmpty())
            said << e.message;
    const QString server =
        said.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("CertCentral says: %1").arg(said.join(QStringLiteral("; ")));
    if (error.hasCode(QStringLiteral("organization_in_use")))
        return tr("%1 cannot be deleted: this organization has pending orders or reissues. "
                  "Cancel or finish them first, then delete it again.")
                   .arg(name) +
               server;
    if (error.hasCode(QStringLiteral("organization_protected")))
        return tr("%1 cannot be deleted: it is the account's first organization, which "
                  "CertCentral keeps.")
                   .arg(name) +
               server;
    if (error.hasCode(QStringLiteral("access_denied|missing_permission")))
        return tr("%1 was not deleted: only administrators may delete organizations.").arg(name) +
               server;
    if (error.hasCode(QStringLiteral("not_found")))
        return tr("%1 no longer exists at CertCentral; refresh the list.").arg(name);
    return tr("%1 could not be deleted: %2").arg(name, error.message());
}

void OrganizationsScreen::deleteSelected(bool confirm) {
    const Organization *o = selectedOrganization();
    if (!o)
        return;
    const qint64 id = o->id;
    const QString name = o->name;
    if (confirm &&
        QMessageBox::question(
            this, tr("Delete organization"),
            tr("Delete %1 from the account?\n\nIts domains are deleted with it. Certificates "
               "already issued stay valid but can no longer be reissued or duplicated.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_delete->setEnabled(false);
    const auto call = OrganizationService(m_client).remove(id);
    call.onResult(this, [this, name](qint64 organizationId) {
        m_model->removeOrganization(organizationId);
        const QString message = tr("%1 was deleted.").arg(name);
        m_banner->showInfo(message);
        emit organizationDeleted(true, message);
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        const QString message = deleteRefusalText(error, name);
        // The banner's action reloads the list (what changed may explain the refusal).
        m_banner->showError(message, error.shortCode(), tr("Refresh"));
        emit organizationDeleted(false, message);
    });
    call.onFinished(this, &OrganizationsScreen::updateActions);
}

void OrganizationsScreen::showDetails() {
    updateActions();
    const Organization *selected = selectedOrganization();
    if (!selected) {
        m_details->setText(tr("Select an organization to see its contacts and validations."));
        return;
    }
    const Organization &o = *selected;
    if (!o.hasDetails)
        queueDetails(o.id, true);
    const QLocale locale;
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(o.name));
    if (!o.assumedName.isEmpty())
        lines << tr("Assumed name: %1").arg(esc(o.assumedName));
    lines << esc(o.oneLineAddress());
    if (!o.telephone.isEmpty())
        lines << tr("Telephone: %1").arg(esc(o.telephone));
    if (!o.containerName.isEmpty())
        lines << tr("Container: %1").arg(esc(o.containerName));
    lines << tr("Status: %1")
                 .arg(OrganizationsModel::statusText(o.isActive ? o.status
                                                                : QStringLiteral("inactive")));
    if (o.dateCreated.isValid())
        lines << tr("Created %1")
                     .arg(
                         locale.toString(o.dateCreated.toLocalTime().date(), QLocale::ShortFormat));
    lines << QString() << QStringLiteral("<b>%1</b>").arg(tr("Validations"));
    for (const OrganizationValidation &v : o.validations) {
        QString line = tr("%1: %2").arg(esc(v.name), OrganizationsModel::validationText(o, v.type));
        QStringList approvers;
        for (const OrganizationValidation::User &u : v.verifiedUsers)
            approvers << esc(QStringLiteral("%1 %2").arg(u.firstName, u.lastName).trimmed());
        if (!approvers.isEmpty())
            line += QStringLiteral("<br>&nbsp;&nbsp;") +
                    tr("approved by %1").arg(approvers.join(QStringLiteral(", ")));
        lines << line;
    }
    if (o.validations.isEmpty())
        lines << tr("Not submitted for validation.");
    lines << QString() << QStringLiteral("<b>%1</b>").arg(tr("Contacts"));
    if (!o.hasDetails) {
        lines << tr("Loading…");
    } else {
        auto contact = [&](const QString &role, const OrganizationContact &c) {
            if (c.isEmpty())
                return tr("%1: none").arg(role);
            QStringList parts{esc(c.displayName())};
            for (const QString &part :
                 {c.jobTitle, c.email, VerifiedContactsModel::telephoneText(c)})
                if (!part.isEmpty())
                    parts << esc(part);
            return tr("%1: %2").arg(role, parts.join(QStringLiteral(", ")));
        };
        lines << contact(tr("Organization contact"), o.organizationContact);
        lines << contact(tr("Technical contact"), o.technicalContact);
        lines << tr("Verified contacts: %Ln", nullptr, int(o.verifiedContacts.size()));
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));
}
