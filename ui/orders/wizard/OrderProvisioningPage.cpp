#include "ui/orders/wizard/OrderProvisioningPage.h"

#include "security/CsrInfo.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderProvisioningPage.h"

#include <QCoreApplication>

OrderProvisioningPage::OrderProvisioningPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderProvisioningPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    // Three fields share one label; each gets its own name (the organization form's words).
    ui->shipCity->setAccessibleName(QCoreApplication::translate("NewOrganizationDialog", "City"));
    ui->shipState->setAccessibleName(
        QCoreApplication::translate("NewOrganizationDialog", "State or province"));
    ui->shipZip->setAccessibleName(
        QCoreApplication::translate("NewOrganizationDialog", "Postal code"));
    setTitle(tr("Where will the key live?"));
    setSubTitle(tr("Code-signing keys are kept on hardware; choose how."));
    ui->shipMethod->addItem(tr("Standard shipping"), QStringLiteral("STANDARD"));
    ui->shipMethod->addItem(tr("Expedited shipping"), QStringLiteral("EXPEDITED"));
    ui->hsmCsr->setMaximumHeight(110);
    for (QRadioButton *b : {ui->shipToken, ui->clientApp, ui->hsm, ui->keyLocker})
        connect(b, &QRadioButton::toggled, this, &OrderProvisioningPage::update);
    connect(ui->hsmCsr, &QPlainTextEdit::textChanged, this,
            [this] { ui->provisioningError->setMessage({}); });
    update();
}

OrderProvisioningPage::~OrderProvisioningPage() {
    delete ui;
}

void OrderProvisioningPage::update() {
    ui->shipFields->setEnabled(ui->shipToken->isChecked());
    ui->hsmCsr->setEnabled(ui->hsm->isChecked());
    ui->provisioningError->setMessage({});
    ui->provisioningNote->setText(
        ui->shipToken->isChecked()   ? tr("DigiCert ships a token; you install the certificate "
                                            "on it with the initialization code it comes with.")
        : ui->clientApp->isChecked() ? tr("You install the certificate on your own supported "
                                          "token with DigiCert's client app.")
        : ui->hsm->isChecked()       ? tr("The request is signed on your HSM; DigiCert "
                                                "e-mails you when the certificate is ready.")
                                     : tr("The key is made and kept in DigiCert KeyLocker."));
}

bool OrderProvisioningPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.csProvisioningMethod = ui->shipToken->isChecked()   ? QStringLiteral("ship_token")
                                 : ui->clientApp->isChecked() ? QStringLiteral("client_app")
                                 : ui->hsm->isChecked()       ? QStringLiteral("email")
                                                              : QStringLiteral("keylocker");
    order.csr.clear();
    order.shipInfo = TokenShipment();
    if (ui->hsm->isChecked()) {
        CsrInfo info;
        QString error;
        if (!CsrInfo::parse(ui->hsmCsr->toPlainText().toLatin1(), &info, &error)) {
            ui->provisioningError->setMessage(error);
            return false;
        }
        const QStringList problems = info.problems(QString(), {}, /*codeSigning=*/true);
        if (!problems.isEmpty()) {
            ui->provisioningError->setMessage(problems.join(QLatin1Char('\n')));
            return false;
        }
        order.csr = info.pem;
    }
    if (ui->shipToken->isChecked()) {
        order.shipInfo.name = ui->shipName->text();
        order.shipInfo.addr1 = ui->addr1->text();
        order.shipInfo.addr2 = ui->addr2->text();
        order.shipInfo.city = ui->shipCity->text();
        order.shipInfo.state = ui->shipState->text();
        order.shipInfo.zip = ui->shipZip->text();
        order.shipInfo.country = ui->shipCountry->text();
        order.shipInfo.method = ui->shipMethod->currentData().toString();
    }
    // The organization comes later; check what this page decides.
    NewOrder probe = order;
    probe.organizationId = 1;
    QString field;
    const QString problem = probe.validate(&field);
    if (!problem.isEmpty() && (field.startsWith(QLatin1String("ship_info")) ||
                               field == QLatin1String("cs_provisioning_method") ||
                               field == QLatin1String("certificate.csr"))) {
        ui->provisioningError->setMessage(problem);
        return false;
    }
    return true;
}
