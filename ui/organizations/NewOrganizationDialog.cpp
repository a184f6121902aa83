#include "ui/organizations/NewOrganizationDialog.h"

#include "api/CertCentralClient.h"
#include "core/OrganizationValidation.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorMap.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QFormLayout *formIn(QGroupBox *group) {
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}
} // namespace

NewOrganizationDialog::NewOrganizationDialog(CertCentralClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_errors(new FieldErrorMap(this))
    , m_banner(new ErrorBanner(this))
    , m_validationsError(FieldErrorMap::makeErrorLabel(this, QStringLiteral("validationsError")))
    , m_verifiedGroup(new QGroupBox(tr("Verified contact (approves EV and code signing)"), this))
    , m_skipDuplicate(
          new QCheckBox(tr("Create it even though an organization with this name exists"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newOrganizationDialog"));
    setWindowTitle(tr("Create organization"));

    auto *details = new QGroupBox(tr("Organization"), this);
    QFormLayout *form = formIn(details);
    QLineEdit *name = m_errors->addLineEdit(form, tr("Legal name"), QStringLiteral("name"), 64);
    name->setPlaceholderText(tr("As registered, up to 64 characters"));
    m_errors->addLineEdit(form, tr("Assumed name"), QStringLiteral("assumed_name"), 64)
        ->setPlaceholderText(tr("Optional: trading name (DBA)"));
    m_errors->addLineEdit(form, tr("Address"), QStringLiteral("address"), 64);
    m_errors->addLineEdit(form, tr("Address line 2"), QStringLiteral("address2"), 64);
    m_errors->addLineEdit(form, tr("City"), QStringLiteral("city"), 64);
    m_errors->addLineEdit(form, tr("State or province"), QStringLiteral("state"), 64);
    m_errors->addLineEdit(form, tr("Postal code"), QStringLiteral("zip"), 128);
    m_errors->addLineEdit(form, tr("Country"), QStringLiteral("country"), 2)
        ->setPlaceholderText(tr("Two letters, for example US or DE"));
    m_errors->addLineEdit(form, tr("Telephone"), QStringLiteral("telephone"), 32);

    QGroupBox *validations = buildValidationsGroup();

    auto *contact = new QGroupBox(tr("Organization contact"), this);
    form = formIn(contact);
    addContactFields(form, QStringLiteral("organization_contact."), true);

    auto *technical = new QGroupBox(tr("Technical contact (optional)"), this);
    form = formIn(technical);
    addContactFields(form, QStringLiteral("technical_contact."), false);

    m_verifiedGroup->setObjectName(QStringLiteral("verifiedContactGroup"));
    form = formIn(m_verifiedGroup);
    addContactFields(form, QStringLiteral("contacts[0]."), true);
    auto *verifiedHint = new QLabel(tr("Needed for EV, CS or EV CS; more can be added later on "
                                       "the Verified contacts page."),
                                    m_verifiedGroup);
    verifiedHint->setWordWrap(true);
    form->addRow(verifiedHint);

    m_skipDuplicate->setObjectName(QStringLiteral("skipDuplicateCheck"));
    m_skipDuplicate->hide(); // offered once CertCentral reports a duplicate
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createOrganization"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewOrganizationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &NewOrganizationDialog::submit);

    auto *left = new QVBoxLayout;
    left->addWidget(details);
    left->addWidget(validations);
    left->addStretch(1);
    auto *middle = new QVBoxLayout;
    middle->addWidget(contact);
    middle->addWidget(technical);
    middle->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_verifiedGroup);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(middle, 3);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addWidget(m_skipDuplicate);
    layout->addWidget(m_buttons);
    updateVerifiedContactGroup();
    resize(1120, 560);
    name->setFocus();
}

// The validation types to submit at once, with the hint on what each needs.
QGroupBox *NewOrganizationDialog::buildValidationsGroup() {
    auto *validations = new QGroupBox(tr("Submit for validation now (optional)"), this);
    auto *validationLayout = new QVBoxLayout(validations);
    auto *boxes = new QHBoxLayout;
    for (const QString &type : OrganizationValidation::types()) {
        auto *box = new QCheckBox(OrganizationValidation::typeName(type), validations);
        box->setObjectName(QStringLiteral("validate_") + type);
        box->setProperty("validationType", type);
        m_validationBoxes << box;
        boxes->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_validationsError->hide();
            updateVerifiedContactGroup();
        });
    }
    boxes->addStretch(1);
    validationLayout->addLayout(boxes);
    validationLayout->addWidget(m_validationsError);
    auto *hint = new QLabel(tr("OV is enough for OV certificates. EV, CS and EV CS need a "
                               "verified contact who approves them."),
                            validations);
    hint->setWordWrap(true);
    validationLayout->addWidget(hint);
    m_errors->addField(QStringLiteral("validations"), validations, m_validationsError);
    return validations;
}

// First name, last name, e-mail, job title (where asked) and telephone, under the API's field
// names with a prefix ("organization_contact.").
void NewOrganizationDialog::addContactFields(QFormLayout *form, const QString &prefix,
                                             bool jobTitle) {
    m_errors->addLineEdit(form, tr("First name"), prefix + QStringLiteral("first_name"), 128);
    m_errors->addLineEdit(form, tr("Last name"), prefix + QStringLiteral("last_name"), 128);
    m_errors->addLineEdit(form, tr("E-mail"), prefix + QStringLiteral("email"), 255);
    if (jobTitle)
        m_errors->addLineEdit(form, tr("Job title"), prefix + QStringLiteral("job_title"), 64);
    m_errors->addLineEdit(form, tr("Telephone"), prefix + QStringLiteral("telephone"), 32);
}

NewOrganizationDialog::~NewOrganizationDialog() {
    // The organization may still be created; only the answer is no longer wanted here.
    m_call.detach(this);
}

QLineEdit *NewOrganizationDialog::field(const QString &name) const {
    return m_errors->lineEdit(name);
}

QString NewOrganizationDialog::errorText(const QString &field) const {
    return m_errors->errorText(field);
}

void NewOrganizationDialog::setValidationChecked(const QString &type, bool checked) {
    for (QCheckBox *box : m_validationBoxes)
        if (box->property("validationType").toString() == type)
            box->setChecked(checked);
}

void NewOrganizationDialog::updateVerifiedContactGroup() {
    bool needed = false;
    for (QCheckBox *box : std::as_const(m_validationBoxes))
        needed = needed || (box->isChecked() &&
                            box->property("validationType").toString() != QLatin1String("ov"));
    // Kept enabled: a verified contact may be added without submitting anything yet.
    m_verifiedGroup->setTitle(needed ? tr("Verified contact (required for EV and code signing)")
                                     : tr("Verified contact (optional)"));
}

NewOrganization NewOrganizationDialog::organization() const {
    auto text = [this](const char *field) {
        QLineEdit *edit = m_errors->lineEdit(QLatin1String(field));
        return edit ? edit->text().trimmed() : QString();
    };
    NewOrganization o;
    o.name = text("name");
    o.assumedName = text("assumed_name");
    o.address = text("address");
    o.address2 = text("address2");
    o.city = text("city");
    o.state = text("state");
    o.zip = text("zip");
    o.country = text("country");
    o.telephone = text("telephone");
    o.organizationContact.firstName = text("organization_contact.first_name");
    o.organizationContact.lastName = text("organization_contact.last_name");
    o.organizationContact.email = text("organization_contact.email");
    o.organizationContact.jobTitle = text("organization_contact.job_title");
    o.organizationContact.telephone = text("organization_contact.telephone");
    o.technicalContact.firstName = text("technical_contact.first_name");
    o.technicalContact.lastName = text("technical_contact.last_name");
    o.technicalContact.email = text("technical_contact.email");
    o.technicalContact.telephone = text("technical_contact.telephone");
    NewVerifiedContact verified;
    verified.contact.firstName = text("contacts[0].first_name");
    verified.contact.lastName = text("contacts[0].last_name");
    verified.contact.email = text("contacts[0].email");
    verified.contact.jobTitle = text("contacts[0].job_title");
    verified.contact.telephone = text("contacts[0].telephone");
    if (!verified.contact.isEmpty() || !verified.contact.jobTitle.isEmpty() ||
        !verified.contact.telephone.isEmpty())
        o.verifiedContacts << verified;
    for (QCheckBox *box : m_validationBoxes)
        if (box->isChecked())
            o.validations << NewOrganization::Validation{box->property("validationType").toString(),
                                                         {}};
    o.skipDuplicateCheck = m_skipDuplicate->isVisible() && m_skipDuplicate->isChecked();
    return o;
}

void NewOrganizationDialog::showProblems(const FieldErrors &errors, const QString &apiMessage,
                                         const QString &code) {
    const FieldErrors unplaced = m_errors->show(errors);
    QStringList lines;
    for (const FieldError &e : unplaced)
        lines << (e.field.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.field, e.message));
    QString message;
    if (!apiMessage.isEmpty())
        message = tr("CertCentral did not create the organization: %1").arg(apiMessage);
    else if (!errors.isEmpty())
        message = tr("Check the marked fields: %Ln problem(s).", nullptr, int(errors.size()));
    if (!lines.isEmpty() && apiMessage.isEmpty())
        message += QLatin1Char(' ') + lines.join(QLatin1Char(' '));
    if (apiMessage.isEmpty())
        m_banner->showWarning(message); // nothing was sent
    else
        m_banner->showError(message, code, tr("Try again"));
    emit refused(message);
}

void NewOrganizationDialog::submit() {
    if (m_call.isRunning())
        return;
    m_banner->clear();
    const NewOrganization o = organization();
    const FieldErrors errors = o.validate();
    if (!errors.isEmpty()) {
        showProblems(errors);
        return;
    }
    m_errors->clear();
    setBusy(true);
    m_call = OrganizationService(m_client).create(o);
    const QString name = o.name;
    m_call.onResult(this, [this, name](qint64 id) {
        m_createdId = id;
        emit created(id, name);
        accept();
    });
    m_call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        setBusy(false);
        if (error.hasCode(QStringLiteral("duplicate_organization")))
            m_skipDuplicate->show();
        showProblems(FieldErrorMap::fromApiError(error), error.message(), error.shortCode());
    });
}

void NewOrganizationDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create"));
}
