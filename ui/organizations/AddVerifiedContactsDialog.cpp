#include "ui/organizations/AddVerifiedContactsDialog.h"

#include "api/CertCentralClient.h"
#include "core/ContactPaste.h"
#include "services/OrganizationService.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorMap.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QColor kErrorBackground(0xfd, 0xec, 0xea);
}

AddVerifiedContactsDialog::AddVerifiedContactsDialog(CertCentralClient *client,
                                                     qint64 organizationId,
                                                     const QString &organizationName,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_organizationId(organizationId)
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addRow(new QPushButton(tr("Add row"), this))
    , m_removeRows(new QPushButton(tr("Remove rows"), this))
    , m_paste(new QPushButton(tr("Paste rows"), this))
    , m_count(new QLabel(this))
    , m_error(FieldErrorMap::makeErrorLabel(this, QStringLiteral("contactsError")))
    , m_submit(nullptr) {
    setObjectName(QStringLiteral("addVerifiedContactsDialog"));
    setWindowTitle(tr("Add verified contacts to %1").arg(organizationName));
    auto *intro = new QLabel(
        tr("Verified contacts of %1 approve its EV and code-signing orders. Each needs a name, an "
           "e-mail address, a job title and a telephone number; CertCentral checks them before "
           "they can approve. At most %2 in one request.")
            .arg(organizationName.toHtmlEscaped())
            .arg(NewVerifiedContact::kMaxPerRequest),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("newContactsTable"));
    m_table->setHorizontalHeaderLabels({tr("First name"), tr("Last name"), tr("E-mail"),
                                        tr("Job title"), tr("Telephone"), tr("Ext."), tr("EV"),
                                        tr("CS"), tr("EV CS")});
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FirstNameColumn, 120);
    m_table->setColumnWidth(LastNameColumn, 120);
    m_table->setColumnWidth(JobTitleColumn, 150);
    m_table->setColumnWidth(TelephoneColumn, 130);
    m_table->setColumnWidth(ExtensionColumn, 50);
    for (int c = EvColumn; c <= EvCsColumn; ++c)
        m_table->setColumnWidth(c, 56);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addRow->setObjectName(QStringLiteral("addContactRow"));
    m_removeRows->setObjectName(QStringLiteral("removeContactRows"));
    m_paste->setObjectName(QStringLiteral("pasteContactRows"));
    m_paste->setToolTip(tr("Rows copied from a spreadsheet: first name, last name, e-mail, job "
                           "title, telephone and extension, separated by tabs or commas"));
    m_count->setObjectName(QStringLiteral("contactCount"));
    connect(m_addRow, &QPushButton::clicked, this, &AddVerifiedContactsDialog::addRow);
    connect(m_removeRows, &QPushButton::clicked, this,
            &AddVerifiedContactsDialog::removeSelectedRows);
    connect(m_paste, &QPushButton::clicked, this, &AddVerifiedContactsDialog::pasteRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // Typing in a marked cell takes its mark away.
        if (item->background().color() == kErrorBackground) {
            const QSignalBlocker block(m_table);
            item->setBackground(QBrush());
            item->setToolTip(QString());
        }
    });

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRows);
    rowButtons->addWidget(m_paste);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_submit = buttons->button(QDialogButtonBox::Ok);
    m_submit->setText(tr("Add contacts"));
    m_submit->setObjectName(QStringLiteral("submitContacts"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddVerifiedContactsDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_banner, &ErrorBanner::actionTriggered, this, &AddVerifiedContactsDialog::submit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    addRow();
    resize(960, 460);
}

AddVerifiedContactsDialog::~AddVerifiedContactsDialog() {
    m_call.detach(this);
}

int AddVerifiedContactsDialog::rowCount() const {
    return m_table->rowCount();
}

QString AddVerifiedContactsDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddVerifiedContactsDialog::insertRow(const NewVerifiedContact &contact) {
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const OrganizationContact &c = contact.contact;
    const QString texts[] = {c.firstName, c.lastName,  c.email,
                             c.jobTitle,  c.telephone, c.telephoneExtension};
    for (int col = FirstNameColumn; col <= ExtensionColumn; ++col)
        m_table->setItem(row, col, new QTableWidgetItem(texts[col]));
    const QStringList types = contact.validationTypes.isEmpty() ? QStringList{QStringLiteral("ev")}
                                                                : contact.validationTypes;
    const QStringList all = NewVerifiedContact::allowedTypes();
    for (int col = EvColumn; col <= EvCsColumn; ++col) {
        auto *item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(types.contains(all.at(col - EvColumn)) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, col, item);
    }
}

void AddVerifiedContactsDialog::addRow() {
    if (m_table->rowCount() >= NewVerifiedContact::kMaxPerRequest)
        return;
    insertRow({});
    m_table->setCurrentCell(m_table->rowCount() - 1, FirstNameColumn);
    updateCount();
}

void AddVerifiedContactsDialog::setContacts(const QList<NewVerifiedContact> &contacts) {
    m_table->setRowCount(0);
    for (const NewVerifiedContact &c : contacts)
        insertRow(c);
    m_error->hide();
    updateCount();
}

void AddVerifiedContactsDialog::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    if (m_table->rowCount() == 0)
        insertRow({});
    updateCount();
}

void AddVerifiedContactsDialog::pasteRows() {
    const ContactPaste paste = ContactPaste::parse(QGuiApplication::clipboard()->text());
    setContacts(contacts() + paste.contacts);
    const QString note = paste.note();
    if (note.isEmpty())
        m_banner->clear();
    else
        m_banner->showInfo(note);
}

void AddVerifiedContactsDialog::updateCount() {
    const int rows = m_table->rowCount();
    const int max = NewVerifiedContact::kMaxPerRequest;
    m_count->setText(tr("%1 of at most %2 rows").arg(rows).arg(max));
    m_addRow->setEnabled(rows < max && !m_call.isRunning());
    m_addRow->setToolTip(rows < max ? QString()
                                    : tr("At most %1 new verified contacts can be added in one "
                                         "request; add the rest afterwards.")
                                          .arg(max));
}

QList<NewVerifiedContact> AddVerifiedContactsDialog::contacts() const {
    m_rowOfEntry.clear();
    QList<NewVerifiedContact> list;
    const QStringList all = NewVerifiedContact::allowedTypes();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [this, row](int col) {
            const QTableWidgetItem *item = m_table->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        NewVerifiedContact c;
        c.contact.firstName = text(FirstNameColumn);
        c.contact.lastName = text(LastNameColumn);
        c.contact.email = text(EmailColumn);
        c.contact.jobTitle = text(JobTitleColumn);
        c.contact.telephone = text(TelephoneColumn);
        c.contact.telephoneExtension = text(ExtensionColumn);
        if (c.contact.isEmpty() && c.contact.jobTitle.isEmpty() && c.contact.telephone.isEmpty() &&
            c.contact.telephoneExtension.isEmpty())
            continue; // an empty row is not a contact
        for (int col = EvColumn; col <= EvCsColumn; ++col) {
            const QTableWidgetItem *item = m_table->item(row, col);
            if (item && item->checkState() == Qt::Checked)
                c.validationTypes << all.at(col - EvColumn);
        }
        list << c;
        m_rowOfEntry << row;
    }
    return list;
}

void AddVerifiedContactsDialog::clearMarks() {
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row)
        for (int col = 0; col < ColumnCount; ++col)
            if (QTableWidgetItem *item = m_table->item(row, col)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
    m_error->clear();
    m_error->hide();
}

void AddVerifiedContactsDialog::showErrors(const FieldErrors &errors) {
    clearMarks();
    static const QRegularExpression path(QStringLiteral("^contacts\\[(\\d+)\\]\\.(\\w+)$"));
    const QHash<QString, int> columns = {{QStringLiteral("first_name"), FirstNameColumn},
                                         {QStringLiteral("last_name"), LastNameColumn},
                                         {QStringLiteral("email"), EmailColumn},
                                         {QStringLiteral("job_title"), JobTitleColumn},
                                         {QStringLiteral("telephone"), TelephoneColumn},
                                         {QStringLiteral("telephone_extension"), ExtensionColumn},
                                         {QStringLiteral("validation_types"), EvColumn}};
    const QStringList headers = {tr("First name"),      tr("Last name"), tr("E-mail"),
                                 tr("Job title"),       tr("Telephone"), tr("Ext."),
                                 tr("Validation types")};
    QStringList lines;
    QTableWidgetItem *first = nullptr;
    const QSignalBlocker block(m_table);
    for (const FieldError &e : errors) {
        const QRegularExpressionMatch m = path.match(e.field);
        if (!m.hasMatch()) {
            lines << e.message;
            continue;
        }
        const int entry = m.captured(1).toInt();
        const int row = entry < m_rowOfEntry.size() ? m_rowOfEntry.at(entry) : entry;
        const int col = columns.value(m.captured(2), -1);
        if (col >= 0 && row < m_table->rowCount()) {
            if (QTableWidgetItem *item = m_table->item(row, col)) {
                item->setBackground(kErrorBackground);
                item->setToolTip(e.message);
                if (!first)
                    first = item;
            }
        }
        lines << tr("Row %1, %2: %3")
                     .arg(row + 1)
                     .arg(col >= 0 ? headers.at(col <= ExtensionColumn ? col : 6) : m.captured(2),
                          e.message);
    }
    if (first)
        m_table->setCurrentItem(first);
    if (lines.size() > 3)
        lines = lines.mid(0, 3)
                << tr("…and %1 more problems (marked in the table).").arg(errors.size() - 3);
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
}

void AddVerifiedContactsDialog::submit() {
    if (m_call.isRunning())
        return;
    m_banner->clear();
    const QList<NewVerifiedContact> list = contacts();
    const FieldErrors errors = NewVerifiedContact::validateList(list);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    clearMarks();
    setBusy(true);
    m_call = OrganizationService(m_client).addVerifiedContacts(m_organizationId, list);
    const int count = int(list.size());
    m_call.onResult(this, [this, count](qint64 organizationId, const QList<qint64> &) {
        emit added(organizationId, count);
        accept();
    });
    m_call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        setBusy(false);
        showErrors(FieldErrorMap::fromApiError(error));
        m_banner->showError(tr("CertCentral did not add the contacts: %1").arg(error.message()),
                            error.shortCode(), tr("Try again"));
    });
}

void AddVerifiedContactsDialog::setBusy(bool busy) {
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Adding…") : tr("Add contacts"));
    m_paste->setEnabled(!busy);
    m_removeRows->setEnabled(!busy);
    updateCount();
    if (busy)
        m_addRow->setEnabled(false);
}
