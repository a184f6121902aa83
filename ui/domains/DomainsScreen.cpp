#include "ui/domains/DomainsScreen.h"

#include "api/CertCentralClient.h"
#include "core/DcvInstructions.h"
#include "models/DomainsModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/ListScreen.h"
#include "ui/domains/AddDomainDialog.h"

#include "services/DomainService.h"
#include "ui/common/PageTitle.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DomainsScreen::DomainsScreen(CertCentralClient *client, QWidget *parent)
    : ListScreen(parent)
    , m_client(client)
    , m_model(new DomainsModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    // Made here, in the order their controls take the focus.
    m_search = new QLineEdit(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_table = new QTableView(this);
    m_banner = new ErrorBanner(this);
    m_count = new QLabel(this);
    m_details = new QLabel(this);
    m_instructions = new QPushButton(tr("DCV instructions…"), this);
    m_check = new QPushButton(tr("Check DCV"), this);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_submit = new QPushButton(tr("Submit for validation…"), this);
    m_add = new QPushButton(tr("Add…"), this);
    setObjectName(QStringLiteral("domainsScreen"));
    m_search->setObjectName(QStringLiteral("domainSearch"));
    m_refresh->setObjectName(QStringLiteral("domainsRefresh"));
    m_table->setObjectName(QStringLiteral("domainsTable"));
    m_count->setObjectName(QStringLiteral("domainCount"));
    m_details->setObjectName(QStringLiteral("domainDetails"));
    auto *title = new PageTitle(tr("Domains"), this);
    m_table->setAccessibleName(title->text());
    m_search->setPlaceholderText(tr("Search domain or organization"));
    m_search->setClearButtonEnabled(true);

    ListScreen::setUpSearchProxy(m_proxy, m_model, DomainsModel::SortRole);
    ListScreen::setUpTable(m_table, m_proxy, DomainsModel::NameColumn);
    m_table->horizontalHeader()->setSectionResizeMode(DomainsModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(DomainsModel::OrganizationColumn, 190);
    m_table->setColumnWidth(DomainsModel::StatusColumn, 80);
    m_table->setColumnWidth(DomainsModel::OvColumn, 160);
    m_table->setColumnWidth(DomainsModel::EvColumn, 160);
    m_table->setColumnWidth(DomainsModel::DcvMethodColumn, 120);
    m_table->setColumnWidth(DomainsModel::DcvApprovedColumn, 110);
    m_table->setColumnWidth(DomainsModel::LockingColumn, 90);

    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(120);
    m_details->setText(tr("Select a domain to see its validations."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ListScreen::titleBar(
        title, m_search, {m_add, m_instructions, m_submit, m_check, m_delete, m_refresh}));
    layout->addWidget(m_banner);
    layout->addWidget(ListScreen::tableOverDetails(this, m_table, m_count, m_details), 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%1 of %2 domains shown")
                             .arg(QLocale().toString(m_proxy->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    });
    connect(m_refresh, &QPushButton::clicked, this, &DomainsScreen::refresh);
    m_instructions->setObjectName(QStringLiteral("dcvInstructions"));
    m_check->setObjectName(QStringLiteral("checkDcv"));
    m_instructions->setEnabled(false);
    m_check->setEnabled(false);
    m_check->setToolTip(tr("Ask CertCentral to look for the DNS record or file now"));
    connect(m_instructions, &QPushButton::clicked, this, &DomainsScreen::showDcvInstructions);
    connect(m_check, &QPushButton::clicked, this, &DomainsScreen::checkDcv);
    m_submit->setObjectName(QStringLiteral("submitValidation"));
    m_submit->setEnabled(false);
    connect(m_submit, &QPushButton::clicked, this, &DomainsScreen::askForValidation);
    m_add->setObjectName(QStringLiteral("addDomain"));
    connect(m_add, &QPushButton::clicked, this, &DomainsScreen::addDomain);
    m_delete->setObjectName(QStringLiteral("deleteDomain"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_banner, &ErrorBanner::actionTriggered, this, &DomainsScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsScreen::showDetails);
}

DomainsScreen::~DomainsScreen() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
}

void DomainsScreen::refresh() {
    if (m_job.isRunning()) {
        m_job.cancel(this);
    }
    m_banner->clear();
    m_refresh->setEnabled(false);
    bool first = true;
    m_job = DomainService(m_client).list();
    m_job.onResult(
        this, [this, first](const QList<Domain> &domains, qint64 loaded, qint64 total) mutable {
            if (first) {
                first = false;
                m_model->clear(); // the old rows stay until the new ones arrive
            }
            m_model->appendDomains(domains);
            m_count->setText(tr("%1 of %2 domains loaded")
                                 .arg(QLocale().toString(loaded), QLocale().toString(total)));
        });
    m_job.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            m_banner->showError(tr("The domains could not be loaded: %1").arg(error.message()),
                                error.shortCode(), tr("Retry"));
    });
    m_job.onFinished(this, [this] {
        m_job.reset();
        m_refresh->setEnabled(true);
        m_count->setText(tr("%1 domains").arg(QLocale().toString(m_model->rowCount())));
    });
}

QString DomainsScreen::detailsText() const {
    return m_details->text();
}

const Domain *DomainsScreen::selectedDomain() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->domainAt(m_proxy->mapToSource(rows.first()).row());
}

void DomainsScreen::showDcvInstructions() {
    const Domain *d = selectedDomain();
    if (!d)
        return;
    const qint64 id = d->id;
    const QString name = d->name;
    const QString method = d->dcvMethod;
    if (method == QLatin1String("email") || method.isEmpty()) {
        const QString text = tr("%1 uses e-mail DCV: CertCentral e-mails the addresses it builds "
                                "for the domain (admin@, administrator@, webmaster@, "
                                "hostmaster@ and postmaster@) and the contacts of its DNS TXT "
                                "record; approve the link in that e-mail.")
                                 .arg(name);
        m_banner->showInfo(text);
        emit dcvInstructionsShown(text, QString());
        return;
    }
    // The token the domain has now: making a new one would void one already published.
    const auto call = DomainService(m_client).token(id);
    call.onResult(this, [this, id, name, method](const QString &token, const QDateTime &expires,
                                                 const QString &) {
        if (token.isEmpty() || (expires.isValid() && expires <= QDateTime::currentDateTimeUtc()))
            requestNewToken(id, name, method, true);
        else
            showTokenDialog(id, name, method, token, expires);
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        const QString message =
            tr("The DCV token of %1 could not be fetched: %2").arg(name, error.message());
        m_banner->showProblem(message, error.shortCode());
        emit dcvInstructionsShown(QString(), QString());
    });
}

void DomainsScreen::requestNewToken(qint64 id, const QString &name, const QString &method,
                                    bool confirm) {
    if (confirm &&
        QMessageBox::question(
            this, tr("New DCV token"),
            tr("%1 has no valid DCV token. Ask CertCentral for a new one?\n\nA new token "
               "replaces any token of this domain that may already be published.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes) {
        emit dcvInstructionsShown(QString(), QString());
        return;
    }
    const auto call = DomainService(m_client).newToken(id);
    call.onResult(this, [this, id, name, method](const QString &token, const QDateTime &expires,
                                                 const QString &) {
        showTokenDialog(id, name, method, token, expires);
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        const QString message = tr("No new DCV token for %1: %2").arg(name, error.message());
        m_banner->showProblem(message, error.shortCode());
        emit dcvInstructionsShown(QString(), QString());
    });
}

void DomainsScreen::showTokenDialog(qint64 id, const QString &name, const QString &method,
                                    const QString &token, const QDateTime &expires) {
    const QString text = DcvInstructions::describe(name, method, token, expires);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("dcvInstructionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Prove control of %1").arg(name));
    auto *label = new QLabel(text, dialog);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *valueEdit = new QLineEdit(token, dialog);
    valueEdit->setReadOnly(true);
    valueEdit->setObjectName(QStringLiteral("randomValue"));
    auto *copy = new QPushButton(tr("Copy value"), dialog);
    copy->setObjectName(QStringLiteral("copyRandomValue"));
    connect(copy, &QPushButton::clicked, dialog,
            [token] { QGuiApplication::clipboard()->setText(token); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *renew = buttons->addButton(tr("New token…"), QDialogButtonBox::ActionRole);
    renew->setObjectName(QStringLiteral("newDcvToken"));
    renew->setToolTip(tr("Ask CertCentral for a new token; it replaces this one."));
    connect(renew, &QPushButton::clicked, dialog, [this, dialog, id, name, method] {
        if (QMessageBox::question(
                dialog, tr("New DCV token"),
                tr("Replace the DCV token of %1? A token already published for it stops "
                   "working.")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        dialog->close();
        requestNewToken(id, name, method, false);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *row = new QHBoxLayout;
    row->addWidget(valueEdit, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(buttons);
    dialog->resize(560, dialog->sizeHint().height());
    dialog->show();
    emit dcvInstructionsShown(text, token);
}

void DomainsScreen::checkDcv() {
    const Domain *d = selectedDomain();
    if (!d)
        return;
    const QString name = d->name;
    m_check->setEnabled(false);
    const auto call = DomainService(m_client).checkDcv(d->id);
    call.onResult(this, [this, name](const QString &, const QDateTime &, const QString &status) {
        // status: active (control proven) or inactive (certcentral-docs.md 7.6).
        if (status == QLatin1String("active")) {
            const QString message = tr("CertCentral found the DCV token of %1: domain "
                                       "control is proven.")
                                        .arg(name);
            m_banner->showInfo(message);
            emit dcvChecked(true, message);
        } else {
            const QString message =
                tr("CertCentral has not found the DCV token of %1 yet. Publish the value "
                   "(DCV instructions…) and try again; DNS changes can take a while to "
                   "be seen.")
                    .arg(name);
            m_banner->showProblem(message, QString());
            emit dcvChecked(false, message);
        }
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        QString message = tr("DCV for %1 is not done yet: %2").arg(name, error.message());
        if (error.hasCode(QStringLiteral("invalid_dns_txt")) ||
            error.hasCode(QStringLiteral("file_random_value_not_found")))
            message += QLatin1Char(' ') + tr("Publish the value (DCV instructions…) and try again; "
                                             "DNS changes can take a while to be seen.");
        m_banner->showProblem(message, error.shortCode());
        emit dcvChecked(false, message);
    });
    call.onFinished(this, [this] { m_check->setEnabled(selectedDomain()); });
}

void DomainsScreen::deleteSelected(bool confirm) {
    const Domain *d = selectedDomain();
    if (!d)
        return;
    const qint64 id = d->id;
    const QString name = d->name;
    if (confirm &&
        QMessageBox::question(
            this, tr("Delete domain"),
            tr("Delete %1 from the account?\n\nCertificates already issued for it stay valid. "
               "To order for it again, the domain must be added and validated again.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const auto call = DomainService(m_client).remove(id);
    call.onResult(this, [this, name](qint64 domainId) {
        m_model->removeDomain(domainId);
        const QString message = tr("%1 was deleted.").arg(name);
        m_banner->showInfo(message);
        emit domainDeleted(true, message);
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        const QString message = tr("%1 could not be deleted: %2").arg(name, error.message());
        m_banner->showProblem(message, error.shortCode());
        emit domainDeleted(false, message);
    });
}

void DomainsScreen::askForValidation() {
    const Domain *d = selectedDomain();
    if (!d)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("submitValidationDialog"));
    dialog.setWindowTitle(tr("Submit %1 for validation").arg(d->name));
    auto *ov = new QCheckBox(tr("OV: organization validation"), &dialog);
    auto *ev = new QCheckBox(tr("EV: extended validation"), &dialog);
    ov->setObjectName(QStringLiteral("validateOv"));
    ev->setObjectName(QStringLiteral("validateEv"));
    auto *method = new QComboBox(&dialog);
    method->setObjectName(QStringLiteral("dcvMethod"));
    for (const QString &m : {QStringLiteral("email"), QStringLiteral("dns-txt-token"),
                             QStringLiteral("dns-cname-token"), QStringLiteral("http-token")})
        method->addItem(DomainsModel::dcvMethodText(m), m);
    method->setCurrentIndex(qMax(0, method->findData(d->dcvMethod)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto update = [ov, ev, buttons] {
        // At least one validation type; Submit stays off until then.
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ov->isChecked() || ev->isChecked());
    };
    connect(ov, &QCheckBox::toggled, &dialog, update);
    connect(ev, &QCheckBox::toggled, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Validations"), ov);
    form->addRow(QString(), ev);
    form->addRow(tr("DCV method"), method);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList types;
    if (ov->isChecked())
        types << QStringLiteral("ov");
    if (ev->isChecked())
        types << QStringLiteral("ev");
    submitValidation(types, method->currentData().toString());
}

void DomainsScreen::addDomain() {
    auto *dialog = new AddDomainDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = NewDomain::normalizedName(dialog->domain().name);
        const qint64 id = dialog->createdId();
        const bool token = !dialog->dcvToken().isEmpty();
        refresh();
        m_banner->showInfo(token ? tr("%1 was added. Choose it and open DCV instructions to "
                                      "prove control.")
                                       .arg(name)
                                 : tr("%1 was added. CertCentral e-mails the DCV approval "
                                      "request to the domain's addresses.")
                                       .arg(name));
        emit domainAdded(id, name);
    });
    dialog->open();
}

void DomainsScreen::submitValidation(const QStringList &types, const QString &dcvMethod) {
    const Domain *d = selectedDomain();
    if (!d)
        return;
    if (types.isEmpty()) {
        const QString message =
            tr("Choose OV, EV or both to submit %1 for validation.").arg(d->name);
        m_banner->showProblem(message);
        emit validationSubmitted(false, message);
        return;
    }
    const QString name = d->name;
    const auto call = DomainService(m_client).submitValidation(d->id, types, dcvMethod);
    call.onResult(this, [this, name](qint64) {
        const QString message =
            tr("%1 was submitted for validation; the list shows it as pending.").arg(name);
        emit validationSubmitted(true, message);
        refresh();
        m_banner->showInfo(message);
    });
    call.onFailed(this, [this, name](const ApiError &error) {
        const QString message = tr("%1 could not be submitted: %2").arg(name, error.message());
        m_banner->showProblem(message, error.shortCode());
        emit validationSubmitted(false, message);
    });
}

void DomainsScreen::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    showDetails();
}

void DomainsScreen::showDetails() {
    const Domain *selected = selectedDomain();
    using C = RolePolicy::Capability;
    const QString manage = m_roles.reasonDenied(C::ManageDomainsAndOrganizations);
    const QString remove = m_roles.reasonDenied(C::DeleteDomainsAndOrganizations);
    m_add->setEnabled(manage.isEmpty());
    m_add->setToolTip(manage.isEmpty()
                          ? tr("Add a domain to the account, optionally submitted for validation")
                          : manage);
    m_delete->setEnabled(selected != nullptr && remove.isEmpty());
    m_delete->setToolTip(remove.isEmpty() ? tr("Remove the selected domain from the account")
                                          : remove);
    m_submit->setEnabled(selected != nullptr && manage.isEmpty());
    m_submit->setToolTip(manage.isEmpty() ? tr("Submit the selected domain for OV or EV "
                                               "validation")
                                          : manage);
    const bool tokens = selected && selected->dcvMethod != QLatin1String("email");
    m_instructions->setEnabled(selected != nullptr);
    m_check->setEnabled(tokens);
    m_check->setToolTip(
        selected && !tokens
            ? tr("%1 uses e-mail DCV; approve the e-mail instead.").arg(selected->name)
            : tr("Ask CertCentral to look for the DNS record or file now"));
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
