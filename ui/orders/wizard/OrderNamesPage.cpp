#include "ui/orders/wizard/OrderNamesPage.h"

#include "core/DnsName.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderNamesPage.h"

#include <QRegularExpression>

OrderNamesPage::OrderNamesPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderNamesPage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Which names?"));
    setSubTitle(tr("The common name and any other names the certificate covers."));
    ui->sanNote->setText(tr("Names beyond the common name and its free www. or base-domain "
                            "name may cost more."));
    connect(ui->commonName, &QLineEdit::textChanged, this, &OrderNamesPage::check);
    connect(ui->sans, &QPlainTextEdit::textChanged, this, &OrderNamesPage::check);
    connect(ui->addCompanion, &QPushButton::clicked, this, [this] {
        const QString name = companionName();
        if (!name.isEmpty() && !sanLines().contains(name))
            ui->sans->appendPlainText(name);
    });
}

OrderNamesPage::~OrderNamesPage() {
    delete ui;
}

void OrderNamesPage::initializePage() {
    const bool wildcard = m_wizard->product().isWildcard();
    ui->commonName->setPlaceholderText(wildcard ? QStringLiteral("*.example.com")
                                                : QStringLiteral("shop.example.com"));
    check();
}

QStringList OrderNamesPage::sanLines() const {
    QStringList names;
    const QStringList lines = ui->sans->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // Commas and spaces separate names too (pasted lists).
        const QStringList parts =
            line.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            names << part;
    }
    return names;
}

QString OrderNamesPage::companionName() const {
    const QString cn = DnsName::normalized(ui->commonName->text());
    if (cn.isEmpty() || !DnsName::problem(cn, true).isEmpty())
        return {};
    if (cn.startsWith(QStringLiteral("*.")))
        return cn.mid(2); // a wildcard's base domain
    if (cn.startsWith(QStringLiteral("www.")))
        return cn.mid(4);
    return QStringLiteral("www.") + cn;
}

void OrderNamesPage::check() {
    const bool wildcard = m_wizard->product().isWildcard();
    const QString cn = ui->commonName->text();
    QString cnProblem = cn.trimmed().isEmpty() ? QString() : DnsName::problem(cn, wildcard);
    if (cnProblem.isEmpty() && wildcard && !cn.trimmed().isEmpty() &&
        !DnsName::normalized(cn).startsWith(QStringLiteral("*.")))
        cnProblem = tr("A wildcard product needs a common name that starts with *.");
    ui->commonNameError->setMessage(cnProblem);
    QStringList problems;
    for (const QString &name : sanLines()) {
        const QString p = DnsName::problem(name, wildcard);
        if (!p.isEmpty())
            problems << p;
    }
    ui->sansError->setMessage(problems.join(QLatin1Char('\n')));
    const QString companion = companionName();
    ui->addCompanion->setEnabled(!companion.isEmpty());
    ui->addCompanion->setText(companion.isEmpty() ? tr("Add the free name")
                                                  : tr("Add %1 (free)").arg(companion));
    emit completeChanged();
}

bool OrderNamesPage::isComplete() const {
    return !ui->commonName->text().trimmed().isEmpty() && ui->commonNameError->text().isEmpty() &&
           ui->sansError->text().isEmpty();
}

bool OrderNamesPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.commonName = DnsName::normalized(ui->commonName->text());
    order.dnsNames.clear();
    for (const QString &name : sanLines()) {
        const QString n = DnsName::normalized(name);
        if (n != order.commonName && !order.dnsNames.contains(n))
            order.dnsNames << n;
    }
    QString field;
    // Only the names are known here; check them with a placeholder for the rest.
    NewOrder probe = order;
    probe.csr = "-";
    const QString problem = probe.validate(&field);
    if (field.startsWith(QLatin1String("certificate.common_name")) ||
        field.startsWith(QLatin1String("certificate.dns_names"))) {
        (field.endsWith(QLatin1String("common_name")) ? ui->commonNameError : ui->sansError)
            ->setMessage(problem);
        return false;
    }
    return true;
}
