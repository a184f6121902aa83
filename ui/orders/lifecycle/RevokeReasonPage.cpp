#include "ui/orders/lifecycle/RevokeReasonPage.h"

#include "ui/orders/lifecycle/RevokeWizard.h"
#include "ui_RevokeReasonPage.h"

RevokeReasonPage::RevokeReasonPage(RevokeWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::RevokeReasonPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("What to revoke, and why"));
    setSubTitle(tr("Revocation cannot be undone: browsers stop trusting the certificate."));
    const Order &order = wizard->order();
    ui->thisCertificate->setText(
        tr("This certificate: %1, serial %2").arg(order.commonName, order.serialNumber));
    ui->wholeOrder->setText(
        tr("Every certificate on order %1, duplicates and reissues included").arg(order.id));
    for (const QString &reason : RevokeRequest::reasons())
        ui->reason->addItem(RevokeWizard::reasonText(reason), reason);
    // A fixed height: an expanding edit capped at 80 px made its form row taller than the edit,
    // leaving gaps above and below it.
    ui->comments->setFixedHeight(80);
    ui->comments->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(ui->reason, &QComboBox::currentIndexChanged, this, &RevokeReasonPage::showExplanation);
    showExplanation();
}

RevokeReasonPage::~RevokeReasonPage() {
    delete ui;
}

void RevokeReasonPage::initializePage() {
    if (m_wizard->request().scope == RevokeRequest::Scope::SerialNumber) {
        const Order &order = m_wizard->order();
        ui->thisCertificate->setText(tr("The certificate in the file: %1, serial %2")
                                         .arg(order.commonName, order.serialNumber));
        ui->thisCertificate->setChecked(true);
        ui->wholeOrder->setEnabled(false);
        ui->wholeOrder->setToolTip(tr("A certificate loaded from a file is revoked by its "
                                      "serial number alone."));
    }
}

void RevokeReasonPage::showExplanation() {
    ui->explanation->setText(RevokeWizard::reasonExplanation(ui->reason->currentData().toString()));
}

bool RevokeReasonPage::validatePage() {
    RevokeRequest &r = m_wizard->request();
    if (r.scope != RevokeRequest::Scope::SerialNumber)
        r.scope = ui->wholeOrder->isChecked() ? RevokeRequest::Scope::Order
                                              : RevokeRequest::Scope::Certificate;
    r.reason = ui->reason->currentData().toString();
    if (r.reason != QLatin1String("keyCompromise"))
        r.compromisedAt = QDateTime();
    r.comments = ui->comments->toPlainText().trimmed();
    QString field;
    const QString problem = r.validate(&field);
    if (field == QLatin1String("comments")) {
        ui->commentsError->setMessage(problem);
        return false;
    }
    ui->commentsError->setMessage({});
    return true;
}
