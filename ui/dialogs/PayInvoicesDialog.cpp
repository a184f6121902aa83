#include "PayInvoicesDialog.h"

#include "AccessibleForms.h"
#include "FieldErrorMap.h"
#include "InvoicePaymentJob.h"
#include "Money.h"
#include "SecretRedactor.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const char *const kCardFields[] = {"credit_card.number",   "credit_card.cardholder_name",
                                   "credit_card.cvv",      "billing_address.address",
                                   "billing_address.city", "billing_address.state",
                                   "billing_address.zip",  "billing_address.country"};

QFormLayout *formIn(QGroupBox *group) {
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(4);
    return form;
}

QTreeWidget *makeList(QWidget *parent, const QStringList &headers, const QString &objectName) {
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return list;
}

QString amountOf(const Invoice &invoice, const QLocale &locale) {
    qint64 due = 0;
    return invoice.dueCents(&due) ? Money::format(due, invoice.currency, locale)
                                  : Money::formatText(invoice.amountDue, invoice.currency, locale);
}
} // namespace

PayInvoicesDialog::PayInvoicesDialog(CertCentralClient *client, const QList<Invoice> &invoices,
                                     QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_invoices(invoices)
    , m_errors(new FieldErrorMap(this))
    , m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("payInvoicesDialog"));
    setWindowTitle(tr("Pay invoices"));
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildConfirm());
    m_stack->addWidget(buildProgress());
    m_stack->addWidget(buildResult());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // What is owed, from the list the page showed; CertCentral is asked again on Pay….
    qint64 cents = 0;
    QString currency;
    QString problem;
    const QLocale locale;
    for (const Invoice &i : std::as_const(m_invoices)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, InvoicePaymentJob::invoiceName(i));
        item->setText(1, i.containerName);
        item->setText(2, i.dueDate.isValid() ? locale.toString(i.dueDate, QLocale::ShortFormat)
                                             : QString());
        item->setText(3, i.isPaid() ? tr("Paid") : amountOf(i, locale));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_invoices.isEmpty()) {
        problem = tr("Choose one or more unpaid invoices on the Invoices tab first.");
    } else if (InvoicePayment::total(m_invoices, &cents, &currency, &problem)) {
        m_payable = true;
        m_total->setText(tr("Total: %1").arg(Money::format(cents, currency, locale)));
    }
    if (!m_payable)
        showProblem(problem + QLatin1Char(' ') + tr("Nothing can be paid in this dialog."));
    m_pay->setEnabled(m_payable);
    updateMethod();
    AccessibleForms::nameControls(this);
    setStep(Step::Form);
    resize(860, sizeHint().height());
}

PayInvoicesDialog::~PayInvoicesDialog() {
    // A payment still running (the window closed under it) goes on being tracked by nobody:
    // stop it from sending further invoices.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    clearCardFields();
    forgetSecrets();
}

QWidget *PayInvoicesDialog::buildForm() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("payFormPage"));
    m_list = makeList(page, {tr("Invoice"), tr("Division"), tr("Due date"), tr("Amount due")},
                      QStringLiteral("payInvoiceList"));
    m_list->setMaximumHeight(130);
    m_total = new QLabel(page);
    m_total->setObjectName(QStringLiteral("payTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_problem = FieldErrorMap::makeErrorLabel(page, QStringLiteral("payProblem"));

    auto *method = new QGroupBox(tr("Pay with"), page);
    auto *methodLayout = new QHBoxLayout(method);
    m_profile = new QRadioButton(tr("Stored payment profile"), method);
    m_profile->setObjectName(QStringLiteral("payWithProfile"));
    m_profile->setToolTip(tr("The card stored for the account in CertCentral"));
    m_card = new QRadioButton(tr("New card"), method);
    m_card->setObjectName(QStringLiteral("payWithCard"));
    m_card->setToolTip(tr("A card used for this payment only; CertDesk does not keep it"));
    auto *group = new QButtonGroup(method);
    group->addButton(m_profile);
    group->addButton(m_card);
    m_profile->setChecked(true);
    methodLayout->addWidget(m_profile);
    methodLayout->addWidget(m_card);
    methodLayout->addStretch(1);
    connect(m_card, &QRadioButton::toggled, this, &PayInvoicesDialog::updateMethod);

    m_cardBox = new QWidget(page);
    auto *cardColumns = new QHBoxLayout(m_cardBox);
    cardColumns->setContentsMargins(0, 0, 0, 0);
    auto *cardGroup = new QGroupBox(tr("Card"), m_cardBox);
    QFormLayout *cardForm = formIn(cardGroup);
    QLineEdit *number = m_errors->addLineEdit(cardForm, tr("Card number"),
                                              QStringLiteral("credit_card.number"), 23);
    number->setPlaceholderText(tr("13 to 19 digits"));
    number->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_errors->addLineEdit(cardForm, tr("Name on card"),
                          QStringLiteral("credit_card.cardholder_name"), 128);
    // Month and year share one row and one error line.
    auto *expiry = new QWidget(cardGroup);
    auto *expiryLayout = new QHBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_month = new QComboBox(expiry);
    m_month->setObjectName(QStringLiteral("credit_card_expiration_month"));
    m_month->setAccessibleName(tr("Expiry month"));
    m_month->addItem(tr("Month"), 0);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QStringLiteral("%1").arg(m, 2, 10, QLatin1Char('0')), m);
    m_year = new QLineEdit(expiry);
    m_year->setObjectName(QStringLiteral("credit_card_expiration_year"));
    m_year->setAccessibleName(tr("Expiry year"));
    m_year->setPlaceholderText(tr("Year, e.g. %1").arg(QDate::currentDate().year() + 3));
    m_year->setMaxLength(4);
    m_year->setMaximumWidth(120);
    expiryLayout->addWidget(m_month);
    expiryLayout->addWidget(new QLabel(QStringLiteral("/"), expiry));
    expiryLayout->addWidget(m_year);
    expiryLayout->addStretch(1);
    auto *expiryError =
        FieldErrorMap::makeErrorLabel(cardGroup, QStringLiteral("credit_card_expirationError"));
    cardForm->addRow(tr("Expires"), expiry);
    cardForm->addRow(QString(), expiryError);
    m_errors->addField(QStringLiteral("credit_card.expiration_month"), m_month, expiryError);
    m_errors->addField(QStringLiteral("credit_card.expiration_year"), m_year, expiryError);
    const auto hideExpiryError = [expiryError] {
        expiryError->clear();
        expiryError->hide();
    };
    connect(m_year, &QLineEdit::textEdited, expiryError, hideExpiryError);
    connect(m_month, &QComboBox::activated, expiryError, hideExpiryError);
    QLineEdit *cvv = m_errors->addLineEdit(cardForm, tr("Security code (CVV)"),
                                           QStringLiteral("credit_card.cvv"), 4);
    cvv->setEchoMode(QLineEdit::Password);
    cvv->setMaximumWidth(120);
    cvv->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);

    auto *billing = new QGroupBox(tr("Billing address"), m_cardBox);
    QFormLayout *billingForm = formIn(billing);
    m_errors->addLineEdit(billingForm, tr("Address"), QStringLiteral("billing_address.address"),
                          128);
    m_errors->addLineEdit(billingForm, tr("City"), QStringLiteral("billing_address.city"), 64);
    m_errors->addLineEdit(billingForm, tr("State or province"),
                          QStringLiteral("billing_address.state"), 64);
    m_errors->addLineEdit(billingForm, tr("Postal code"), QStringLiteral("billing_address.zip"),
                          16);
    m_errors->addLineEdit(billingForm, tr("Country"), QStringLiteral("billing_address.country"), 2)
        ->setPlaceholderText(tr("Two letters, for example US or DE"));
    cardColumns->addWidget(cardGroup, 1);
    cardColumns->addWidget(billing, 1);

    auto *vatForm = new QFormLayout;
    vatForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    vatForm->setContentsMargins(0, 0, 0, 0);
    auto *vatHolder = new QWidget(page);
    vatHolder->setLayout(vatForm);
    m_errors
        ->addLineEdit(vatForm, tr("VAT number"), QStringLiteral("vat_number"),
                      InvoicePayment::kMaxVatNumber)
        ->setPlaceholderText(tr("Optional: printed on the receipt"));

    m_pay = new QPushButton(tr("Pay…"), page);
    m_pay->setObjectName(QStringLiteral("payInvoicesPay"));
    m_pay->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("payInvoicesCancel"));
    connect(m_pay, &QPushButton::clicked, this, &PayInvoicesDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PayInvoicesDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_pay);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_total);
    layout->addWidget(m_problem);
    layout->addWidget(method);
    layout->addWidget(m_cardBox);
    layout->addWidget(vatHolder);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PayInvoicesDialog::buildConfirm() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("payConfirmPage"));
    auto *title = new QLabel(tr("Confirm the payment"), page);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    m_confirmText = new QLabel(page);
    m_confirmText->setObjectName(QStringLiteral("payConfirmation"));
    m_confirmText->setWordWrap(true);
    auto *note = new QLabel(tr("Each invoice is paid on its own, one after another. If one is "
                               "refused, the ones after it are not paid."),
                            page);
    note->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), page);
    m_back->setObjectName(QStringLiteral("payInvoicesBack"));
    m_confirm = new QPushButton(tr("Pay now"), page);
    m_confirm->setObjectName(QStringLiteral("payInvoicesConfirm"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_job->deleteLater();
            m_job = nullptr;
        }
        forgetSecrets();
        setStep(Step::Form);
    });
    connect(m_confirm, &QPushButton::clicked, this, &PayInvoicesDialog::confirm);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(m_confirmText);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget *PayInvoicesDialog::buildProgress() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("payProgressPage"));
    m_progressText = new QLabel(page);
    m_progressText->setObjectName(QStringLiteral("payProgressText"));
    m_progressText->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("payProgress"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    return page;
}

QWidget *PayInvoicesDialog::buildResult() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("payResultPage"));
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("payResultTitle"));
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_resultTitle->setFont(bold);
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("payResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipts = makeList(page, {tr("Invoice"), tr("Receipt"), tr("Amount paid")},
                          QStringLiteral("payReceipts"));
    m_close = new QPushButton(tr("Close"), page);
    m_close->setObjectName(QStringLiteral("payInvoicesClose"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_receipts->setMaximumHeight(220);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultText);
    layout->addWidget(m_receipts);
    layout->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QLineEdit *PayInvoicesDialog::field(const QString &apiField) const {
    if (apiField == QLatin1String("credit_card.expiration_year"))
        return m_year;
    return m_errors->lineEdit(apiField);
}

QString PayInvoicesDialog::errorText(const QString &apiField) const {
    return m_errors->errorText(apiField);
}

QString PayInvoicesDialog::problemText() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString PayInvoicesDialog::totalText() const {
    return m_total->text();
}

QString PayInvoicesDialog::confirmationText() const {
    return m_confirmText->text();
}

QString PayInvoicesDialog::resultText() const {
    return m_resultText->text();
}

bool PayInvoicesDialog::cardFieldsEmpty() const {
    for (const char *name : kCardFields)
        if (!m_errors->lineEdit(QLatin1String(name))->text().isEmpty())
            return false;
    return m_year->text().isEmpty() && m_month->currentIndex() == 0;
}

void PayInvoicesDialog::setStep(Step step) {
    m_step = step;
    switch (step) {
    case Step::Form:
    case Step::Checking:
        m_stack->setCurrentIndex(0);
        break;
    case Step::Confirm:
        m_stack->setCurrentIndex(1);
        break;
    case Step::Paying:
        m_stack->setCurrentIndex(2);
        break;
    case Step::Result:
        m_stack->setCurrentIndex(3);
        break;
    }
    const bool checking = step == Step::Checking;
    m_pay->setEnabled(m_payable && !checking);
    m_pay->setText(checking ? tr("Checking the invoices…") : tr("Pay…"));
    m_profile->setEnabled(!checking);
    m_card->setEnabled(!checking);
    m_cardBox->setEnabled(!checking && m_card->isChecked());
}

void PayInvoicesDialog::updateMethod() {
    m_cardBox->setEnabled(m_card->isChecked() && m_step == Step::Form);
}

void PayInvoicesDialog::showProblem(const QString &message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

InvoicePayment PayInvoicesDialog::payment() const {
    InvoicePayment p;
    for (const Invoice &i : std::as_const(m_invoices))
        p.invoiceIds << i.id;
    p.vatNumber = m_errors->lineEdit(QStringLiteral("vat_number"))->text().trimmed();
    if (m_card->isChecked()) {
        p.method = InvoicePayment::Method::Card;
        PaymentCard &c = p.card;
        const auto text = [this](const char *name) {
            return m_errors->lineEdit(QLatin1String(name))->text();
        };
        c.number = text("credit_card.number");
        c.cardholderName = text("credit_card.cardholder_name");
        c.cvv = text("credit_card.cvv").trimmed();
        c.expirationMonth = m_month->currentData().toInt();
        bool ok = false;
        const int year = m_year->text().trimmed().toInt(&ok);
        c.expirationYear = ok ? year : 0;
        c.address = text("billing_address.address");
        c.city = text("billing_address.city");
        c.state = text("billing_address.state");
        c.zip = text("billing_address.zip");
        c.country = text("billing_address.country");
    }
    return p;
}

void PayInvoicesDialog::submit() {
    if (!m_payable || m_step != Step::Form)
        return;
    m_errors->clear();
    showProblem(QString());
    InvoicePayment p = payment();
    QString field;
    const QString problem = p.validate(QDate::currentDate(), &field);
    if (!problem.isEmpty()) {
        p.card.clear();
        const FieldErrors unplaced = m_errors->show({FieldError{field, problem}});
        if (!unplaced.isEmpty())
            showProblem(problem);
        return;
    }
    // From here on the number and CVV may travel: keep them out of every log line.
    if (p.method == InvoicePayment::Method::Card) {
        m_secrets = {p.card.digits(), p.card.cvv};
        for (const QString &s : std::as_const(m_secrets))
            SecretRedactor::instance().addSecret(s);
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
    m_job = new InvoicePaymentJob(m_client, p, this);
    p.card.clear();
    connect(m_job, &InvoicePaymentJob::checked, this, &PayInvoicesDialog::onChecked);
    connect(m_job, &InvoicePaymentJob::checkFailed, this,
            [this](const QString &message, const ApiError &) {
                m_job->deleteLater();
                m_job = nullptr;
                forgetSecrets();
                setStep(Step::Form);
                showProblem(message + QLatin1Char(' ') + tr("Nothing was paid."));
            });
    connect(m_job, &InvoicePaymentJob::paying, this, [this](int index, int count) {
        m_progress->setRange(0, count);
        m_progress->setValue(index);
        m_progressText->setText(
            tr("Paying invoice %1 of %2 (%3)…")
                .arg(index + 1)
                .arg(count)
                .arg(InvoicePaymentJob::invoiceName(m_job->invoices().at(index))));
    });
    connect(m_job, &InvoicePaymentJob::finished, this, &PayInvoicesDialog::onFinished);
    setStep(Step::Checking);
    m_job->check();
}

void PayInvoicesDialog::onChecked(qint64 totalCents, const QString &currency) {
    const QLocale locale;
    const InvoicePayment &p = m_job->payment();
    const QString method = p.method == InvoicePayment::Method::Card
                               ? tr("the card ending in %1").arg(p.card.last4())
                               : tr("the stored payment profile");
    const QString total = Money::format(totalCents, currency, locale);
    m_total->setText(tr("Total: %1").arg(total));
    const int count = int(m_job->invoices().size());
    QStringList names;
    for (const Invoice &i : m_job->invoices())
        names << InvoicePaymentJob::invoiceName(i);
    const QString text =
        tr("Pay %n invoice(s), %1 in all, with %2?", nullptr, count).arg(total, method) +
        QStringLiteral("\n\n") + names.join(QStringLiteral(", "));
    m_confirmText->setText(text);
    setStep(Step::Confirm);
    m_confirm->setFocus();
    emit confirmationShown(text);
}

void PayInvoicesDialog::confirm() {
    if (m_step != Step::Confirm || !m_job)
        return;
    setStep(Step::Paying);
    m_job->pay();
}

void PayInvoicesDialog::onFinished() {
    const QLocale locale;
    const InvoicePaymentJob *job = m_job;
    const QList<Invoice> &invoices = job->invoices();
    const QString currency = job->currency();
    m_receipts->clear();
    for (int i = 0; i < job->receipts().size(); ++i) {
        const InvoicePayment::Receipt &r = job->receipts().at(i);
        auto *item = new QTreeWidgetItem(m_receipts);
        item->setText(0, InvoicePaymentJob::invoiceName(invoices.at(i)));
        item->setText(1, r.receiptId);
        item->setText(
            2, Money::formatText(r.amount, r.currency.isEmpty() ? currency : r.currency, locale));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    QStringList lines;
    const int paidCount = int(job->receipts().size());
    const QString paidTotal = Money::format(job->paidCents(), currency, locale);
    if (job->failedIndex() < 0) {
        lines << tr("Paid: %n invoice(s), %1 in all.", nullptr, paidCount).arg(paidTotal);
    } else {
        const QString name = InvoicePaymentJob::invoiceName(invoices.at(job->failedIndex()));
        const int notPaid = int(invoices.size()) - paidCount;
        if (job->error().isOutcomeUnknown())
            lines << tr("It is not known whether invoice %1 was paid: %2 Look at the unpaid "
                        "invoices before paying it again.")
                         .arg(name, job->error().message());
        else
            lines << tr("Invoice %1 was not paid: %2").arg(name, job->error().message());
        if (paidCount == 0)
            lines << tr("Nothing was paid.");
        else
            lines << tr("Paid before it: %n invoice(s), %1 in all.", nullptr, paidCount)
                         .arg(paidTotal);
        const int after = notPaid - 1;
        if (after > 0) {
            QStringList rest;
            for (int i = job->failedIndex() + 1; i < invoices.size(); ++i)
                rest << InvoicePaymentJob::invoiceName(invoices.at(i));
            lines << tr("Not paid (not sent after the refusal): %1.")
                         .arg(rest.join(QStringLiteral(", ")));
        }
    }
    m_resultTitle->setText(job->failedIndex() < 0 ? tr("Payment complete")
                           : paidCount == 0       ? tr("Nothing was paid")
                                                  : tr("Payment stopped part way"));
    m_resultText->setText(lines.join(QLatin1Char('\n')));
    m_receipts->setVisible(paidCount > 0);
    const QList<InvoicePayment::Receipt> receipts = job->receipts();
    const bool allPaid = job->succeeded();
    // The card served its purpose: nothing of it stays in the form or the redactor.
    clearCardFields();
    forgetSecrets();
    m_job->deleteLater();
    m_job = nullptr;
    setStep(Step::Result);
    m_close->setFocus();
    if (!receipts.isEmpty())
        emit paid(receipts);
    emit paymentFinished(allPaid);
}

void PayInvoicesDialog::clearCardFields() {
    for (const char *name : kCardFields) {
        if (QLineEdit *edit = m_errors->lineEdit(QLatin1String(name)))
            edit->clear();
    }
    if (m_year)
        m_year->clear();
    if (m_month)
        m_month->setCurrentIndex(0);
}

void PayInvoicesDialog::forgetSecrets() {
    for (const QString &s : std::as_const(m_secrets))
        SecretRedactor::instance().removeSecret(s);
    m_secrets.clear();
}

void PayInvoicesDialog::reject() {
    // While invoices are being paid the dialog stays: closing it would hide the outcome.
    if (m_step == Step::Paying)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    clearCardFields();
    forgetSecrets();
    QDialog::reject();
}
