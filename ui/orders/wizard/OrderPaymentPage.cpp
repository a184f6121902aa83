#include "ui/orders/wizard/OrderPaymentPage.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "security/SecretRedactor.h"
#include "services/FinanceService.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderPaymentPage.h"

#include <QDate>

OrderPaymentPage::OrderPaymentPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderPaymentPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Payment"));
    setSubTitle(tr("How CertCentral charges the order."));
    ui->cvv->setEchoMode(QLineEdit::Password);
    ui->number->setPlaceholderText(QStringLiteral("4242 4242 4242 4242"));
    const QDate today = QDate::currentDate();
    ui->month->setValue(today.month());
    ui->year->setValue(today.year() + 1);
    ui->cardNote->setText(tr("CertDesk sends the card to CertCentral with this order only; it "
                             "never stores or logs the number or the security code."));
    for (QRadioButton *b : {ui->payBalance, ui->payProfile, ui->payCard})
        connect(b, &QRadioButton::toggled, this, &OrderPaymentPage::updateMode);
    for (QLineEdit *e :
         {ui->number, ui->cvv, ui->holder, ui->address, ui->city, ui->state, ui->zip, ui->country})
        connect(e, &QLineEdit::textEdited, this, [this] { ui->paymentError->setMessage({}); });
    updateMode();
}

OrderPaymentPage::~OrderPaymentPage() {
    delete ui;
}

void OrderPaymentPage::updateMode() {
    ui->cardFields->setEnabled(ui->payCard->isChecked());
    ui->vat->setEnabled(!ui->payBalance->isChecked());
    ui->paymentError->setMessage({});
}

void OrderPaymentPage::initializePage() {
    ui->balanceInfo->clear();
    if (!m_wizard->roles().allows(RolePolicy::Capability::ViewFinance))
        return;
    const auto call = FinanceService(m_wizard->client()).balance();
    call.onResult(this, [this](const AccountBalance &b) {
        const QString funds = b.totalAvailableFunds.isEmpty() ? b.balance : b.totalAvailableFunds;
        ui->balanceInfo->setText(tr("Available: %1").arg(Money::formatText(funds, b.currency)));
    });
}

bool OrderPaymentPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.paymentMethod = ui->payCard->isChecked()      ? QStringLiteral("card")
                          : ui->payProfile->isChecked() ? QStringLiteral("profile")
                                                        : QStringLiteral("balance");
    order.vatNumber = ui->payBalance->isChecked() ? QString() : ui->vat->text().trimmed();
    order.card = PaymentCard();
    if (order.paymentMethod != QLatin1String("card"))
        return true;
    PaymentCard &card = order.card;
    card.number = ui->number->text();
    card.expirationMonth = ui->month->value();
    card.expirationYear = ui->year->value();
    card.cvv = ui->cvv->text();
    card.cardholderName = ui->holder->text();
    card.address = ui->address->text();
    card.city = ui->city->text();
    card.state = ui->state->text();
    card.zip = ui->zip->text();
    card.country = ui->country->text();
    QString field;
    const QString problem = card.validate(QDate::currentDate(), &field);
    if (!problem.isEmpty()) {
        ui->paymentError->setMessage(problem);
        card.clear();
        return false;
    }
    // Whatever logs a line while the order is sent never shows these.
    SecretRedactor::instance().addSecret(card.digits());
    return true;
}

void OrderPaymentPage::clearCard() {
    ui->number->clear();
    ui->cvv->clear();
}
