#include "ui/domains/AddDomainDialog.h"

#include "api/CertCentralClient.h"
#include "models/DomainsModel.h"
#include "services/AccountService.h"
#include "services/DomainService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/QuietLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddDomainDialog::AddDomainDialog(CertCentralClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldErrorLabel(QStringLiteral("nameError"), this))
    , m_organization(new QComboBox(this))
    , m_organizationError(new FieldErrorLabel(QStringLiteral("organizationError"), this))
    , m_ov(new QCheckBox(tr("OV: organization validation"), this))
    , m_ev(new QCheckBox(tr("EV: extended validation"), this))
    , m_method(new QComboBox(this))
    , m_methodError(new FieldErrorLabel(QStringLiteral("methodError"), this))
    , m_methodHint(new QLabel(this))
    , m_generalError(new FieldErrorLabel(QStringLiteral("generalError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("addDomainDialog"));
    setWindowTitle(tr("Add domain"));
    m_name->setObjectName(QStringLiteral("domainName"));
    m_name->setPlaceholderText(tr("example.com"));
    m_name->setMaxLength(300);
    m_organization->setObjectName(QStringLiteral("domainOrganization"));
    m_organization->setMinimumContentsLength(28);
    m_ov->setObjectName(QStringLiteral("validateOv"));
    m_ev->setObjectName(QStringLiteral("validateEv"));
    m_method->setObjectName(QStringLiteral("dcvMethod"));
    for (const QString &m : NewDomain::dcvMethods())
        m_method->addItem(DomainsModel::dcvMethodText(m), m);
    m_methodHint->setWordWrap(true);
    m_methodHint->setObjectName(QStringLiteral("methodHint"));
    QuietLabel::quieten(m_methodHint);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add domain"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addDomainButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Domain name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Organization"), m_organization);
    form->addRow(QString(), m_organizationError);
    form->addRow(tr("Submit for"), m_ov);
    form->addRow(QString(), m_ev);
    form->addRow(tr("DCV method"), m_method);
    form->addRow(QString(), m_methodHint);
    form->addRow(QString(), m_methodError);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(460); // room for the wrapped hint; errors grow the dialog as they appear
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    const auto updateHint = [this] {
        const QString method = m_method->currentData().toString();
        m_methodHint->setText(
            method == QLatin1String("email")
                ? tr("CertCentral e-mails the domain's WHOIS and constructed addresses.")
            : method == QLatin1String("http-token")
                ? tr("You will place a file under /.well-known/pki-validation/ on the site.")
                : tr("You will add a DNS record; DCV instructions on the Domains page say "
                     "which."));
        if (isVisible())
            adjustSize();
    };
    updateHint();
    connect(m_method, &QComboBox::currentIndexChanged, this, updateHint);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameError->setMessage({});
        m_generalError->setMessage({});
    });
    connect(m_organization, &QComboBox::currentIndexChanged, this,
            [this] { m_organizationError->setMessage({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDomainDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadOrganizations();
}

void AddDomainDialog::loadOrganizations() {
    m_organization->clear();
    m_organization->addItem(tr("Loading organizations…"), QString());
    m_organization->setEnabled(false);
    const auto call = AccountService(m_client).filterChoices(FilterChoice::Kind::Organization);
    call.onResult(this, &AddDomainDialog::showOrganizations);
    call.onFailed(this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_organization->clear();
        m_organization->addItem(tr("Organizations could not be loaded"), QString());
        m_organizationError->setMessage(
            tr("The organizations could not be loaded: %1").arg(error.message()));
    });
}

void AddDomainDialog::showOrganizations(FilterChoice::Kind, const QList<FilterChoice> &choices) {
    m_organization->clear();
    m_organization->setEnabled(!choices.isEmpty());
    if (choices.isEmpty()) {
        m_organization->addItem(tr("No organizations yet"), QString());
        m_organizationError->setMessage(
            tr("Create an organization first: every domain belongs to one."));
        return;
    }
    m_organization->addItem(tr("Choose…"), QString());
    for (const FilterChoice &choice : choices)
        m_organization->addItem(choice.name, choice.id);
    // One organization: nothing to choose.
    m_organization->setCurrentIndex(choices.size() == 1 ? 1 : 0);
}

NewDomain AddDomainDialog::domain() const {
    NewDomain d;
    d.name = m_name->text();
    d.organizationId = m_organization->currentData().toString().toLongLong();
    if (m_ov->isChecked())
        d.validationTypes << QStringLiteral("ov");
    if (m_ev->isChecked())
        d.validationTypes << QStringLiteral("ev");
    d.dcvMethod = m_method->currentData().toString();
    return d;
}

void AddDomainDialog::showProblem(const QString &field, const QString &message) {
    if (field == QLatin1String("name")) {
        m_nameError->setMessage(message);
        m_name->setFocus();
    } else if (field == QLatin1String("organization")) {
        m_organizationError->setMessage(message);
        m_organization->setFocus();
    } else if (field == QLatin1String("dcv_method")) {
        m_methodError->setMessage(message);
    } else {
        m_generalError->setMessage(message);
    }
}

void AddDomainDialog::submit() {
    if (m_call.isRunning())
        return;
    for (FieldErrorLabel *label : {m_nameError, m_organizationError, m_methodError, m_generalError})
        label->setMessage({});
    const NewDomain d = domain();
    QString field;
    const QString problem = d.validate(&field);
    if (!problem.isEmpty()) {
        showProblem(field, problem);
        return;
    }
    setBusy(true);
    m_call = DomainService(m_client).create(d);
    m_call.onResult(this, [this](qint64 id, const QString &token) {
        m_createdId = id;
        m_token = token;
        accept();
    });
    m_call.onFailed(this, &AddDomainDialog::onFailed);
    m_call.onFinished(this, [this] { setBusy(false); });
}

void AddDomainDialog::onFailed(const ApiError &error) {
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    const QString name = NewDomain::normalizedName(m_name->text());
    if (error.hasCode(QStringLiteral("domain_exists")))
        showProblem(QStringLiteral("name"),
                    tr("%1 is already in this account; find it in the list instead.").arg(name));
    else if (error.hasCode(QStringLiteral("invalid_value|name")) ||
             error.hasCode(QStringLiteral("missing_param|name")))
        showProblem(QStringLiteral("name"), error.message());
    else if (error.code().contains(QLatin1String("organization")))
        showProblem(QStringLiteral("organization"), error.message());
    else if (error.code().contains(QLatin1String("dcv_method")))
        showProblem(QStringLiteral("dcv_method"), error.message());
    else
        showProblem(QString(), error.shortCode().isEmpty()
                                   ? error.message()
                                   : tr("%1 (%2)").arg(error.message(), error.shortCode()));
}

void AddDomainDialog::setBusy(bool busy) {
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy);
    ok->setText(busy ? tr("Adding…") : tr("Add domain"));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_ov),
                       static_cast<QWidget *>(m_ev), static_cast<QWidget *>(m_method)})
        w->setEnabled(!busy);
}
