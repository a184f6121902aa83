#include "OrderOptionsPage.h"

#include "CertCentralClient.h"
#include "FilterChoicesCall.h"
#include "OrderWizard.h"
#include "ui_OrderOptionsPage.h"

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
    connect(ui->emails, &QLineEdit::textEdited, this, [this] { ui->emailsError->setMessage({}); });
}

OrderOptionsPage::~OrderOptionsPage() {
    delete ui;
}

void OrderOptionsPage::initializePage() {
    if (m_loaded)
        return;
    auto *call = new FilterChoicesCall(m_wizard->client(), FilterChoice::Kind::Container);
    connect(call, &FilterChoicesCall::received, this, &OrderOptionsPage::showContainers);
    m_wizard->client()->submit(call);
}

void OrderOptionsPage::showContainers(FilterChoice::Kind, const QList<FilterChoice> &containers) {
    m_loaded = true;
    for (const FilterChoice &c : containers)
        ui->container->addItem(c.name, c.id);
}

QStringList OrderOptionsPage::emails() const {
    return ui->emails->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")),
                                    Qt::SkipEmptyParts);
}

bool OrderOptionsPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.containerId = ui->container->currentData().toString().toLongLong();
    order.autoRenew = ui->autoRenew->isChecked();
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
