#include "OrderOrganizationPage.h"

#include "CertCentralClient.h"
#include "FilterChoicesCall.h"
#include "OrderWizard.h"
#include "dialogs/NewOrganizationDialog.h"
#include "ui_OrderOrganizationPage.h"

OrderOrganizationPage::OrderOrganizationPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderOrganizationPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Which organization?"));
    setSubTitle(tr("OV and EV certificates name a validated organization of your account."));
    ui->organizationHint->setText(
        tr("An organization that is not validated yet is validated with the order, which "
           "takes longer."));
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
                    ui->organization->addItem(name, m_pendingSelection);
                    ui->organization->setCurrentIndex(ui->organization->count() - 1);
                    ui->organizationError->setMessage({});
                });
        dialog->open();
    });
    connect(ui->organization, &QComboBox::currentIndexChanged, this,
            &OrderOrganizationPage::completeChanged);
}

OrderOrganizationPage::~OrderOrganizationPage() {
    delete ui;
}

void OrderOrganizationPage::initializePage() {
    if (m_loaded)
        return;
    ui->organization->clear();
    ui->organization->addItem(tr("Loading organizations…"), QString());
    auto *call = new FilterChoicesCall(m_wizard->client(), FilterChoice::Kind::Organization);
    connect(call, &FilterChoicesCall::received, this, &OrderOrganizationPage::show);
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            ui->organizationError->setMessage(
                tr("The organizations could not be loaded: %1").arg(error.message()));
    });
    m_wizard->client()->submit(call);
}

void OrderOrganizationPage::show(FilterChoice::Kind, const QList<FilterChoice> &organizations) {
    m_loaded = true;
    ui->organization->clear();
    ui->organization->addItem(tr("Choose…"), QString());
    for (const FilterChoice &o : organizations)
        ui->organization->addItem(o.name, o.id);
    if (organizations.size() == 1)
        ui->organization->setCurrentIndex(1);
    if (!m_pendingSelection.isEmpty() && ui->organization->findData(m_pendingSelection) >= 0)
        ui->organization->setCurrentIndex(ui->organization->findData(m_pendingSelection));
    if (organizations.isEmpty())
        ui->organizationError->setMessage(
            tr("The account has no organizations yet; add one on the Organizations page."));
    emit completeChanged();
}

bool OrderOrganizationPage::isComplete() const {
    return !ui->organization->currentData().toString().isEmpty();
}

bool OrderOrganizationPage::validatePage() {
    m_wizard->order().organizationId = ui->organization->currentData().toString().toLongLong();
    return m_wizard->order().organizationId > 0;
}
