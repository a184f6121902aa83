#include "ui/orders/wizard/OrderReviewPage.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "models/DomainsModel.h"
#include "services/FinanceService.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderReviewPage.h"

#include <QJsonDocument>
#include <QLocale>

OrderReviewPage::OrderReviewPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderReviewPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Check and place the order"));
    setSubTitle(tr("Nothing is ordered until you press Place order."));
    // Not a commit page: when CertCentral refuses the order (nothing was made) the user comes
    // back here to change it. The result page never offers Back once an order exists.
    setButtonText(QWizard::NextButton, tr("Place order"));
    ui->json->hide();
    ui->json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(ui->showJson, &QCheckBox::toggled, ui->json, &QWidget::setVisible);
}

OrderReviewPage::~OrderReviewPage() {
    delete ui;
}

void OrderReviewPage::initializePage() {
    const NewOrder &o = m_wizard->order();
    ui->summary->setText(summaryLines().join(QStringLiteral("<br>")));
    const QString skipReason = m_wizard->roles().reasonDenied(RolePolicy::Capability::SkipApproval);
    ui->skipApproval->setEnabled(skipReason.isEmpty());
    ui->skipApproval->setToolTip(skipReason);
    if (!skipReason.isEmpty())
        ui->skipApproval->setChecked(false);
    ui->json->setPlainText(requestPreview());
    ui->chargeNote->setText(o.paymentMethod == QLatin1String("balance")
                                ? tr("Placing the order charges its price to your account's "
                                     "balance.")
                                : tr("Placing the order charges its price to the card."));
    ui->balance->clear();
    if (m_wizard->roles().allows(RolePolicy::Capability::ViewFinance)) {
        const auto call = FinanceService(m_wizard->client()).balance();
        call.onResult(this, [this](const AccountBalance &b) {
            const QString funds =
                b.totalAvailableFunds.isEmpty() ? b.balance : b.totalAvailableFunds;
            ui->balance->setText(
                tr("Available funds: %1").arg(Money::formatText(funds, b.currency)));
        });
    }
}

// What the order asks for, one line each (rich text): the product and names, validity, key or
// DCV, organization and who approves, contacts.
QStringList OrderReviewPage::summaryLines() const {
    const NewOrder &o = m_wizard->order();
    const QLocale locale;
    const QString validity =
        o.customExpirationDate.isValid()
            ? tr("until %1").arg(locale.toString(o.customExpirationDate, QLocale::LongFormat))
        : o.validityDays > 0 ? tr("%n day(s)", nullptr, o.validityDays)
                             : tr("%n year(s)", nullptr, o.validityYears);
    QStringList lines;
    if (o.codeSigning) {
        lines
            << tr("<b>%1</b> for your organization").arg(m_wizard->product().name.toHtmlEscaped());
    } else {
        lines << tr("<b>%1</b> for %2")
                     .arg(m_wizard->product().name.toHtmlEscaped(),
                          o.allNames().join(QStringLiteral(", ")).toHtmlEscaped());
    }
    lines << tr("Order validity: %1").arg(validity);
    if (o.codeSigning) {
        const QString method = o.csProvisioningMethod;
        lines << tr("Key: %1").arg(
            method == QLatin1String("ship_token")
                ? tr("on a token shipped to %1, %2")
                      .arg(o.shipInfo.name.toHtmlEscaped(), o.shipInfo.city.toHtmlEscaped())
            : method == QLatin1String("client_app") ? tr("on your token (client app)")
            : method == QLatin1String("email")      ? tr("on your HSM (CSR given)")
                                                    : tr("in KeyLocker"));
    } else {
        lines << tr("Domain control: %1, %2")
                     .arg(DomainsModel::dcvMethodText(o.dcvMethod),
                          o.dcvScope == QLatin1String("fqdn") ? tr("each name")
                                                              : tr("base domains"));
    }
    if (o.organizationId > 0)
        lines << tr("Organization: %1")
                     .arg(m_wizard->organizationName().isEmpty()
                              ? QString::number(o.organizationId)
                              : m_wizard->organizationName().toHtmlEscaped());
    if (o.needsVerifiedContacts()) {
        QStringList approvers;
        for (const NewVerifiedContact &c : o.newVerifiedContacts)
            approvers << tr("%1 (new)").arg(c.contact.displayName().toHtmlEscaped());
        if (!o.verifiedContactIds.isEmpty())
            approvers.prepend(tr("%n verified contact(s) of the organization", nullptr,
                                 int(o.verifiedContactIds.size())));
        lines << tr("Approved by: %1")
                     .arg(approvers.isEmpty() ? tr("the organization's verified contacts")
                                              : approvers.join(QStringLiteral(", ")));
    }
    if (!o.organizationContact.isEmpty())
        lines << tr("Organization contact for this order: %1 &lt;%2&gt;")
                     .arg(o.organizationContact.displayName().toHtmlEscaped(),
                          o.organizationContact.email.toHtmlEscaped());
    if (!o.technicalContact.isEmpty())
        lines << tr("Technical contact for this order: %1 &lt;%2&gt;")
                     .arg(o.technicalContact.displayName().toHtmlEscaped(),
                          o.technicalContact.email.toHtmlEscaped());
    lines << settingLines();
    return lines;
}

// DCV e-mails, automatic renewal, custom fields, the payment and where the key is.
QStringList OrderReviewPage::settingLines() const {
    const NewOrder &o = m_wizard->order();
    QStringList lines;
    for (const NewOrder::DcvEmail &e : o.dcvEmails)
        lines << tr("DCV e-mail for %1 goes only to %2")
                     .arg(e.dnsName.toHtmlEscaped(), e.email.toHtmlEscaped());
    if (o.autoRenew || o.autoReissue)
        lines << (o.autoRenew && o.autoReissue ? tr("Renews and reissues automatically")
                  : o.autoRenew                ? tr("Renews automatically")
                                               : tr("Reissues automatically"));
    if (!o.customFields.isEmpty())
        lines << tr("%n custom field(s) filled in", nullptr, int(o.customFields.size()));
    lines << (o.paymentMethod == QLatin1String("card")
                  ? tr("Payment: card ending %1").arg(o.card.last4())
              : o.paymentMethod == QLatin1String("profile") ? tr("Payment: the stored card")
                                                            : tr("Payment: the account balance"));
    if (!o.codeSigning)
        lines << (m_wizard->keyFile().isEmpty()
                      ? tr("CSR: your own")
                      : tr("Private key: %1").arg(m_wizard->keyFile().toHtmlEscaped()));
    return lines;
}

// The request body as it will be sent, the card masked as it is never logged either.
QString OrderReviewPage::requestPreview() const {
    const NewOrder &o = m_wizard->order();
    NewOrder preview = o;
    preview.alternativeOrderId = QStringLiteral("(set when sent)");
    if (preview.paymentMethod == QLatin1String("card")) {
        preview.card.number = QStringLiteral("•••• ") + o.card.last4();
        preview.card.cvv = QStringLiteral("•••");
    }
    return QString::fromUtf8(
        QJsonDocument::fromJson(preview.toJson()).toJson(QJsonDocument::Indented));
}

bool OrderReviewPage::validatePage() {
    NewOrder &o = m_wizard->order();
    o.skipApproval = ui->skipApproval->isChecked();
    QString field;
    const QString problem = o.validate(&field);
    if (!problem.isEmpty()) {
        ui->chargeNote->setText(tr("Not placed: %1").arg(problem));
        return false;
    }
    return true;
}
