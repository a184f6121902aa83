#include "ui/orders/wizard/OrderContactsPage.h"

#include "api/CertCentralClient.h"
#include "services/OrganizationService.h"
#include "ui/common/FieldErrorMap.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui_OrderContactsPage.h"

#include <QHeaderView>
#include <QLineEdit>

namespace {

struct ContactField {
    const char *key;
    const char *label;
    int maxLength;
};

const ContactField kContactFields[] = {
    {"first_name", QT_TRANSLATE_NOOP("OrderContactsPage", "First name"), 128},
    {"last_name", QT_TRANSLATE_NOOP("OrderContactsPage", "Last name"), 128},
    {"email", QT_TRANSLATE_NOOP("OrderContactsPage", "E-mail"), 255},
    {"job_title", QT_TRANSLATE_NOOP("OrderContactsPage", "Job title"), 64},
    {"telephone", QT_TRANSLATE_NOOP("OrderContactsPage", "Telephone"), 32},
};

} // namespace

OrderContactsPage::OrderContactsPage(OrderWizard *wizard)
    : QWizardPage(wizard)
    , ui(new Ui::OrderContactsPage)
    , m_wizard(wizard)
    , m_fields(new FieldErrorMap(this)) {
    ui->setupUi(this);
    setTitle(tr("Contacts"));
    ui->verifiedHint->setText(
        tr("CertCentral asks only the verified contacts you choose here to approve the order. "
           "Choose none to leave it to the organization's verified contacts (or you, when it "
           "has none)."));
    for (const ContactField &f : kContactFields) {
        m_fields->addLineEdit(ui->organizationForm, tr(f.label),
                              QStringLiteral("organization_contact.") + QLatin1String(f.key),
                              f.maxLength);
        m_fields->addLineEdit(ui->technicalForm, tr(f.label),
                              QStringLiteral("technical_contact.") + QLatin1String(f.key),
                              f.maxLength);
    }
    ui->existingContacts->setWordWrap(true);
    ui->existingContacts->setAccessibleName(ui->verifiedBox->title());
    ui->newContacts->setAccessibleName(ui->newLabel->text());
    ui->existingContacts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui->newContacts->setColumnCount(ColumnCount);
    ui->newContacts->setHorizontalHeaderLabels(
        {tr("First name"), tr("Last name"), tr("E-mail"), tr("Job title"), tr("Telephone")});
    ui->newContacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    ui->newContacts->verticalHeader()->hide();
    ui->newContacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(ui->addPerson, &QPushButton::clicked, this, [this] {
        addPersonRow();
        ui->newContacts->setCurrentCell(ui->newContacts->rowCount() - 1, FirstNameColumn);
        ui->newContacts->editItem(
            ui->newContacts->item(ui->newContacts->rowCount() - 1, FirstNameColumn));
    });
    connect(ui->removePerson, &QPushButton::clicked, this, [this] {
        const int row = ui->newContacts->currentRow();
        if (row >= 0)
            ui->newContacts->removeRow(row);
        updateCount();
    });
    connect(ui->newContacts, &QTableWidget::itemChanged, this,
            [this] { ui->verifiedError->setMessage({}); });
    updateCount();
}

OrderContactsPage::~OrderContactsPage() {
    if (m_call.isRunning())
        m_call.abort();
    delete ui;
}

void OrderContactsPage::initializePage() {
    const bool verified = m_wizard->order().needsVerifiedContacts();
    ui->verifiedBox->setVisible(verified);
    setSubTitle(verified ? tr("Who approves the order for the organization, and who is told "
                              "about it.")
                         : tr("Who CertCentral tells about this order. The organization's own "
                              "contacts are used unless you name others."));
    if (verified && m_loadedFor != m_wizard->order().organizationId)
        loadVerifiedContacts(m_wizard->order().organizationId);
}

void OrderContactsPage::loadVerifiedContacts(qint64 organizationId) {
    if (m_call.isRunning())
        m_call.abort();
    m_loadedFor = organizationId;
    ui->existingContacts->clear();
    ui->existingContacts->addItem(tr("Loading the organization's verified contacts…"));
    const auto call = OrganizationService(m_wizard->client()).verifiedContacts(organizationId);
    m_call = call;
    call.onResult(this, &OrderContactsPage::showVerifiedContacts);
    call.onFailed(this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        ui->existingContacts->clear();
        m_loadedFor = 0; // try again next time
        ui->verifiedError->setMessage(
            tr("The organization's verified contacts could not be loaded: %1")
                .arg(error.message()));
    });
}

void OrderContactsPage::showVerifiedContacts(qint64 organizationId,
                                             const QList<VerifiedContact> &contacts) {
    if (organizationId != m_loadedFor)
        return;
    const QList<qint64> chosen = m_wizard->order().verifiedContactIds;
    ui->existingContacts->clear();
    for (const VerifiedContact &c : contacts) {
        const QString summary = c.validationSummary();
        auto *item = new QListWidgetItem(summary.isEmpty()
                                             ? c.contact.displayName()
                                             : tr("%1: %2").arg(c.contact.displayName(), summary),
                                         ui->existingContacts);
        item->setToolTip(
            tr("%1 <%2>, %3").arg(c.contact.displayName(), c.contact.email, c.contact.jobTitle));
        item->setData(Qt::UserRole, c.id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(c.id()) ? Qt::Checked : Qt::Unchecked);
    }
    if (contacts.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("The organization has no verified contacts yet: add the people who approve."),
            ui->existingContacts);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void OrderContactsPage::addPersonRow(const OrganizationContact &contact) {
    const int row = ui->newContacts->rowCount();
    ui->newContacts->insertRow(row);
    const QString values[] = {contact.firstName, contact.lastName, contact.email, contact.jobTitle,
                              contact.telephone};
    for (int column = 0; column < ColumnCount; ++column)
        ui->newContacts->setItem(row, column, new QTableWidgetItem(values[column]));
    updateCount();
}

QList<NewVerifiedContact> OrderContactsPage::newContacts() const {
    QList<NewVerifiedContact> people;
    for (int row = 0; row < ui->newContacts->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = ui->newContacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        NewVerifiedContact person;
        person.contact.firstName = text(FirstNameColumn);
        person.contact.lastName = text(LastNameColumn);
        person.contact.email = text(EmailColumn);
        person.contact.jobTitle = text(JobTitleColumn);
        person.contact.telephone = text(TelephoneColumn);
        if (!person.contact.isEmpty() || !person.contact.jobTitle.isEmpty() ||
            !person.contact.telephone.isEmpty())
            people << person;
    }
    return people;
}

void OrderContactsPage::updateCount() {
    const int rows = ui->newContacts->rowCount();
    ui->newCount->setText(
        tr("%1 of at most %2 new").arg(rows).arg(NewVerifiedContact::kMaxPerRequest));
    ui->addPerson->setEnabled(rows < NewVerifiedContact::kMaxPerRequest);
    ui->removePerson->setEnabled(rows > 0);
}

OrganizationContact OrderContactsPage::contactFrom(const QString &prefix) const {
    const auto value = [this, &prefix](const char *key) {
        QLineEdit *edit = m_fields->lineEdit(prefix + QLatin1String(key));
        return edit ? edit->text().trimmed() : QString();
    };
    OrganizationContact c;
    c.firstName = value("first_name");
    c.lastName = value("last_name");
    c.email = value("email");
    c.jobTitle = value("job_title");
    c.telephone = value("telephone");
    return c;
}

bool OrderContactsPage::validatePage() {
    NewOrder &order = m_wizard->order();
    order.verifiedContactIds.clear();
    order.newVerifiedContacts.clear();
    if (order.needsVerifiedContacts()) {
        for (int i = 0; i < ui->existingContacts->count(); ++i) {
            const QListWidgetItem *item = ui->existingContacts->item(i);
            if (item->checkState() == Qt::Checked)
                order.verifiedContactIds << item->data(Qt::UserRole).toLongLong();
        }
        order.newVerifiedContacts = newContacts();
    }
    const bool own = ui->contactsBox->isChecked();
    order.organizationContact =
        own ? contactFrom(QStringLiteral("organization_contact.")) : OrganizationContact();
    order.technicalContact =
        own ? contactFrom(QStringLiteral("technical_contact.")) : OrganizationContact();
    NewOrder probe = order;
    probe.csr = "-";
    QString field;
    const QString problem = probe.validate(&field);
    m_fields->clear();
    ui->verifiedError->setMessage({});
    if (field.startsWith(QLatin1String("organization_contact")) ||
        field.startsWith(QLatin1String("technical_contact"))) {
        ui->contactTabs->setCurrentWidget(field.startsWith(QLatin1String("organization"))
                                              ? ui->organizationTab
                                              : ui->technicalTab);
        const FieldErrors unplaced = m_fields->show({FieldError{field, problem}});
        if (!unplaced.isEmpty())
            ui->verifiedError->setMessage(problem);
        return false;
    }
    if (field.startsWith(QLatin1String("organization.contacts"))) {
        // organization.contacts[i].field: i counts the ticked contacts first.
        if (!field.contains(QLatin1Char('['))) {
            ui->verifiedError->setMessage(problem);
            return false;
        }
        const int index =
            field.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0).toInt() -
            int(order.verifiedContactIds.size());
        const QString key = field.section(QLatin1Char('.'), -1);
        int column = 0;
        for (; column < ColumnCount; ++column)
            if (QLatin1String(kContactFields[column].key) == key)
                break;
        const QString what = column < ColumnCount ? tr(kContactFields[column].label) : key;
        ui->verifiedError->setMessage(
            tr("New person %1, %2: %3").arg(index + 1).arg(what, problem));
        // The row of that person among the rows with anything typed in them.
        int seen = -1;
        for (int row = 0; row < ui->newContacts->rowCount(); ++row) {
            bool typed = false;
            for (int c = 0; c < ColumnCount; ++c)
                typed = typed || (ui->newContacts->item(row, c) &&
                                  !ui->newContacts->item(row, c)->text().trimmed().isEmpty());
            if (typed && ++seen == index && column < ColumnCount) {
                ui->newContacts->setCurrentCell(row, column);
                break;
            }
        }
        return false;
    }
    return true;
}
