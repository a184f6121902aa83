#include "ui/orders/wizard/OrderOrganizationPage.h"

#include "api/CertCentralClient.h"
#include "models/OrganizationsModel.h"
#include "services/OrganizationService.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui/organizations/NewOrganizationDialog.h"
#include "ui_OrderOrganizationPage.h"

OrderOrganizationPage::OrderOrganizationPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderOrganizationPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Which organization?"));
    setSubTitle(tr("The certificate names an organization of your account, validated by "
                   "CertCentral."));
    ui->organizationHint->hide();
    const QString reason =
        m_wizard->roles().reasonDenied(RolePolicy::Capability::ManageDomainsAndOrganizations);
    ui->newOrganization->setEnabled(reason.isEmpty());
    ui->newOrganization->setToolTip(reason);
    connect(ui->newOrganization, &QPushButton::clicked, this, [this] {
        auto *dialog = new NewOrganizationDialog(m_wizard->client(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NewOrganizationDialog::created, this,
                [this](qint64 id, const QString &name) {
                    m_pendingSelection = QString::number(id);
                    Organization created;
                    created.id = id;
                    created.name = name;
                    m_organizations << created;
                    ui->organization->addItem(name, m_pendingSelection);
                    ui->organization->setCurrentIndex(ui->organization->count() - 1);
                    ui->organizationError->setMessage({});
                    // Read the list again for the new organization's address and validations;
                    // the selection stays on it.
                    m_loaded = false;
                    initializePage();
                });
        dialog->open();
    });
    connect(ui->organization, &QComboBox::currentIndexChanged, this,
            &OrderOrganizationPage::showStatus);
}

OrderOrganizationPage::~OrderOrganizationPage() {
    if (m_job.isRunning())
        m_job.abort();
    delete ui;
}

void OrderOrganizationPage::initializePage() {
    showStatus();
    if (m_loaded || m_job.isRunning())
        return;
    ui->organization->clear();
    ui->organization->addItem(tr("Loading organizations…"), QString());
    m_organizations.clear();
    m_job = OrganizationService(m_wizard->client()).list(QString());
    m_job.onResult(this, [this](const QList<Organization> &page) { m_organizations += page; });
    m_job.onFinished(this, [this] { show(); });
    m_job.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            ui->organizationError->setMessage(
                tr("The organizations could not be loaded: %1").arg(error.message()));
    });
}

void OrderOrganizationPage::show() {
    m_loaded = true;
    ui->organization->clear();
    ui->organization->addItem(tr("Choose…"), QString());
    for (const Organization &o : std::as_const(m_organizations))
        if (o.isActive)
            ui->organization->addItem(o.fullName(), QString::number(o.id));
    if (ui->organization->count() == 2)
        ui->organization->setCurrentIndex(1);
    if (!m_pendingSelection.isEmpty() && ui->organization->findData(m_pendingSelection) >= 0)
        ui->organization->setCurrentIndex(ui->organization->findData(m_pendingSelection));
    if (ui->organization->count() == 1)
        ui->organizationError->setMessage(
            tr("The account has no active organizations yet; add one with New organization…"));
    showStatus();
}

const Organization *OrderOrganizationPage::selected() const {
    const qint64 id = ui->organization->currentData().toString().toLongLong();
    for (const Organization &o : m_organizations)
        if (o.id == id)
            return &o;
    return nullptr;
}

void OrderOrganizationPage::showStatus() {
    const Organization *o = selected();
    const QString type = m_wizard->product().validationType;
    QString text;
    if (o) {
        const QString typeName = OrganizationValidation::typeName(type);
        const QString state = OrganizationsModel::validationText(*o, type);
        const OrganizationValidation *v = o->validation(type);
        const QString address = o->oneLineAddress();
        if (!address.isEmpty())
            text = address.toHtmlEscaped() + QStringLiteral("<br>");
        if (v && v->status == QLatin1String("completed"))
            text += tr("%1 validation: %2. The order can be issued as soon as the names are "
                       "proven.")
                        .arg(typeName, state.toHtmlEscaped());
        else if (v)
            text += tr("%1 validation: %2. It finishes with this order, which takes longer.")
                        .arg(typeName, state.toHtmlEscaped());
        else
            text += tr("Not validated for %1 yet: CertCentral validates it with this order, "
                       "which takes longer.")
                        .arg(typeName);
    }
    ui->organizationStatus->setText(text);
    emit completeChanged();
}

bool OrderOrganizationPage::isComplete() const {
    return !ui->organization->currentData().toString().isEmpty();
}

bool OrderOrganizationPage::validatePage() {
    m_wizard->order().organizationId = ui->organization->currentData().toString().toLongLong();
    m_wizard->setOrganizationName(ui->organization->currentText());
    return m_wizard->order().organizationId > 0;
}
