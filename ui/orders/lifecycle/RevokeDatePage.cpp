#include "ui/orders/lifecycle/RevokeDatePage.h"

#include "ui/orders/lifecycle/RevokeWizard.h"
#include "ui_RevokeDatePage.h"

#include "api/CertCentralClient.h"
#include "core/ConsoleLinks.h"

#include <QDesktopServices>
#include <QLocale>
#include <QPushButton>

RevokeDatePage::RevokeDatePage(RevokeWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::RevokeDatePage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("When was the key compromised?"));
    setSubTitle(tr("Relying parties may treat what was signed before this time as trustworthy."));
    // Seconds shown: the issue time has them, and the earliest allowed value is that instant.
    // In UTC, as the date is written into the comment.
    ui->compromisedAt->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) +
                                        QStringLiteral(" HH:mm:ss 'UTC'"));
    ui->compromisedAt->setTimeSpec(Qt::UTC);
    ui->commentNote->setText(
        tr("The CertCentral API has no field for this date: CertDesk writes it as the first "
           "line of the revocation comment (\"Key compromise date: 2024-01-09T14:30:00Z\"). "
           "In the CertCentral console the date has its own field."));
    connect(ui->openConsole, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            ConsoleLinks::order(m_wizard->client()->baseUrl(), m_wizard->order().id));
    });
    ui->compromisedAt->setEnabled(false);
    connect(ui->knowDate, &QCheckBox::toggled, this, [this](bool on) {
        ui->compromisedAt->setEnabled(on);
        ui->dateError->setMessage({});
    });
    connect(ui->compromisedAt, &QDateTimeEdit::dateTimeChanged, this,
            [this] { ui->dateError->setMessage({}); });
}

RevokeDatePage::~RevokeDatePage() {
    delete ui;
}

void RevokeDatePage::initializePage() {
    const RevokeRequest &r = m_wizard->request();
    const QLocale locale;
    ui->earliest->setText(
        r.earliestAllowed.isValid()
            ? tr("Earliest allowed: %1 UTC (%2).")
                  .arg(locale.toString(r.earliestAllowed.toUTC(), QLocale::ShortFormat),
                       r.scope == RevokeRequest::Scope::Order
                           ? tr("the most recent issue date of the order's certificates")
                           : tr("the certificate's issue date"))
            : tr("The time is in UTC."));
    ui->codeSigningNote->setVisible(m_wizard->codeSigning());
    ui->codeSigningNote->setText(
        tr("Code signing: signatures made before this time stay valid; those made after it do "
           "not. Java ignores the date and treats every signature as invalid."));
    if (!r.compromisedAt.isValid())
        ui->compromisedAt->setDateTime(QDateTime::currentDateTimeUtc());
    // No lower bound on the editor itself: an earlier value is refused with the reason.
    ui->compromisedAt->setMaximumDateTime(QDateTime::currentDateTimeUtc().addSecs(60));
}

bool RevokeDatePage::validatePage() {
    RevokeRequest &r = m_wizard->request();
    r.compromisedAt = ui->knowDate->isChecked() ? ui->compromisedAt->dateTime() : QDateTime();
    QString field;
    const QString problem = r.validate(&field);
    if (field == QLatin1String("key_compromise_date")) {
        // In the user's words and time zone; the API's wording is for the command line.
        const QLocale locale;
        if (r.earliestAllowed.isValid() && r.compromisedAt < r.earliestAllowed)
            ui->dateError->setMessage(
                tr("The key cannot have been compromised before %1, %2. Choose that time or "
                   "later.")
                    .arg(r.scope == RevokeRequest::Scope::Order
                             ? tr("the most recent issue date of the order's certificates")
                             : tr("the certificate's issue date"),
                         locale.toString(r.earliestAllowed.toUTC(), QLocale::LongFormat) +
                             QStringLiteral(" UTC")));
        else
            ui->dateError->setMessage(problem);
        return false;
    }
    return true;
}
