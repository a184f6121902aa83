#include "ui/orders/wizard/OrderResultPage.h"

#include "api/CertCentralClient.h"
#include "core/DcvInstructions.h"
#include "services/OrderService.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderResultPage.h"

#include <QClipboard>
#include <QGuiApplication>

OrderResultPage::OrderResultPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderResultPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Your order"));
    OrderPlacement *placement = m_wizard->placement();
    connect(placement, &OrderPlacement::stateChanged, this, &OrderResultPage::showState);
    connect(ui->sendAgain, &QPushButton::clicked, placement, &OrderPlacement::sendAgain);
    connect(ui->checkAgain, &QPushButton::clicked, placement, &OrderPlacement::checkAgain);
    connect(ui->copyValue, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_wizard->placement()->result().dcvRandomValue);
    });
    connect(ui->changeOrder, &QPushButton::clicked, m_wizard, &QWizard::back);
    connect(ui->openOrder, &QPushButton::clicked, this, [this] {
        emit m_wizard->openOrderRequested(m_wizard->placement()->result().orderId);
        m_wizard->accept();
    });
}

OrderResultPage::~OrderResultPage() {
    delete ui;
}

void OrderResultPage::initializePage() {
    m_wizard->placement()->place(m_wizard->order());
    showState();
}

void OrderResultPage::showState() {
    const OrderPlacement *p = m_wizard->placement();
    using S = OrderPlacement::State;
    ui->working->setVisible(p->state() == S::Sending || p->state() == S::Checking);
    ui->sendAgain->setVisible(p->canSendAgain());
    ui->checkAgain->setVisible(p->state() == S::Unknown);
    ui->openOrder->setVisible(p->state() == S::Placed);
    ui->changeOrder->setVisible(p->state() == S::NotPlaced && !p->canSendAgain());
    if (p->state() != S::Sending && p->state() != S::Checking)
        m_wizard->forgetCard();
    ui->copyValue->setVisible(p->state() == S::Placed && !p->result().dcvRandomValue.isEmpty());
    QStringList details;
    switch (p->state()) {
    case S::Idle:
    case S::Sending:
        ui->status->setText(tr("Placing the order…"));
        break;
    case S::Checking:
        ui->status->setText(tr("The answer was lost on the way; checking whether CertCentral "
                               "took the order…"));
        break;
    case S::Placed: {
        const PlacedOrder &o = p->result();
        if (!o.dcvRandomValue.isEmpty() && !m_lookedUp)
            lookUpNamesToProve(o.orderId);
        if (m_wizard->order().codeSigning && !m_lookedUp)
            lookUpInitCode(o.orderId);
        if (!m_initCode.isEmpty())
            details << tr("Token initialization code: <b>%1</b> (keep it for installing the "
                          "certificate on the token)")
                           .arg(m_initCode.toHtmlEscaped());
        ui->status->setText(tr("Order %1 is placed.").arg(o.orderId));
        if (o.waitsForApproval())
            details << tr("It waits for an administrator or manager to approve it.");
        if (!o.dcvRandomValue.isEmpty()) {
            if (m_toProve.isEmpty())
                details << tr("Random value for DCV: <b>%1</b> (looking up where it goes…)")
                               .arg(o.dcvRandomValue.toHtmlEscaped());
            for (const QString &target : std::as_const(m_toProve))
                details << DcvInstructions::describe(target, m_wizard->order().dcvMethod,
                                                     o.dcvRandomValue, QDateTime())
                               .toHtmlEscaped()
                               .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        } else if (m_wizard->order().dcvMethod == QLatin1String("email"))
            details << tr("CertCentral e-mails the DCV approval request to the domains' "
                          "addresses.");
        if (!m_wizard->keyFile().isEmpty())
            details << tr("Your private key: %1").arg(m_wizard->keyFile().toHtmlEscaped());
        details << tr("Alternative order ID: %1").arg(p->alternativeOrderId());
        break;
    }
    case S::NotPlaced:
        ui->status->setText(p->canSendAgain()
                                ? tr("The order did not reach CertCentral; nothing was ordered.")
                                : tr("CertCentral did not take the order."));
        details << p->error().message().toHtmlEscaped();
        if (p->canSendAgain())
            details << tr("Checked with alternative order ID %1. Send again to try once more.")
                           .arg(p->alternativeOrderId());
        else
            details << tr("Nothing was ordered. Change the order, or cancel.");
        break;
    case S::Unknown:
        ui->status->setText(tr("It is not known yet whether the order was placed."));
        details << tr("Neither the answer nor the check came through. Do not order again: "
                      "press Check again when the network is back. Alternative order ID: %1")
                       .arg(p->alternativeOrderId());
        break;
    }
    ui->details->setText(details.join(QStringLiteral("<br><br>")));
    emit completeChanged();
}

void OrderResultPage::lookUpNamesToProve(qint64 orderId) {
    // Where the value goes depends on each name's scope: the order's validation status says.
    m_lookedUp = true;
    const auto call = OrderService(m_wizard->client()).validation(orderId);
    call.onResult(this, [this](const OrderValidation &v) {
        m_toProve = v.namesToProve();
        showState();
    });
}

void OrderResultPage::lookUpInitCode(qint64 orderId) {
    // Token provisioning comes with an initialization code, in Order info.
    m_lookedUp = true;
    const auto call = OrderService(m_wizard->client()).details(orderId);
    call.onResult(this, [this](const Order &, const OrderDetails &d) {
        m_initCode = d.hardwareInitCode;
        if (!m_initCode.isEmpty())
            showState();
    });
}

bool OrderResultPage::isComplete() const {
    const auto state = m_wizard->placement()->state();
    return state == OrderPlacement::State::Placed || state == OrderPlacement::State::NotPlaced;
}
