#include "ui/orders/lifecycle/ReissueOptionsPage.h"

#include "core/NewOrder.h"
#include "models/DomainsModel.h"
#include "ui/orders/lifecycle/ReissueWizard.h"
#include "ui_ReissueOptionsPage.h"

ReissueOptionsPage::ReissueOptionsPage(ReissueWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::ReissueOptionsPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Domain validation and approval"));
    setButtonText(QWizard::NextButton, tr("Reissue"));
    const QString current = wizard->details().dcvScope;
    ui->scopeDefault->setText(
        current.isEmpty()
            ? tr("The account's default")
            : tr("As the order has it (%1)")
                  .arg(current == QLatin1String("fqdn") ? tr("each name") : tr("base domain")));
    ui->scopeHint->setText(
        tr("Base domain: proving example.com also covers shop.example.com. Each name: every "
           "name is proven on its own, for example when only a subdomain is yours."));
    const QString method = wizard->details().dcvMethod;
    ui->dcvMethod->addItem(
        method.isEmpty() ? tr("Keep the order's")
                         : tr("Keep the order's (%1)").arg(DomainsModel::dcvMethodText(method)),
        QString());
    for (const QString &m : NewOrder::dcvMethods())
        ui->dcvMethod->addItem(DomainsModel::dcvMethodText(m), m);
    // A fixed height: an expanding edit capped at 80 px made its form row taller than the edit,
    // leaving gaps above and below it.
    ui->comments->setFixedHeight(80);
    ui->comments->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

ReissueOptionsPage::~ReissueOptionsPage() {
    delete ui;
}

void ReissueOptionsPage::initializePage() {
    // Code signing has no domains: no DCV scope or method (whole rows, so no gaps remain).
    const bool codeSigning = m_wizard->request().codeSigning;
    for (QWidget *w :
         {static_cast<QWidget *>(ui->scopeDefault), static_cast<QWidget *>(ui->scopeBase),
          static_cast<QWidget *>(ui->scopeFqdn), static_cast<QWidget *>(ui->scopeHint),
          static_cast<QWidget *>(ui->dcvMethod)})
        ui->form->setRowVisible(w, !codeSigning);
    if (codeSigning)
        setTitle(tr("Approval"));
    const QStringList removed = m_wizard->removedNames();
    ui->removedWarning->setVisible(!removed.isEmpty());
    ui->removedWarning->setText(
        //: %n: how many names the reissue drops; %1: the names.
        tr("<b>%n name(s) leave the certificate: %1.</b> Earlier certificates on this order may "
           "be revoked within 72 hours.",
           nullptr, int(removed.size()))
            .arg(removed.join(QStringLiteral(", ")).toHtmlEscaped()));
    const QString skipReason = m_wizard->roles().reasonDenied(RolePolicy::Capability::SkipApproval);
    ui->skipApproval->setEnabled(skipReason.isEmpty());
    ui->skipApproval->setToolTip(skipReason);
    if (!skipReason.isEmpty())
        ui->skipApproval->setChecked(false);
}

bool ReissueOptionsPage::validatePage() {
    ReissueRequest &r = m_wizard->request();
    if (!r.codeSigning) {
        r.dcvScope = ui->scopeBase->isChecked()   ? QStringLiteral("base_domain")
                     : ui->scopeFqdn->isChecked() ? QStringLiteral("fqdn")
                                                  : QString();
        r.dcvMethod = ui->dcvMethod->currentData().toString();
    }
    r.comments = ui->comments->toPlainText().trimmed();
    r.skipApproval = ui->skipApproval->isChecked();
    QString field;
    const QString problem = r.validate(&field);
    ui->error->setMessage(problem);
    return problem.isEmpty();
}
