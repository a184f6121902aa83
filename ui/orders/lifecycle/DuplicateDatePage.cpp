#include "ui/orders/lifecycle/DuplicateDatePage.h"

#include "ui/orders/lifecycle/DuplicateWizard.h"
#include "ui_DuplicateDatePage.h"

#include <QLocale>

DuplicateDatePage::DuplicateDatePage(DuplicateWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::DuplicateDatePage)
    , m_wizard(wizard) {
    ui->setupUi(this);
    setTitle(tr("Names and end date of the duplicate"));
    setSubTitle(tr("A duplicate is another certificate on order %1, with its own key.")
                    .arg(wizard->order().id));
    ui->comments->setMaximumHeight(70);
    ui->names->setMaximumHeight(110);
    connect(ui->expires, &QDateEdit::dateChanged, this, [this] { ui->error->setMessage({}); });
}

DuplicateDatePage::~DuplicateDatePage() {
    delete ui;
}

void DuplicateDatePage::initializePage() {
    if (m_initialized)
        return;
    m_initialized = true;
    const QStringList names = m_wizard->request().orderNames;
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), ui->names);
        item->setFlags(i == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (i == 0)
            item->setToolTip(tr("The common name stays on the duplicate."));
    }
    const DuplicateRequest::Latest latest = m_wizard->latest();
    const QDate tomorrow = QDate::currentDate().addDays(1);
    ui->expires->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    ui->expires->setMinimumDate(tomorrow);
    if (latest.date.isValid())
        ui->expires->setMaximumDate(latest.date);
    QDate initial = m_wizard->order().validTill;
    if (!initial.isValid() || (latest.date.isValid() && initial > latest.date))
        initial = latest.date;
    ui->expires->setDate(initial.isValid() ? initial : tomorrow);
    ui->bound->setText(latest.date.isValid()
                           ? tr("At the latest %1: %2.")
                                 .arg(QLocale().toString(latest.date, QLocale::LongFormat),
                                      DuplicateRequest::boundName(latest.bound))
                           : QString());
    const QString skipReason = m_wizard->roles().reasonDenied(RolePolicy::Capability::SkipApproval);
    ui->skipApproval->setEnabled(skipReason.isEmpty());
    ui->skipApproval->setToolTip(skipReason);
}

bool DuplicateDatePage::validatePage() {
    DuplicateRequest &r = m_wizard->request();
    r.dnsNames.clear();
    for (int i = 1; i < ui->names->count(); ++i)
        if (ui->names->item(i)->checkState() == Qt::Checked)
            r.dnsNames << ui->names->item(i)->text();
    r.customExpirationDate = ui->expires->date();
    r.comments = ui->comments->toPlainText().trimmed();
    r.skipApproval = ui->skipApproval->isChecked();
    DuplicateRequest probe = r;
    probe.csr = "-";
    QString field;
    const QString problem = probe.validate(&field);
    ui->error->setMessage(problem);
    return problem.isEmpty();
}
