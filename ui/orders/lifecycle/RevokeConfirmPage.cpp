#include "ui/orders/lifecycle/RevokeConfirmPage.h"

#include "ui/orders/lifecycle/RevokeWizard.h"
#include "ui_RevokeConfirmPage.h"

#include <QLocale>

RevokeConfirmPage::RevokeConfirmPage(RevokeWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::RevokeConfirmPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Confirm the revocation"));
    setButtonText(QWizard::NextButton, tr("Revoke"));
    connect(ui->confirmText, &QLineEdit::textChanged, this, &RevokeConfirmPage::completeChanged);
}

RevokeConfirmPage::~RevokeConfirmPage() {
    delete ui;
}

QString RevokeConfirmPage::expectedConfirmation() const {
    return m_wizard->request().scope == RevokeRequest::Scope::Order
               ? QString::number(m_wizard->order().id)
               : m_wizard->order().commonName;
}

void RevokeConfirmPage::initializePage() {
    const RevokeRequest &r = m_wizard->request();
    const Order &o = m_wizard->order();
    QStringList lines;
    lines << (r.scope == RevokeRequest::Scope::Order
                  ? tr("Revoke <b>every certificate on order %1</b> (%2).")
                        .arg(o.id)
                        .arg(o.commonName.toHtmlEscaped())
              : r.scope == RevokeRequest::Scope::SerialNumber
                  ? tr("Revoke <b>the certificate with serial number %1</b> for %2.")
                        .arg(r.normalizedSerial(), o.commonName.toHtmlEscaped())
                  : tr("Revoke <b>certificate %1</b> for %2, serial %3.")
                        .arg(o.certificateId)
                        .arg(o.commonName.toHtmlEscaped(), o.serialNumber.toHtmlEscaped()));
    lines << tr("Reason: %1").arg(RevokeWizard::reasonText(r.reason));
    if (r.compromisedAt.isValid())
        lines << tr("Key compromised at: %1 (sent as %2)")
                     .arg(QLocale().toString(r.compromisedAt.toLocalTime(), QLocale::LongFormat),
                          RevokeRequest::formatDate(r.compromisedAt));
    if (!r.comments.isEmpty())
        lines << tr("Comments: %1").arg(r.comments.toHtmlEscaped());
    lines << tr("This cannot be undone.");
    ui->summary->setText(lines.join(QStringLiteral("<br>")));
    ui->confirmLabel->setText(
        tr("Type <b>%1</b> to confirm:").arg(expectedConfirmation().toHtmlEscaped()));
    const QString skipReason = m_wizard->roles().reasonDenied(RolePolicy::Capability::SkipApproval);
    ui->skipApproval->setEnabled(skipReason.isEmpty());
    ui->skipApproval->setToolTip(skipReason);
    if (!skipReason.isEmpty())
        ui->skipApproval->setChecked(false);
    emit completeChanged();
}

bool RevokeConfirmPage::isComplete() const {
    return ui->confirmText->text().trimmed().compare(expectedConfirmation(), Qt::CaseInsensitive) ==
           0;
}

bool RevokeConfirmPage::validatePage() {
    RevokeRequest &r = m_wizard->request();
    r.skipApproval = ui->skipApproval->isChecked();
    QString field;
    const QString problem = r.validate(&field);
    ui->error->setMessage(problem);
    return problem.isEmpty();
}
