#include "ui/orders/wizard/OrderOptionsPage.h"

#include "api/CertCentralClient.h"
#include "services/AccountService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderOptionsPage.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

OrderOptionsPage::OrderOptionsPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderOptionsPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Options"));
    setSubTitle(tr("Where the order is kept and who hears about it. All optional."));
    ui->container->addItem(tr("The organization's, or yours"), QString());
    ui->comments->setMaximumHeight(90);
    ui->autoReissue->setToolTip(
        tr("Within a multi-year plan, CertCentral reissues the certificate with the same names "
           "before it expires."));
    ui->customBox->hide();
    connect(ui->emails, &QLineEdit::textEdited, this, [this] { ui->emailsError->setMessage({}); });
}

OrderOptionsPage::~OrderOptionsPage() {
    delete ui;
}

void OrderOptionsPage::initializePage() {
    ui->autoReissue->setVisible(!m_wizard->order().codeSigning);
    if (!m_customLoaded) {
        const auto fields = AccountService(m_wizard->client()).customFields();
        fields.onResult(this, &OrderOptionsPage::showCustomFields);
        fields.onFailed(this, [this](const ApiError &error) {
            if (error.kind() == ApiError::Kind::Cancelled)
                return;
            // Without the definitions the order may still go through; CertCentral names a
            // missing required field in its refusal.
            ui->customBox->show();
            auto *note = new FieldErrorLabel(QStringLiteral("customFieldsError"), ui->customBox);
            note->setMessage(
                tr("Your account's order fields could not be loaded: %1").arg(error.message()));
            ui->customForm->addRow(note);
        });
        m_customLoaded = true;
    }
    if (m_loaded)
        return;
    const auto call =
        AccountService(m_wizard->client()).filterChoices(FilterChoice::Kind::Container);
    call.onResult(this, &OrderOptionsPage::showContainers);
}

void OrderOptionsPage::showContainers(FilterChoice::Kind, const QList<FilterChoice> &containers) {
    m_loaded = true;
    for (const FilterChoice &c : containers)
        ui->container->addItem(c.name, c.id);
}

void OrderOptionsPage::showCustomFields(const QList<CustomField> &fields) {
    for (const CustomField &f : fields) {
        if (!f.active)
            continue;
        auto *edit = new QLineEdit(ui->customBox);
        edit->setObjectName(QStringLiteral("customField_%1").arg(f.id));
        edit->setPlaceholderText(f.required ? tr("required: %1").arg(f.dataTypeText())
                                            : tr("optional: %1").arg(f.dataTypeText()));
        auto *error =
            new FieldErrorLabel(QStringLiteral("customField_%1Error").arg(f.id), ui->customBox);
        ui->customForm->addRow(f.required ? tr("%1 *").arg(f.label) : f.label, edit);
        ui->customForm->addRow(QString(), error);
        connect(edit, &QLineEdit::textEdited, error, [error] { error->setMessage({}); });
        m_customInputs << CustomInput{f, edit, error};
    }
    ui->customBox->setVisible(!m_customInputs.isEmpty());
}

QStringList OrderOptionsPage::emails() const {
    return ui->emails->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                    Qt::SkipEmptyParts);
}

bool OrderOptionsPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.containerId = ui->container->currentData().toString().toLongLong();
    order.autoRenew = ui->autoRenew->isChecked();
    order.autoReissue = !order.codeSigning && ui->autoReissue->isChecked();
    order.customFields.clear();
    bool customOk = true;
    for (const CustomInput &input : std::as_const(m_customInputs)) {
        const QString problem = input.field.problem(input.edit->text());
        input.error->setMessage(problem);
        if (!problem.isEmpty() && customOk) {
            input.edit->setFocus();
            customOk = false;
        }
        if (!input.edit->text().trimmed().isEmpty())
            order.customFields << NewOrder::CustomFieldValue{input.field.id,
                                                             input.edit->text().trimmed()};
    }
    if (!customOk)
        return false;
    order.additionalEmails = emails();
    order.customRenewalMessage = ui->renewalMessage->text();
    order.comments = ui->comments->toPlainText();
    NewOrder probe = order;
    probe.csr = "-";
    QString field;
    const QString problem = probe.validate(&field);
    if (field == QLatin1String("additional_emails") || field == QLatin1String("comments") ||
        field == QLatin1String("custom_renewal_message")) {
        ui->emailsError->setMessage(problem);
        return false;
    }
    return true;
}
