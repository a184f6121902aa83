#include "ui/organizations/SubmitOrganizationDialog.h"

#include "api/CertCentralClient.h"
#include "models/OrganizationsModel.h"
#include "models/VerifiedContactsModel.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorMap.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SubmitOrganizationDialog::SubmitOrganizationDialog(CertCentralClient *client,
                                                   const Organization &organization,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_organization(organization)
    , m_banner(new ErrorBanner(this))
    , m_approvers(new QListWidget(this))
    , m_approversNote(new QLabel(tr("Loading verified contacts…"), this))
    , m_error(FieldErrorMap::makeErrorLabel(this, QStringLiteral("validationsError")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("submitOrganizationDialog"));
    setWindowTitle(tr("Submit %1 for validation").arg(organization.name));
    auto *intro = new QLabel(tr("Choose the validations to request. Those already completed are "
                                "renewed; EV, CS and EV CS need a verified contact who approves "
                                "them."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    for (const QString &type : OrganizationValidation::types()) {
        QString text = OrganizationValidation::typeName(type);
        const QString now = OrganizationsModel::validationText(organization, type);
        if (!now.isEmpty())
            text = tr("%1 (now: %2)").arg(text, now);
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("validate_") + type);
        box->setProperty("validationType", type);
        connect(box, &QCheckBox::toggled, this, [this] {
            m_error->hide();
            updateButtons();
        });
        m_boxes << box;
        layout->addWidget(box);
    }
    layout->addWidget(m_error);
    auto *approversLabel = new QLabel(tr("Approved by (EV, CS, EV CS):"), this);
    layout->addWidget(approversLabel);
    m_approvers->setObjectName(QStringLiteral("approvers"));
    m_approvers->setMaximumHeight(140);
    layout->addWidget(m_approvers);
    m_approversNote->setWordWrap(true);
    layout->addWidget(m_approversNote);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitOrganizationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &SubmitOrganizationDialog::submit);
    updateButtons();
    resize(520, sizeHint().height());

    const auto call = OrganizationService(client).verifiedContacts(organization.id);
    call.onResult(this, [this](qint64, const QList<VerifiedContact> &contacts) {
        m_approversKnown = true;
        for (const VerifiedContact &c : contacts) {
            auto *item =
                new QListWidgetItem(tr("%1 (%2)").arg(c.contact.displayName(),
                                                      VerifiedContactsModel::validationsText(c)),
                                    m_approvers);
            item->setData(Qt::UserRole, c.id());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_organization.verifiedContacts = contacts;
        m_approversNote->setText(
            contacts.isEmpty()
                ? tr("This organization has no verified contacts yet; add one on the "
                     "Verified contacts page before asking for EV or code signing.")
                : tr("None checked: CertCentral asks the organization's verified "
                     "contacts."));
        emit approversLoaded();
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_approversNote->setText(
            tr("The verified contacts could not be loaded: %1").arg(error.message()));
        emit approversLoaded();
    });
}

SubmitOrganizationDialog::~SubmitOrganizationDialog() {
    m_call.detach(this);
}

void SubmitOrganizationDialog::setValidationChecked(const QString &type, bool checked) {
    for (QCheckBox *box : std::as_const(m_boxes))
        if (box->property("validationType").toString() == type)
            box->setChecked(checked);
}

bool SubmitOrganizationDialog::setApproverChecked(qint64 contactId, bool checked) {
    for (int i = 0; i < m_approvers->count(); ++i) {
        QListWidgetItem *item = m_approvers->item(i);
        if (item->data(Qt::UserRole).toLongLong() == contactId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

int SubmitOrganizationDialog::approverCount() const {
    return m_approvers->count();
}

QString SubmitOrganizationDialog::validationsError() const {
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QList<NewOrganization::Validation> SubmitOrganizationDialog::validations() const {
    QList<qint64> approvers;
    for (int i = 0; i < m_approvers->count(); ++i)
        if (m_approvers->item(i)->checkState() == Qt::Checked)
            approvers << m_approvers->item(i)->data(Qt::UserRole).toLongLong();
    QList<NewOrganization::Validation> list;
    for (QCheckBox *box : m_boxes) {
        if (!box->isChecked())
            continue;
        const QString type = box->property("validationType").toString();
        list << NewOrganization::Validation{type, type == QLatin1String("ov") ? QList<qint64>()
                                                                              : approvers};
    }
    return list;
}

void SubmitOrganizationDialog::updateButtons() {
    bool any = false;
    for (QCheckBox *box : std::as_const(m_boxes))
        any = any || box->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any && !m_call.isRunning());
}

void SubmitOrganizationDialog::submit() {
    if (m_call.isRunning())
        return;
    const QList<NewOrganization::Validation> list = validations();
    // Unknown contacts (still loading) are CertCentral's to judge.
    const bool hasContacts = !m_approversKnown || !m_organization.verifiedContacts.isEmpty();
    FieldErrors errors = NewOrganization::validateValidations(list, hasContacts);
    if (list.isEmpty())
        errors << FieldError{QStringLiteral("validations"),
                             tr("Choose OV, EV, CS or EV CS to submit.")};
    if (!errors.isEmpty()) {
        m_error->setText(errors.first().message);
        m_error->show();
        return;
    }
    m_banner->clear();
    setBusy(true);
    QStringList types;
    for (const NewOrganization::Validation &v : list)
        types << v.type;
    m_call = OrganizationService(m_client).submitValidation(m_organization.id, list);
    m_call.onResult(this, [this, types](qint64 id) {
        emit submitted(id, types);
        accept();
    });
    m_call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        setBusy(false);
        m_banner->showError(tr("CertCentral did not accept the request: %1").arg(error.message()),
                            error.shortCode(), tr("Try again"));
    });
}

void SubmitOrganizationDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Submitting…") : tr("Submit"));
    updateButtons();
    if (busy)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}
