#include "ui/organizations/OrganizationContactsDialog.h"

#include "api/CertCentralClient.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorMap.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const char *const kFields[] = {"first_name", "last_name", "email",
                               "job_title",  "telephone", "telephone_extension"};
} // namespace

OrganizationContactsDialog::OrganizationContactsDialog(CertCentralClient *client,
                                                       const Organization &organization,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_organizationId(organization.id)
    , m_errors(new FieldErrorMap(this))
    , m_banner(new ErrorBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("organizationContactsDialog"));
    setWindowTitle(tr("Contacts of %1").arg(organization.name));
    const QStringList labels = {tr("First name"), tr("Last name"), tr("E-mail"),
                                tr("Job title"),  tr("Telephone"), tr("Extension")};
    const int limits[] = {128, 128, 255, 64, 32, 16};
    auto group = [&](const QString &title, const QString &prefix) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (int i = 0; i < 6; ++i)
            m_errors->addLineEdit(form, labels.at(i), prefix + QLatin1String(kFields[i]),
                                  limits[i]);
        return box;
    };
    QGroupBox *org = group(tr("Organization contact"), QStringLiteral("organization_contact."));
    QGroupBox *tech = group(tr("Technical contact"), QStringLiteral("technical_contact."));
    auto *techHint =
        new QLabel(tr("Leave every field empty to remove the technical contact."), tech);
    techHint->setWordWrap(true);
    static_cast<QFormLayout *>(tech->layout())->addRow(techHint);
    auto *note = new QLabel(tr("Changing the name or e-mail makes it a new contact; fields left "
                               "empty are cleared at CertCentral."),
                            this);
    note->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save contacts"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveContacts"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationContactsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Try again after a refusal; Close when the contacts could not even be loaded.
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this] {
        if (m_loaded)
            submit();
        else
            reject();
    });
    auto *columns = new QHBoxLayout;
    columns->addWidget(org, 1);
    columns->addWidget(tech, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(780, sizeHint().height());

    if (organization.hasDetails) {
        fill(organization);
        return;
    }
    // The list does not carry contacts: ask Organization info first.
    setBusy(true);
    m_banner->showInfo(tr("Loading the current contacts…"));
    const auto call = OrganizationService(client).info(organization.id);
    call.onResult(this, [this](const Organization &o) {
        m_banner->clear();
        setBusy(false);
        fill(o);
    });
    call.onFailed(this, [this](const ApiError &error) {
        setBusy(false);
        m_banner->showError(tr("The current contacts could not be loaded: %1").arg(error.message()),
                            error.shortCode(), tr("Close"));
    });
}

OrganizationContactsDialog::~OrganizationContactsDialog() {
    m_call.detach(this);
}

void OrganizationContactsDialog::fill(const Organization &o) {
    auto set = [this](const QString &prefix, const OrganizationContact &c) {
        const QString values[] = {c.firstName, c.lastName,  c.email,
                                  c.jobTitle,  c.telephone, c.telephoneExtension};
        for (int i = 0; i < 6; ++i)
            if (QLineEdit *edit = m_errors->lineEdit(prefix + QLatin1String(kFields[i])))
                edit->setText(values[i]);
    };
    set(QStringLiteral("organization_contact."), o.organizationContact);
    set(QStringLiteral("technical_contact."), o.technicalContact);
    m_loaded = true;
    emit loaded();
}

QLineEdit *OrganizationContactsDialog::field(const QString &name) const {
    return m_errors->lineEdit(name);
}

QString OrganizationContactsDialog::errorText(const QString &field) const {
    return m_errors->errorText(field);
}

namespace {
OrganizationContact read(const FieldErrorMap *errors, const QString &prefix) {
    auto text = [&](int i) {
        QLineEdit *edit = errors->lineEdit(prefix + QLatin1String(kFields[i]));
        return edit ? edit->text().trimmed() : QString();
    };
    OrganizationContact c;
    c.firstName = text(0);
    c.lastName = text(1);
    c.email = text(2);
    c.jobTitle = text(3);
    c.telephone = text(4);
    c.telephoneExtension = text(5);
    return c;
}

bool allEmpty(const OrganizationContact &c) {
    return c.isEmpty() && c.jobTitle.isEmpty() && c.telephone.isEmpty() &&
           c.telephoneExtension.isEmpty();
}
} // namespace

OrganizationContact OrganizationContactsDialog::organizationContact() const {
    return read(m_errors, QStringLiteral("organization_contact."));
}

OrganizationContact OrganizationContactsDialog::technicalContact() const {
    return read(m_errors, QStringLiteral("technical_contact."));
}

void OrganizationContactsDialog::submit() {
    if (m_call.isRunning() || !m_loaded)
        return;
    m_banner->clear();
    const OrganizationContact org = organizationContact();
    const OrganizationContact tech = technicalContact();
    FieldErrors errors = org.validate(QStringLiteral("organization_contact."), false);
    if (!allEmpty(tech))
        errors += tech.validate(QStringLiteral("technical_contact."), false);
    if (!errors.isEmpty()) {
        m_errors->show(errors);
        m_banner->showWarning(tr("Check the marked fields."));
        return;
    }
    m_errors->clear();
    setBusy(true);
    m_call = OrganizationService(m_client).changeContacts(
        m_organizationId, org, allEmpty(tech) ? OrganizationContact() : tech);
    m_call.onResult(this, [this](qint64 id) {
        emit changed(id);
        accept();
    });
    m_call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        setBusy(false);
        // CertCentral names entries by their place in the request: 0 organization, 1 technical.
        FieldErrors fields = FieldErrorMap::fromApiError(error);
        for (FieldError &f : fields) {
            f.field.replace(QLatin1String("contacts[0]."), QLatin1String("organization_contact."));
            f.field.replace(QLatin1String("contacts[1]."), QLatin1String("technical_contact."));
        }
        m_errors->show(fields);
        m_banner->showError(tr("CertCentral did not change the contacts: %1").arg(error.message()),
                            error.shortCode(), tr("Try again"));
    });
}

void OrganizationContactsDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}
