#include "ui/orders/wizard/OrderDcvPage.h"

#include "models/DomainsModel.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderDcvPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>

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
    ui->dcvEmailsHint->setText(
        tr("Leave an address empty to let CertCentral write to every WHOIS address and to "
           "admin@, administrator@, webmaster@, hostmaster@ and postmaster@ of the domain. "
           "Naming one sends the e-mail only there."));
    ui->dcvEmails->setColumnCount(2);
    ui->dcvEmails->setAccessibleName(tr("Send the DCV e-mail to"));
    ui->dcvEmails->setHorizontalHeaderLabels({tr("Name"), tr("Send the DCV e-mail to")});
    ui->dcvEmails->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->dcvEmails->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ui->dcvEmails->verticalHeader()->hide();
    ui->dcvEmails->setMaximumHeight(150);
    connect(ui->dcvMethod, &QComboBox::currentIndexChanged, this, &OrderDcvPage::update);
}

OrderDcvPage::~OrderDcvPage() {
    delete ui;
}

void OrderDcvPage::initializePage() {
    fillEmailTable();
    update();
}

QStringList OrderDcvPage::constructedAddresses(const QString &name) {
    // The name itself and each parent down to two labels.
    QString domain = name.startsWith(QStringLiteral("*.")) ? name.mid(2) : name;
    QStringList addresses;
    while (domain.count(QLatin1Char('.')) >= 1) {
        for (const char *box : {"admin", "administrator", "webmaster", "hostmaster", "postmaster"})
            addresses << QLatin1String(box) + QLatin1Char('@') + domain;
        domain = domain.section(QLatin1Char('.'), 1);
    }
    return addresses;
}

void OrderDcvPage::fillEmailTable() {
    readEmailTable();
    const QStringList names = m_wizard->order().allNames();
    ui->dcvEmails->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString &name = names.at(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsEnabled);
        ui->dcvEmails->setItem(row, 0, nameItem);
        auto *combo = new QComboBox(ui->dcvEmails);
        combo->setObjectName(QStringLiteral("dcvEmail_%1").arg(row));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        combo->addItems(constructedAddresses(name));
        combo->lineEdit()->setPlaceholderText(tr("every WHOIS and constructed address"));
        combo->setCurrentText(m_emails.value(name));
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            ui->dcvError->setMessage({});
            emit completeChanged();
        });
        ui->dcvEmails->setCellWidget(row, 1, combo);
    }
}

void OrderDcvPage::readEmailTable() {
    for (int row = 0; row < ui->dcvEmails->rowCount(); ++row) {
        const QTableWidgetItem *name = ui->dcvEmails->item(row, 0);
        const auto *combo = qobject_cast<QComboBox *>(ui->dcvEmails->cellWidget(row, 1));
        if (name && combo)
            m_emails.insert(name->text(), combo->currentText().trimmed());
    }
}

void OrderDcvPage::setDcvEmail(const QString &name, const QString &email) {
    for (int row = 0; row < ui->dcvEmails->rowCount(); ++row) {
        const QTableWidgetItem *item = ui->dcvEmails->item(row, 0);
        if (item && item->text() == name)
            if (auto *combo = qobject_cast<QComboBox *>(ui->dcvEmails->cellWidget(row, 1)))
                combo->setCurrentText(email);
    }
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
    const bool email = method == QLatin1String("email");
    ui->dcvEmails->setVisible(email);
    ui->dcvEmailsHint->setVisible(email);
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
    readEmailTable();
    order.dcvEmails.clear();
    if (order.dcvMethod == QLatin1String("email")) {
        for (const QString &name : order.allNames()) {
            const QString email = m_emails.value(name);
            if (!email.isEmpty())
                order.dcvEmails << NewOrder::DcvEmail{name, email};
        }
    }
    NewOrder probe = order;
    probe.csr = "-";
    QString field;
    const QString problem = probe.validate(&field);
    if (field.startsWith(QLatin1String("dcv_"))) {
        ui->dcvError->setMessage(problem);
        return false;
    }
    return true;
}
