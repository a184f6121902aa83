#include "ui/orders/wizard/OrderValidityPage.h"

#include "core/TlsLimits.h"

#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderValidityPage.h"

#include <QDateTime>
#include <QLocale>

OrderValidityPage::OrderValidityPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderValidityPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    ui->years->setAccessibleName(ui->byYears->text());
    setTitle(tr("How long?"));
    const QDate today = QDate::currentDate();
    // The longest a certificate may last from today: 199 days since 24 February 2026.
    const int maximum = TlsLimits::maxCertificateDays(QDateTime::currentDateTimeUtc().date());
    setSubTitle(tr("The order runs for its validity; each certificate lasts at most %1 days and "
                   "is reissued within the order.")
                    .arg(maximum));
    ui->shorterCertificates->setText(tr("Shorter than the most (%1 days):").arg(maximum));
    ui->certDays->setMaximum(maximum);
    ui->endDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    ui->endDate->setDateRange(today.addDays(7), today.addYears(3));
    ui->endDate->setDate(today.addYears(1));
    for (QRadioButton *b : {ui->byYears, ui->byDays, ui->byDate})
        connect(b, &QRadioButton::toggled, this, &OrderValidityPage::update);
    connect(ui->years, &QSpinBox::valueChanged, this, &OrderValidityPage::update);
    connect(ui->days, &QSpinBox::valueChanged, this, &OrderValidityPage::update);
    connect(ui->endDate, &QDateEdit::dateChanged, this, &OrderValidityPage::update);
    connect(ui->shorterCertificates, &QCheckBox::toggled, this, &OrderValidityPage::update);
    connect(ui->certDays, &QSpinBox::valueChanged, this, &OrderValidityPage::update);
    update();
}

OrderValidityPage::~OrderValidityPage() {
    delete ui;
}

void OrderValidityPage::initializePage() {
    // Code-signing orders run for whole years or to an end date.
    const bool codeSigning = m_wizard->order().codeSigning;
    ui->byDays->setEnabled(!codeSigning);
    ui->shorterCertificates->setEnabled(!codeSigning);
    if (codeSigning) {
        if (ui->byDays->isChecked())
            ui->byYears->setChecked(true);
        ui->shorterCertificates->setChecked(false);
    }
    update();
}

QString OrderValidityPage::problem() const {
    NewOrder probe;
    fill(&probe);
    probe.productNameId = QStringLiteral("-");
    probe.commonName = QStringLiteral("example.com");
    probe.csr = "-";
    probe.codeSigning = false; // only the validity is looked at here
    QString field;
    const QString p = probe.validate(&field);
    return field.startsWith(QLatin1String("order_validity")) ||
                   field.startsWith(QLatin1String("certificate.cert_validity"))
               ? p
               : QString();
}

void OrderValidityPage::fill(NewOrder *order) const {
    order->validityYears = ui->byYears->isChecked() ? ui->years->value() : 1;
    order->validityDays = ui->byDays->isChecked() ? ui->days->value() : 0;
    order->customExpirationDate = ui->byDate->isChecked() ? ui->endDate->date() : QDate();
    order->certValidityDays = ui->shorterCertificates->isChecked() ? ui->certDays->value() : 0;
}

void OrderValidityPage::update() {
    ui->years->setEnabled(ui->byYears->isChecked());
    ui->days->setEnabled(ui->byDays->isChecked());
    ui->endDate->setEnabled(ui->byDate->isChecked());
    const QDate today = QDate::currentDate();
    const QDate orderEnd = ui->byYears->isChecked()  ? today.addYears(ui->years->value())
                           : ui->byDays->isChecked() ? today.addDays(ui->days->value())
                                                     : ui->endDate->date();
    ui->certDays->setEnabled(ui->shorterCertificates->isChecked());
    const int certDays =
        ui->shorterCertificates->isChecked()
            ? ui->certDays->value()
            : TlsLimits::maxCertificateDays(QDateTime::currentDateTimeUtc().date());
    const QDate certificateEnd = qMin(orderEnd, today.addDays(certDays));
    const QLocale locale;
    const QString orderEndText = locale.toString(orderEnd, QLocale::LongFormat);
    const QString certificateEndText = locale.toString(certificateEnd, QLocale::LongFormat);
    ui->resultDates->setText(
        certificateEnd < orderEnd
            ? tr("The order runs until %1. The first certificate is valid until %2; reissue it "
                 "before then for the rest.")
                  .arg(orderEndText, certificateEndText)
            : tr("The order runs until %1. The first certificate is valid until %2.")
                  .arg(orderEndText, certificateEndText));
    ui->validityError->setMessage(problem());
    emit completeChanged();
}

bool OrderValidityPage::isComplete() const {
    return problem().isEmpty();
}

bool OrderValidityPage::validatePage() {
    fill(&m_wizard->order());
    return problem().isEmpty();
}
