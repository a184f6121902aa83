#include "ui/orders/lifecycle/LifecycleResultPage.h"

#include "ui/orders/lifecycle/LifecycleWizard.h"
#include "ui_LifecycleResultPage.h"

LifecycleResultPage::LifecycleResultPage(LifecycleWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::LifecycleResultPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Result"));
    ui->changeRequest->hide();
    ui->openOrder->hide();
    connect(ui->changeRequest, &QPushButton::clicked, this, [this] {
        ui->changeRequest->hide();
        m_wizard->back();
    });
    connect(ui->openOrder, &QPushButton::clicked, this, [this] {
        emit m_wizard->openOrderRequested(m_wizard->order().id);
        m_wizard->accept();
    });
}

LifecycleResultPage::~LifecycleResultPage() {
    delete ui;
}

void LifecycleResultPage::initializePage() {
    m_done = false;
    ui->busy->show();
    ui->changeRequest->hide();
    ui->openOrder->hide();
    ui->details->setText(tr("Sending to CertCentral…"));
    emit completeChanged();
    m_wizard->send();
}

void LifecycleResultPage::showResult(const QString &richText) {
    ui->busy->hide();
    ui->details->setText(richText);
    ui->openOrder->show();
    m_done = true;
    emit completeChanged();
}

void LifecycleResultPage::showFailure(const ApiError &error) {
    ui->busy->hide();
    if (error.isOutcomeUnknown()) {
        ui->details->setText(
            tr("<b>The answer was lost.</b> CertCentral may have done it. Open the order and "
               "look at its requests before you try again; CertDesk does not send it twice.<br>"
               "%1")
                .arg(error.message().toHtmlEscaped()));
        ui->openOrder->show();
        m_done = true;
    } else {
        ui->details->setText(tr("<b>Not done.</b> %1").arg(error.message().toHtmlEscaped()));
        ui->changeRequest->show();
        m_done = false;
    }
    emit completeChanged();
}

QString LifecycleResultPage::text() const {
    return ui->details->text();
}
