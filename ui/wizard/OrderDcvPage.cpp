#include "OrderDcvPage.h"

#include "DomainsModel.h"
#include "OrderWizard.h"
#include "ui_OrderDcvPage.h"

OrderDcvPage::OrderDcvPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderDcvPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Domain control validation"));
    setSubTitle(tr("How CertCentral checks that the names are yours."));
    for (const QString &m : NewOrder::dcvMethods())
        ui->dcvMethod->addItem(DomainsModel::dcvMethodText(m), m);
    ui->dcvMethod->setCurrentIndex(ui->dcvMethod->findData(QStringLiteral("dns-txt-token")));
    ui->scopeHint->setText(
        tr("Base domain: proving example.com also covers shop.example.com. Each name: every "
           "name is proven on its own."));
    connect(ui->dcvMethod, &QComboBox::currentIndexChanged, this, &OrderDcvPage::update);
}

OrderDcvPage::~OrderDcvPage() {
    delete ui;
}

void OrderDcvPage::initializePage() {
    update();
}

void OrderDcvPage::update() {
    const QString method = ui->dcvMethod->currentData().toString();
    ui->methodHint->setText(
        method == QLatin1String("email")
            ? tr("CertCentral e-mails the domain's WHOIS and constructed addresses.")
        : method == QLatin1String("http-token")
            ? tr("You place a file under /.well-known/pki-validation/ on the site.")
        : method == QLatin1String("dns-cname-token")
            ? tr("You add a CNAME record; the result page shows which.")
            : tr("You add a TXT record with a random value; the result page shows it."));
    NewOrder probe = m_wizard->order();
    probe.dcvMethod = method;
    QString field;
    const QString problem = probe.validate(&field);
    ui->dcvError->setMessage(field == QLatin1String("dcv_method") ? problem : QString());
    emit completeChanged();
}

bool OrderDcvPage::isComplete() const {
    return ui->dcvError->text().isEmpty();
}

bool OrderDcvPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.dcvMethod = ui->dcvMethod->currentData().toString();
    order.dcvScope =
        ui->scopeFqdn->isChecked() ? QStringLiteral("fqdn") : QStringLiteral("base_domain");
    return true;
}
