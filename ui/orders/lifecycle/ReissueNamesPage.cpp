#include "ui/orders/lifecycle/ReissueNamesPage.h"

#include "ui/orders/lifecycle/ReissueWizard.h"
#include "ui_ReissueNamesPage.h"

#include <QRegularExpression>

ReissueNamesPage::ReissueNamesPage(ReissueWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::ReissueNamesPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Names on the reissued certificate"));
    setSubTitle(tr("Prefilled from order %1. Add, remove or change names; one per line.")
                    .arg(wizard->order().id));
    const ReissueRequest &r = wizard->request();
    ui->commonName->setText(r.commonName);
    ui->sans->setPlainText(r.dnsNames.join(QLatin1Char('\n')));
    for (const QString &hash :
         {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")})
        ui->signatureHash->addItem(hash.toUpper().insert(3, QLatin1Char('-')), hash);
    ui->signatureHash->setCurrentIndex(ui->signatureHash->findData(r.signatureHash));
    connect(ui->commonName, &QLineEdit::textChanged, this, &ReissueNamesPage::readNames);
    connect(ui->sans, &QPlainTextEdit::textChanged, this, &ReissueNamesPage::readNames);
    readNames();
}

ReissueNamesPage::~ReissueNamesPage() {
    delete ui;
}

void ReissueNamesPage::readNames() {
    ReissueRequest &r = m_wizard->request();
    r.commonName = ui->commonName->text().trimmed();
    r.dnsNames = ui->sans->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")),
                                               Qt::SkipEmptyParts);
    const QStringList removed = m_wizard->removedNames();
    ui->removedWarning->setVisible(!removed.isEmpty());
    ui->removedWarning->setText(
        tr("Leaving the certificate: %1. CertCentral may revoke the order's earlier "
           "certificates within 72 hours of the reissue, so replace them everywhere first.")
            .arg(removed.join(QStringLiteral(", "))));
    ui->namesError->setMessage({});
}

bool ReissueNamesPage::validatePage() {
    readNames();
    ReissueRequest probe = m_wizard->request();
    probe.signatureHash = ui->signatureHash->currentData().toString();
    probe.csr = "-";
    QString field;
    const QString problem = probe.validate(&field);
    if (field.startsWith(QLatin1String("certificate.")) &&
        field != QLatin1String("certificate.csr")) {
        ui->namesError->setMessage(problem);
        return false;
    }
    m_wizard->request().signatureHash = probe.signatureHash;
    return true;
}
